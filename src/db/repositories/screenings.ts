import type { Kysely, Selectable } from "kysely";
import { uuidv7 } from "../../domain/ids.js";
import type { BandResult, CriteriaResult, SafetyFlag } from "../../domain/screening/score.js";
import type { Database, ScreeningsTable } from "../schema.js";
import { type AuditRecord, auditRepository } from "./audit.js";
import { newestFirstPage } from "./keyset.js";

export interface ScoredAnswer {
  item: string;
  option: number;
  score: number;
}

export interface Screening {
  id: string;
  userId: string;
  /** Null when the screening is about the person who answered ("self"). */
  babyId: string | null;
  familyId: string | null;
  instrumentId: string;
  instrumentVersion: string;
  lang: string;
  completedAt: number;
  total: number;
  subscales: Record<string, number>;
  bands: BandResult[];
  flags: SafetyFlag[];
  criteria?: CriteriaResult;
  /** Who else the person chose to let see it; nobody until they choose. */
  sharing: ScreeningSharing;
  /** The id the phone gave it when it was finished offline; null when sent at once. */
  clientId: string | null;
}

export interface ScreeningSharing {
  /** Shown in the person's own visit summary. */
  visitSummary: boolean;
  /** Seen by a clinician the family shares with (only once the family shares with one). */
  clinicians: boolean;
}

export type NewScreening = Omit<Screening, "id" | "completedAt" | "sharing" | "clientId">;

interface StoredResult {
  subscales: Record<string, number>;
  bands: BandResult[];
  flags: SafetyFlag[];
  criteria?: CriteriaResult;
}

function toScreening(r: Selectable<ScreeningsTable>): Screening {
  const result = JSON.parse(r.result) as StoredResult;
  return {
    id: r.id,
    userId: r.user_id,
    babyId: r.baby_id,
    familyId: r.family_id,
    instrumentId: r.instrument_id,
    instrumentVersion: r.instrument_version,
    lang: r.lang,
    completedAt: r.completed_at,
    total: r.total,
    subscales: result.subscales,
    bands: result.bands,
    flags: result.flags,
    ...(result.criteria ? { criteria: result.criteria } : {}),
    sharing: { visitSummary: r.for_visit === 1, clinicians: r.for_clinicians === 1 },
    clientId: r.client_id,
  };
}

export interface ScreeningFilter {
  /** "self" for screenings about the person, a baby's id for those about that baby; absent for all. */
  subject?: "self" | { babyId: string };
  instrumentId?: string;
  /** Resume after this (completedAt, id) position, newest first. */
  after?: { completedAt: number; id: string };
  limit: number;
}

/** Screenings are private to the person who answered: every read here is by that person's id. */
export function screeningsRepository(db: Kysely<Database>) {
  return {
    /**
     * Stores a scored screening and its answers in one transaction, so that no result is ever kept without
     * its answers or the other way round. A safety flag's audit event, when given, is written in the same
     * transaction: the flag and its record stand or fall together.
     *
     * With a `clientId` this person has used before, nothing is stored and the screening kept then comes
     * back with `created: false`; the caller decides whether it is the same check-in. Insert-or-nothing on
     * the unique (user_id, client_id) index rather than look-then-insert, so two copies sent at once (a
     * retry racing the background sender) still store one row: the second waits for the first and stores
     * nothing, on both databases.
     */
    async create(
      screening: NewScreening,
      answers: readonly ScoredAnswer[],
      audit?: Omit<AuditRecord, "subjectType" | "subjectId">,
      options: { clientId?: string | undefined; now?: number } = {},
    ): Promise<{ screening: Screening; created: boolean }> {
      const now = options.now ?? Date.now();
      const clientId = options.clientId ?? null;
      const id = uuidv7(now);
      const result: StoredResult = {
        subscales: screening.subscales,
        bands: screening.bands,
        flags: screening.flags,
        ...(screening.criteria ? { criteria: screening.criteria } : {}),
      };
      const inserted = await db.transaction().execute(async (tx) => {
        const row = await tx
          .insertInto("screenings")
          .values({
            id,
            user_id: screening.userId,
            baby_id: screening.babyId,
            family_id: screening.familyId,
            instrument_id: screening.instrumentId,
            instrument_version: screening.instrumentVersion,
            lang: screening.lang,
            completed_at: now,
            total: screening.total,
            result: JSON.stringify(result),
            for_visit: 0,
            for_clinicians: 0,
            client_id: clientId,
          })
          .onConflict((oc) => oc.columns(["user_id", "client_id"]).doNothing())
          .returning("id")
          .executeTakeFirst();
        // Sent before: its answers and any flag's audit event were written the first time.
        if (!row) return false;
        await tx
          .insertInto("screening_answers")
          .values(answers.map((a) => ({ screening_id: id, item: a.item, option: a.option, score: a.score })))
          .execute();
        if (audit) {
          await auditRepository(tx).record({ ...audit, subjectType: "screening", subjectId: id }, now);
        }
        return true;
      });
      if (inserted) {
        const sharing = { visitSummary: false, clinicians: false };
        return { screening: { ...screening, id, completedAt: now, sharing, clientId }, created: true };
      }
      const kept = clientId ? await this.byClientId(screening.userId, clientId) : undefined;
      // Only a clientId can make the insert do nothing, and its row cannot vanish but with its owner.
      if (!kept) throw new Error("screening: the insert stored nothing and no earlier check-in was found");
      return { screening: kept, created: false };
    },

    async byClientId(userId: string, clientId: string): Promise<Screening | undefined> {
      const row = await db
        .selectFrom("screenings")
        .selectAll()
        .where("user_id", "=", userId)
        .where("client_id", "=", clientId)
        .executeTakeFirst();
      return row && toScreening(row);
    },

    /**
     * Changes who may see a screening, and records the choice in the audit trail in the same transaction
     * (a change of who sees a result is the person's consent, so it is kept with its record). Only the
     * choices given change. The caller has checked that the screening is this person's.
     */
    async setSharing(
      id: string,
      change: Partial<ScreeningSharing>,
      audit: Omit<AuditRecord, "subjectType" | "subjectId" | "details">,
      now = Date.now(),
    ): Promise<Screening | undefined> {
      return db.transaction().execute(async (tx) => {
        const set = {
          ...(change.visitSummary !== undefined ? { for_visit: change.visitSummary ? 1 : 0 } : {}),
          ...(change.clinicians !== undefined ? { for_clinicians: change.clinicians ? 1 : 0 } : {}),
        };
        if (Object.keys(set).length)
          await tx.updateTable("screenings").set(set).where("id", "=", id).execute();
        const row = await tx.selectFrom("screenings").selectAll().where("id", "=", id).executeTakeFirst();
        if (!row) return undefined;
        const screening = toScreening(row);
        await auditRepository(tx).record(
          { ...audit, subjectType: "screening", subjectId: id, details: { sharing: screening.sharing } },
          now,
        );
        return screening;
      });
    },

    /**
     * The screenings a person chose to show in their visit summary for a baby, completed in [from, to):
     * those about themself and those about that baby, never another baby's. Oldest first, as the page reads.
     */
    async forVisit(userId: string, babyId: string, from: number, to: number): Promise<Screening[]> {
      const rows = await db
        .selectFrom("screenings")
        .selectAll()
        .where("user_id", "=", userId)
        .where("for_visit", "=", 1)
        .where((eb) => eb.or([eb("baby_id", "is", null), eb("baby_id", "=", babyId)]))
        .where("completed_at", ">=", from)
        .where("completed_at", "<", to)
        .orderBy("completed_at", "asc")
        .orderBy("id", "asc")
        .execute();
      return rows.map(toScreening);
    },

    async get(id: string): Promise<Screening | undefined> {
      const row = await db.selectFrom("screenings").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toScreening(row);
    },

    async answers(id: string): Promise<ScoredAnswer[]> {
      const rows = await db
        .selectFrom("screening_answers")
        .select(["item", "option", "score"])
        .where("screening_id", "=", id)
        .execute();
      // Items are "1", "2", …: order them as numbers, not as text ("10" after "9").
      return rows.sort((a, b) => Number(a.item) - Number(b.item) || a.item.localeCompare(b.item));
    },

    /** One person's own screenings, newest first. */
    async list(userId: string, filter: ScreeningFilter): Promise<Screening[]> {
      let q = db.selectFrom("screenings").selectAll().where("user_id", "=", userId);
      const { subject, instrumentId, after } = filter;
      if (subject === "self") q = q.where("baby_id", "is", null);
      else if (subject) q = q.where("baby_id", "=", subject.babyId);
      if (instrumentId) q = q.where("instrument_id", "=", instrumentId);
      const page = newestFirstPage(
        q,
        ["completed_at", "id"],
        filter.limit,
        after && [after.completedAt, after.id],
      );
      return (await page.execute()).map(toScreening);
    },
  };
}
export type ScreeningsRepository = ReturnType<typeof screeningsRepository>;
