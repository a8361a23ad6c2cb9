import type { Kysely, Transaction } from "kysely";
import type { ImportedCounts } from "../../contract/family-export.js";
import type { Relationship } from "../../domain/family.js";
import { uuidv7 } from "../../domain/ids.js";
import type { HelpRegion } from "../../domain/region.js";
import type { BandResult, CriteriaResult, SafetyFlag } from "../../domain/screening/score.js";
import type { ThoughtRecordContent } from "../../domain/thought-record.js";
import type { Database } from "../schema.js";
import { type AuditRecord, auditRepository } from "./audit.js";
import { type CheckinRequest, requestsWithNames, toCheckinRequest } from "./checkin-requests.js";
import { entryContentColumns, takeChangeNumbers } from "./entry-rows.js";
import { type Family, insertFamilyWithOwner } from "./families.js";
import { type ThoughtRecordsTable, toThoughtRecord } from "./thought-records.js";

/** A check-in as stored, with its answers: what an export carries and an import writes back. */
export interface StoredScreening {
  id: string;
  babyId: string | null;
  instrumentId: string;
  instrumentVersion: string;
  lang: string;
  completedAt: number;
  total: number;
  result: {
    subscales: Record<string, number>;
    bands: BandResult[];
    flags: SafetyFlag[];
    criteria?: CriteriaResult;
  };
  forVisit: boolean;
  forClinicians: boolean;
  answers: { item: string; option: number; score: number }[];
}

/** A thought record's words as the domain tidies them, with its id and times; the family is the import's. */
export type StoredThoughtRecord = Omit<ThoughtRecordContent, "familyId"> & {
  id: string;
  createdAt: number;
  updatedAt: number;
};

/** A family to make from an export, already checked: ids are the source server's, `babyKey` links to a baby. */
export interface FamilyImport {
  family: { name: string; timeZone: string; region: HelpRegion | null; customTypes: string[] };
  relationship: Relationship;
  babies: {
    key: string;
    name: string;
    birthDate: string | null;
    dueDate: string | null;
    gestationalWeeks: number | null;
    sex: string | null;
  }[];
  entries: {
    /** The id the entry had (a client-made UUID): kept unless this server already has an entry by it. */
    id: string;
    babyKey: string;
    type: string;
    startedAt: number;
    endedAt: number | null;
    details: Record<string, unknown>;
    moments: string[];
    cues: string[];
    feeling: number | null;
    note: string | null;
    createdAt: number;
    updatedAt: number;
  }[];
  screenings: (Omit<StoredScreening, "babyId"> & { babyKey: string | null })[];
  thoughtRecords: StoredThoughtRecord[];
}

/** The family made, and the counts the import report gives (src/contract/family-export.ts) that rows decide. */
export type FamilyImportOutcome = { family: Family } & Omit<
  ImportedCounts,
  "customTypes" | "entriesByOtherCaregivers"
>;

/** Rows per insert: well under SQLite's and Postgres's bound-parameter limits for the widest table here. */
const CHUNK = 400;
const chunks = <T>(list: readonly T[], size = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

type WithThoughtRecords = Database & { thought_records: ThoughtRecordsTable };

/** Which of these ids a table already holds (in chunks, so a large import stays within parameter limits). */
async function taken(
  tx: Transaction<WithThoughtRecords>,
  table: "entries" | "screenings" | "thought_records",
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(ids, 500)) {
    const rows = await tx.selectFrom(table).select("id").where("id", "in", part).execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}

/**
 * The whole family's data, out and back in (GET /api/families/:id/export, POST /api/families/import): the
 * reads the other repositories do not make (a person's own check-ins and thought records kept with one
 * family, every check-in request of a family, names for ids), and the import, which writes a new family and
 * everything in it in one transaction: all of it or nothing.
 */
export function familyExportRepository(database: Kysely<Database>) {
  const db = database.withTables<{ thought_records: ThoughtRecordsTable }>();

  return {
    /**
     * This person's own check-ins that belong to the family: about a baby of it, or about themself (kept
     * without a family, so in every family they are in). Never anyone else's. Oldest first, with answers.
     */
    async ownScreenings(userId: string, familyId: string): Promise<StoredScreening[]> {
      const rows = await db
        .selectFrom("screenings")
        .selectAll()
        .where("user_id", "=", userId)
        .where((eb) => eb.or([eb("family_id", "is", null), eb("family_id", "=", familyId)]))
        .orderBy("completed_at")
        .orderBy("id")
        .execute();
      const answers = new Map<string, StoredScreening["answers"]>();
      for (const part of chunks(
        rows.map((r) => r.id),
        500,
      )) {
        const found = await db
          .selectFrom("screening_answers")
          .select(["screening_id", "item", "option", "score"])
          .where("screening_id", "in", part)
          .execute();
        for (const a of found) {
          const list = answers.get(a.screening_id) ?? [];
          list.push({ item: a.item, option: Number(a.option), score: Number(a.score) });
          answers.set(a.screening_id, list);
        }
      }
      return rows.map((r) => ({
        id: r.id,
        babyId: r.baby_id,
        instrumentId: r.instrument_id,
        instrumentVersion: r.instrument_version,
        lang: r.lang,
        completedAt: Number(r.completed_at),
        total: Number(r.total),
        result: JSON.parse(r.result) as StoredScreening["result"],
        forVisit: Number(r.for_visit) === 1,
        forClinicians: Number(r.for_clinicians) === 1,
        // Items are "1", "2", …: in order as numbers, not as text.
        answers: (answers.get(r.id) ?? []).sort(
          (a, b) => Number(a.item) - Number(b.item) || a.item.localeCompare(b.item),
        ),
      }));
    },

    /** This person's own thought records kept with the family, oldest first. */
    async ownThoughtRecords(userId: string, familyId: string): Promise<StoredThoughtRecord[]> {
      const rows = await db
        .selectFrom("thought_records")
        .selectAll()
        .where("user_id", "=", userId)
        .where("family_id", "=", familyId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      // The export names neither: they are the importer's own, kept with the family the import makes.
      return rows.map((r) => {
        const { userId, familyId, ...record } = toThoughtRecord(r);
        return record;
      });
    },

    /** Every check-in request the family was sent, stopped ones and those of ended shares too, oldest first. */
    async checkinRequests(familyId: string): Promise<Omit<CheckinRequest, "caseId" | "familyId">[]> {
      const rows = await requestsWithNames(database)
        .where("r.family_id", "=", familyId)
        .orderBy("r.id")
        .execute();
      // The export names neither: it is of this family, and a case is the clinician's own.
      return rows.map((r) => {
        const { caseId, familyId, ...request } = toCheckinRequest(r);
        return request;
      });
    },

    /** People's names by id (accounts since closed are simply absent). */
    async names(ids: readonly string[]): Promise<Map<string, string>> {
      const out = new Map<string, string>();
      for (const part of chunks([...new Set(ids)], 500)) {
        const rows = await db.selectFrom("users").select(["id", "name"]).where("id", "in", part).execute();
        for (const r of rows) out.set(r.id, r.name);
      }
      return out;
    },

    /**
     * A new family from an export, owned by `userId`, in one transaction with its audit event: the family,
     * its babies (new ids), their entries (the ids they had unless taken here), and the importer's own
     * check-ins and thought records. Any failure stores nothing.
     */
    async importFamily(
      input: FamilyImport,
      userId: string,
      audit: Omit<AuditRecord, "action" | "familyId" | "subjectType" | "subjectId" | "details">,
      now = Date.now(),
    ): Promise<FamilyImportOutcome> {
      const familyId = uuidv7(now);
      return db.transaction().execute(async (tx) => {
        // The helpers shared with other repositories know the core schema only, not thought records.
        const core = tx as unknown as Kysely<Database>;
        const family = await insertFamilyWithOwner(
          core,
          {
            id: familyId,
            name: input.family.name,
            timeZone: input.family.timeZone,
            customTypes: input.family.customTypes,
            region: input.family.region,
          },
          { userId, relationship: input.relationship },
          now,
        );

        // Babies keep their order (the family page lists them by when they were added).
        const babyIds = new Map<string, string>();
        const babyRows = input.babies.map((b, i) => {
          const id = uuidv7(now);
          babyIds.set(b.key, id);
          return {
            id,
            family_id: familyId,
            name: b.name,
            birth_date: b.birthDate,
            due_date: b.dueDate,
            gestational_weeks: b.gestationalWeeks,
            sex: b.sex,
            created_at: now + i,
            updated_at: now,
          };
        });
        for (const part of chunks(babyRows)) await tx.insertInto("babies").values(part).execute();
        const babyOf = (key: string) => {
          const id = babyIds.get(key);
          if (!id) throw new Error(`family import: no baby for ${key}`);
          return id;
        };

        // Entries: an id this server already holds (the same family imported twice here) gets a new one.
        const entryTaken = await taken(
          tx,
          "entries",
          input.entries.map((e) => e.id),
        );
        let entryIdsKept = 0;
        // One step of the change counter per entry, taken at once: every entry syncs as a change.
        const firstSeq = input.entries.length ? await takeChangeNumbers(core, input.entries.length) : 0;
        const entryRows = input.entries.map((e, i) => {
          const keep = UUID.test(e.id) && !entryTaken.has(e.id);
          if (keep) entryIdsKept++;
          return {
            id: keep ? e.id : uuidv7(e.createdAt),
            family_id: familyId,
            baby_id: babyOf(e.babyKey),
            // The other caregivers have no account here: the importer keeps the whole log.
            caregiver_id: userId,
            ...entryContentColumns(e),
            created_at: e.createdAt,
            updated_at: e.updatedAt,
            deleted_at: null,
            seq: firstSeq + i,
          };
        });
        for (const part of chunks(entryRows)) await tx.insertInto("entries").values(part).execute();

        // Check-ins: the importer's own. One about themself already here under its id is the same check-in
        // (kept without a family, it is in every family they are in): it is not copied again.
        const screeningTaken = new Map<string, { user_id: string; family_id: string | null }>();
        for (const part of chunks(
          input.screenings.map((s) => s.id),
          500,
        )) {
          const rows = await tx
            .selectFrom("screenings")
            .select(["id", "user_id", "family_id"])
            .where("id", "in", part)
            .execute();
          for (const r of rows) screeningTaken.set(r.id, r);
        }
        let screenings = 0;
        let screeningsAlreadyHere = 0;
        for (const s of input.screenings) {
          const there = screeningTaken.get(s.id);
          if (there && s.babyKey === null && there.user_id === userId && there.family_id === null) {
            screeningsAlreadyHere++;
            continue;
          }
          const id = there || !UUID.test(s.id) ? uuidv7(s.completedAt) : s.id;
          const babyId = s.babyKey === null ? null : babyOf(s.babyKey);
          await tx
            .insertInto("screenings")
            .values({
              id,
              user_id: userId,
              baby_id: babyId,
              family_id: babyId === null ? null : familyId,
              instrument_id: s.instrumentId,
              instrument_version: s.instrumentVersion,
              lang: s.lang,
              completed_at: s.completedAt,
              total: s.total,
              result: JSON.stringify(s.result),
              for_visit: s.forVisit ? 1 : 0,
              for_clinicians: s.forClinicians ? 1 : 0,
              client_id: null,
            })
            .execute();
          if (s.answers.length)
            await tx
              .insertInto("screening_answers")
              .values(s.answers.map((a) => ({ screening_id: id, ...a })))
              .execute();
          screenings++;
        }

        const recordTaken = await taken(
          tx,
          "thought_records",
          input.thoughtRecords.map((r) => r.id),
        );
        const recordRows = input.thoughtRecords.map((r) => ({
          id: recordTaken.has(r.id) || !UUID.test(r.id) ? uuidv7(r.createdAt) : r.id,
          user_id: userId,
          family_id: familyId,
          situation: r.situation,
          automatic_thought: r.automaticThought,
          feelings: JSON.stringify(r.feelings),
          evidence_for: r.evidenceFor,
          evidence_against: r.evidenceAgainst,
          balanced_thought: r.balancedThought,
          shared_with_clinicians: r.sharedWithClinicians ? 1 : 0,
          created_at: r.createdAt,
          updated_at: r.updatedAt,
        }));
        for (const part of chunks(recordRows)) await tx.insertInto("thought_records").values(part).execute();

        const outcome = {
          babies: babyRows.length,
          entries: entryRows.length,
          entryIdsKept,
          screenings,
          screeningsAlreadyHere,
          thoughtRecords: recordRows.length,
        };
        await auditRepository(core).record(
          {
            ...audit,
            action: "family.import",
            subjectType: "family",
            subjectId: familyId,
            familyId,
            details: outcome,
          },
          now,
        );
        return { family, ...outcome };
      });
    },
  };
}
export type FamilyExportRepository = ReturnType<typeof familyExportRepository>;
