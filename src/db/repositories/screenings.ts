import type { Kysely, Selectable } from "kysely";
import { uuidv7 } from "../../domain/ids.js";
import type { BandResult, CriteriaResult, SafetyFlag } from "../../domain/screening/score.js";
import type { Database, ScreeningsTable } from "../schema.js";
import { type AuditRecord, auditRepository } from "./audit.js";

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
}

export type NewScreening = Omit<Screening, "id" | "completedAt">;

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
     */
    async create(
      screening: NewScreening,
      answers: readonly ScoredAnswer[],
      audit?: Omit<AuditRecord, "subjectType" | "subjectId">,
      now = Date.now(),
    ): Promise<Screening> {
      const id = uuidv7(now);
      const result: StoredResult = {
        subscales: screening.subscales,
        bands: screening.bands,
        flags: screening.flags,
        ...(screening.criteria ? { criteria: screening.criteria } : {}),
      };
      await db.transaction().execute(async (tx) => {
        await tx
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
          })
          .execute();
        await tx
          .insertInto("screening_answers")
          .values(answers.map((a) => ({ screening_id: id, item: a.item, option: a.option, score: a.score })))
          .execute();
        if (audit) {
          await auditRepository(tx).record({ ...audit, subjectType: "screening", subjectId: id }, now);
        }
      });
      return { ...screening, id, completedAt: now };
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
      let q = db
        .selectFrom("screenings")
        .selectAll()
        .where("user_id", "=", userId)
        .orderBy("completed_at", "desc")
        .orderBy("id", "desc")
        .limit(filter.limit);
      const { subject, instrumentId, after } = filter;
      if (subject === "self") q = q.where("baby_id", "is", null);
      else if (subject) q = q.where("baby_id", "=", subject.babyId);
      if (instrumentId) q = q.where("instrument_id", "=", instrumentId);
      if (after) {
        q = q.where((eb) =>
          eb.or([
            eb("completed_at", "<", after.completedAt),
            eb.and([eb("completed_at", "=", after.completedAt), eb("id", "<", after.id)]),
          ]),
        );
      }
      return (await q.execute()).map(toScreening);
    },
  };
}
export type ScreeningsRepository = ReturnType<typeof screeningsRepository>;
