import type { Kysely } from "kysely";
import { MAX_EVENTS } from "../../domain/coding/input.js";
import { uuidv7 } from "../../domain/ids.js";
import { inChunks, readInChunks } from "../in-chunks.js";
import type { Database } from "../schema.js";
import { recordCaseWrite, type WriteAudit } from "./case-write-audit.js";

export type CodingMode = "live" | "video";

export interface CodingSession {
  id: string;
  caseId: string;
  familyId: string;
  clinicianId: string;
  babyId: string | null;
  title: string;
  mode: CodingMode;
  schemeId: string;
  duration: number | null;
  video: { name: string; duration: number | null; sha256: string | null } | null;
  createdAt: number;
  updatedAt: number;
}

export interface StoredEvent {
  id: string;
  coderId: string;
  code: string;
  at: number;
  end: number | null;
  modifier: string | null;
  createdAt: number;
}

export interface NewEvent {
  id: string;
  code: string;
  at: number;
  end?: number | undefined;
  modifier?: string | undefined;
}

/** What a batch did: events new to the session, and those it already had (a batch sent again). */
export type BatchOutcome =
  | { ok: true; added: number; alreadyStored: number; total: number }
  | { ok: false; reason: "too_many"; total: number }
  | { ok: false; reason: "elsewhere"; eventId: string };

type Row = Database["coding_sessions"];

const sessionOf = (r: Row): CodingSession => ({
  id: r.id,
  caseId: r.case_id,
  familyId: r.family_id,
  clinicianId: r.clinician_id,
  babyId: r.baby_id,
  title: r.title,
  mode: r.mode as CodingMode,
  schemeId: r.scheme_id,
  duration: r.duration === null ? null : Number(r.duration),
  video:
    r.video_name === null
      ? null
      : {
          name: r.video_name,
          duration: r.video_duration === null ? null : Number(r.video_duration),
          sha256: r.video_sha256,
        },
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

/**
 * Coding sessions of a case (issue 19) and their events. A batch of events is stored exactly once: each
 * event's id is made on the coder's device, and an id the session already holds is counted, not stored
 * again, so an outbox that resends a batch after a lost reply changes nothing. Each write is stored with its
 * line in the family's access log, in one transaction.
 */
export function codingSessionsRepository(db: Kysely<Database>) {
  const audited = (
    tx: Kysely<Database>,
    session: { caseId: string; familyId: string; id: string },
    change: string,
    audit: WriteAudit,
    now: number,
    details: Record<string, unknown> = {},
  ) =>
    recordCaseWrite(
      tx,
      { caseId: session.caseId, familyId: session.familyId },
      "coding",
      change,
      audit,
      now,
      { sessionId: session.id, ...details },
    );

  async function get(id: string): Promise<CodingSession | undefined> {
    const row = await db.selectFrom("coding_sessions").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? sessionOf(row) : undefined;
  }

  return {
    get,

    /** A case's sessions, newest first; `before` pages on from a session id. */
    async list(by: { caseId: string; before?: string; limit: number }): Promise<CodingSession[]> {
      let q = db
        .selectFrom("coding_sessions")
        .selectAll()
        .where("case_id", "=", by.caseId)
        .orderBy("id", "desc")
        .limit(by.limit);
      if (by.before) q = q.where("id", "<", by.before);
      return (await q.execute()).map(sessionOf);
    },

    async create(
      input: Omit<CodingSession, "id" | "createdAt" | "updatedAt">,
      audit: WriteAudit,
      now = Date.now(),
    ): Promise<CodingSession> {
      const row: Row = {
        id: uuidv7(now),
        case_id: input.caseId,
        family_id: input.familyId,
        clinician_id: input.clinicianId,
        baby_id: input.babyId,
        title: input.title,
        mode: input.mode,
        scheme_id: input.schemeId,
        duration: input.duration,
        video_name: input.video?.name ?? null,
        video_duration: input.video?.duration ?? null,
        video_sha256: input.video?.sha256 ?? null,
        created_at: now,
        updated_at: now,
      };
      await db.transaction().execute(async (tx) => {
        await tx.insertInto("coding_sessions").values(row).execute();
        await audited(tx, sessionOf(row), "create", audit, now);
      });
      return sessionOf(row);
    },

    /** The session's events in time order (ties in the order they were stored). */
    async events(sessionId: string): Promise<StoredEvent[]> {
      const rows = await db
        .selectFrom("coding_events")
        .select(["id", "coder_id", "code", "at", "end", "modifier", "created_at"])
        .where("session_id", "=", sessionId)
        .orderBy("at")
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map((r) => ({
        id: r.id,
        coderId: r.coder_id,
        code: r.code,
        at: Number(r.at),
        end: r.end === null ? null : Number(r.end),
        modifier: r.modifier,
        createdAt: Number(r.created_at),
      }));
    },

    /** Stores a batch of one coder's events once; refused whole if the session would pass MAX_EVENTS. */
    async addEvents(
      session: CodingSession,
      coderId: string,
      events: NewEvent[],
      audit: WriteAudit,
      now = Date.now(),
    ): Promise<BatchOutcome> {
      return db.transaction().execute(async (tx): Promise<BatchOutcome> => {
        const ids = [...new Set(events.map((e) => e.id))];
        const stored = await readInChunks(ids, (slice) =>
          tx.selectFrom("coding_events").select(["id", "session_id"]).where("id", "in", slice).execute(),
        );
        const elsewhere = stored.find((s) => s.session_id !== session.id);
        if (elsewhere) return { ok: false, reason: "elsewhere", eventId: elsewhere.id };
        const known = new Set(stored.map((s) => s.id));
        const seen = new Set<string>();
        const fresh = events.filter((e) => !known.has(e.id) && !seen.has(e.id) && seen.add(e.id));
        const counted = await tx
          .selectFrom("coding_events")
          .select((eb) => eb.fn.countAll<number | string>().as("n"))
          .where("session_id", "=", session.id)
          .executeTakeFirstOrThrow();
        const total = Number(counted.n) + fresh.length;
        if (total > MAX_EVENTS) return { ok: false, reason: "too_many", total };
        for (const slice of inChunks(fresh)) {
          await tx
            .insertInto("coding_events")
            .values(
              slice.map((e) => ({
                id: e.id,
                session_id: session.id,
                coder_id: coderId,
                code: e.code,
                at: e.at,
                end: e.end ?? null,
                modifier: e.modifier ?? null,
                created_at: now,
              })),
            )
            .execute();
        }
        if (fresh.length) {
          await tx
            .updateTable("coding_sessions")
            .set({ updated_at: now })
            .where("id", "=", session.id)
            .execute();
          await audited(tx, session, "events", audit, now, { added: fresh.length });
        }
        return { ok: true, added: fresh.length, alreadyStored: events.length - fresh.length, total };
      });
    },
  };
}
export type CodingSessionsRepository = ReturnType<typeof codingSessionsRepository>;
