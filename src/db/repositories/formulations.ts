import type { Kysely } from "kysely";
import { completeFormulation, type FormulationContent } from "../../domain/formulation.js";
import { uuidv7 } from "../../domain/ids.js";
import type { Database } from "../schema.js";
import { recordCaseWrite, type WriteAudit } from "./case-write-audit.js";

/** One saved version of a dyad's formulation. */
export interface FormulationVersion {
  id: string;
  caseId: string;
  caregiverId: string;
  babyId: string;
  version: number;
  content: FormulationContent;
  author: { id: string; name: string } | null;
  savedAt: number;
}

/** A dyad's latest version and how many versions it has, with the names the dyad is shown with. */
export interface DyadFormulation {
  caregiver: { id: string; name: string };
  baby: { id: string; name: string };
  latest: FormulationVersion;
  versions: number;
}

export interface Dyad {
  caseId: string;
  caregiverId: string;
  babyId: string;
}

export type FormulationSave =
  | { saved: FormulationVersion }
  /** The dyad's formulation moved on since `baseVersion`: `latest` is where it is now. */
  | { stale: { latest: number } };

/**
 * Formulations, versioned: a save adds the next version of the dyad's formulation and never changes an old
 * one. Saves are optimistic: the writer names the version they started from, and if another save got there
 * first (in this process or another one) nothing is written and they are told which version is now latest.
 */
export function formulationsRepository(db: Kysely<Database>) {
  const withAuthor = () =>
    db
      .selectFrom("case_formulations as f")
      .leftJoin("users as author", "author.id", "f.author_id")
      .select([
        "f.id",
        "f.case_id",
        "f.caregiver_id",
        "f.baby_id",
        "f.version",
        "f.content",
        "f.author_id",
        "author.name as author_name",
        "f.created_at",
      ]);
  type Row = Awaited<ReturnType<ReturnType<typeof withAuthor>["executeTakeFirstOrThrow"]>>;
  const toVersion = (r: Row): FormulationVersion => ({
    id: r.id,
    caseId: r.case_id,
    caregiverId: r.caregiver_id,
    babyId: r.baby_id,
    version: Number(r.version),
    content: completeFormulation(JSON.parse(r.content) as Record<string, unknown>),
    author: r.author_id && r.author_name !== null ? { id: r.author_id, name: r.author_name } : null,
    savedAt: Number(r.created_at),
  });
  const ofDyad = (d: Dyad) =>
    withAuthor()
      .where("f.case_id", "=", d.caseId)
      .where("f.caregiver_id", "=", d.caregiverId)
      .where("f.baby_id", "=", d.babyId);

  return {
    /** Each dyad of the case that has a formulation: its latest version and its number of versions. */
    async latest(caseId: string): Promise<DyadFormulation[]> {
      const heads = await db
        .selectFrom("case_formulations as f")
        .innerJoin("users as caregiver", "caregiver.id", "f.caregiver_id")
        .innerJoin("babies as baby", "baby.id", "f.baby_id")
        .select((eb) => [
          "f.caregiver_id",
          "caregiver.name as caregiver_name",
          "f.baby_id",
          "baby.name as baby_name",
          eb.fn.max("f.version").as("latest"),
          eb.fn.countAll().as("versions"),
        ])
        .where("f.case_id", "=", caseId)
        .groupBy(["f.caregiver_id", "caregiver.name", "f.baby_id", "baby.name"])
        .orderBy("baby.name")
        .orderBy("caregiver.name")
        .execute();
      const out: DyadFormulation[] = [];
      for (const h of heads) {
        const row = await ofDyad({ caseId, caregiverId: h.caregiver_id, babyId: h.baby_id })
          .where("f.version", "=", Number(h.latest))
          .executeTakeFirst();
        if (!row) continue;
        out.push({
          caregiver: { id: h.caregiver_id, name: h.caregiver_name },
          baby: { id: h.baby_id, name: h.baby_name },
          latest: toVersion(row),
          versions: Number(h.versions),
        });
      }
      return out;
    },

    /** A dyad's versions, newest first; `before` pages on from a version number. */
    async versions(dyad: Dyad, page: { before?: number; limit: number }): Promise<FormulationVersion[]> {
      let q = ofDyad(dyad).orderBy("f.version", "desc").limit(page.limit);
      if (page.before !== undefined) q = q.where("f.version", "<", page.before);
      return (await q.execute()).map(toVersion);
    },

    /**
     * Save `content` as the version after `baseVersion` (0: the dyad has none yet), with its line in the
     * family's access log, in one transaction. Insert-or-nothing on the unique version index means that of two
     * saves from the same base exactly one is stored, on either database, without locking anything.
     */
    async save(
      input: Dyad & { familyId: string; authorId: string; baseVersion: number; content: FormulationContent },
      audit: WriteAudit,
      now = Date.now(),
    ): Promise<FormulationSave> {
      const id = uuidv7(now);
      const version = input.baseVersion + 1;
      const outcome = await db.transaction().execute(async (tx) => {
        const head = await tx
          .selectFrom("case_formulations")
          .select((eb) => eb.fn.max("version").as("latest"))
          .where("case_id", "=", input.caseId)
          .where("caregiver_id", "=", input.caregiverId)
          .where("baby_id", "=", input.babyId)
          .executeTakeFirst();
        const latest = Number(head?.latest ?? 0);
        if (latest !== input.baseVersion) return { stale: latest };
        const inserted = await tx
          .insertInto("case_formulations")
          .values({
            id,
            case_id: input.caseId,
            family_id: input.familyId,
            caregiver_id: input.caregiverId,
            baby_id: input.babyId,
            version,
            content: JSON.stringify(input.content),
            author_id: input.authorId,
            created_at: now,
          })
          .onConflict((oc) => oc.columns(["case_id", "caregiver_id", "baby_id", "version"]).doNothing())
          .executeTakeFirst();
        // Another save of the same base committed between our read and our insert.
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return { stale: version };
        await recordCaseWrite(
          tx,
          { caseId: input.caseId, familyId: input.familyId },
          "formulation",
          "save",
          audit,
          now,
          {
            formulationId: id,
            version,
          },
        );
        return { stale: null };
      });
      if (outcome.stale !== null) return { stale: { latest: outcome.stale } };
      const saved = await withAuthor().where("f.id", "=", id).executeTakeFirstOrThrow();
      return { saved: toVersion(saved) };
    },
  };
}
export type FormulationsRepository = ReturnType<typeof formulationsRepository>;
