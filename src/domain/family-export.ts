import { z } from "zod";
import { assignmentStatuses } from "./assignment.js";
import { consentScopes } from "./consent.js";
import { checkEntry, type ValidEntry } from "./entries/entry.js";
import { cues, entryTypes, moments } from "./entries/vocabulary.js";
import { babyPatchSchema, customTypesSchema, permissions, relationships, timeZoneSchema } from "./family.js";
import { referralStatuses } from "./referral.js";
import { helpRegions } from "./region.js";
import { criteriaFindings } from "./screening/criteria-shape.js";
import { safetyFlagTypes, screeningLangs } from "./screening/definition.js";
import { feelingSchema, THOUGHT_TEXT_MAX } from "./thought-record.js";

/**
 * The whole family's data as one document (GET /api/families/:id/export): what a family takes to keep, or
 * to another Attune server, where POST /api/families/import makes a new family of it. One schema for both
 * directions, so that every export this version writes is one it can read, and anything else (another
 * tracker's file, one baby's export, a file from a newer Attune) is refused with what is wrong named.
 *
 * Times are ISO 8601 (milliseconds kept, so a round trip is exact); ids are the source server's, and the
 * importer maps them. What is re-created on import: the settings, the babies and their entries, and the
 * importer's own check-ins and thought records. The rest (other caregivers, what the care team sent,
 * shares, the access log) is the family's record of its old server and is reported, not re-created
 * (docs/decisions.md, "The whole family's data, out and back in").
 */
export const FAMILY_EXPORT_FORMAT = "attune-family-export";
export const FAMILY_EXPORT_VERSION = 1;
/** The format of one baby's export (GET /api/babies/:id/export), named so that it is told apart. */
const BABY_EXPORT_FORMAT = "attune-export";

const LIST_MAX = 10_000;
const ENTRIES_MAX = 250_000;
const LOG_MAX = 250_000;

const id = z.string().min(1).max(100);
const isoTime = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" });
const name = z.string().max(200);
const person = z.object({ id, name }).strict();
const text = (max: number) => z.string().max(max).nullable();

export const exportFamilySchema = z
  .object({
    id,
    name: z.string().trim().min(1).max(80),
    timeZone: timeZoneSchema,
    region: z.enum(helpRegions).nullable(),
    customTypes: customTypesSchema,
    createdAt: isoTime,
  })
  .strict();

export const exportCaregiverSchema = z
  .object({
    id,
    name,
    relationship: z.enum(relationships),
    permission: z.enum(permissions),
    joinedAt: isoTime,
    /** The caregiver who made the export. */
    you: z.boolean(),
  })
  .strict();

export const exportBabySchema = babyPatchSchema
  .extend({
    id,
    name: z.string().trim().min(1).max(60),
    status: z.enum(["expected", "born"]),
  })
  .strict()
  .refine((b) => b.birthDate || b.dueDate, {
    message: "a baby needs a birthDate, or a dueDate while expected",
  });

export const exportEntrySchema = z
  .object({
    id,
    babyId: id,
    caregiverId: id,
    type: z.enum(entryTypes),
    startedAt: isoTime,
    endedAt: isoTime.nullable(),
    details: z.record(z.string(), z.unknown()),
    moments: z.array(z.enum(moments)).max(moments.length),
    cues: z.array(z.enum(cues)).max(cues.length),
    /** How connected the caregiver felt: only ever the exporter's own (null on other caregivers' entries). */
    feeling: z.number().int().min(1).max(5).nullable(),
    note: text(2000),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .strict();

const localized = z.object({ en: z.string().max(2000), es: z.string().max(2000).optional() }).strict();

export const exportScreeningSchema = z
  .object({
    id,
    instrumentId: z.string().min(1).max(40),
    instrumentVersion: z.string().max(40),
    lang: z.enum(screeningLangs),
    subject: z.union([z.literal("self"), z.object({ babyId: id }).strict()]),
    completedAt: isoTime,
    total: z.number(),
    subscales: z.record(z.string(), z.number()),
    bands: z
      .array(
        z
          .object({
            scale: z.string().max(60),
            key: z.string().max(60),
            label: localized,
            meaning: localized,
            citation: z.string().max(2000),
          })
          .strict(),
      )
      .max(50),
    flags: z.array(z.object({ type: z.enum(safetyFlagTypes), item: z.string().max(20) }).strict()).max(50),
    criteria: z
      .object({ ...criteriaFindings, specifiers: z.array(z.string().max(60)).max(20) })
      .strict()
      .optional(),
    /** Who else the person chose to let see it. */
    sharing: z.object({ visitSummary: z.boolean(), clinicians: z.boolean() }).strict(),
    answers: z
      .array(z.object({ item: z.string().max(20), option: z.number().int(), score: z.number() }).strict())
      .max(100),
  })
  .strict();

export const exportThoughtRecordSchema = z
  .object({
    id,
    situation: text(THOUGHT_TEXT_MAX),
    automaticThought: text(THOUGHT_TEXT_MAX),
    feelings: z.array(feelingSchema).max(12),
    evidenceFor: text(THOUGHT_TEXT_MAX),
    evidenceAgainst: text(THOUGHT_TEXT_MAX),
    balancedThought: text(THOUGHT_TEXT_MAX),
    sharedWithClinicians: z.boolean(),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .strict();

const contact = z
  .object({ phone: z.string().optional(), email: z.string().optional(), website: z.string().optional() })
  .strict();

export const exportObservationSchema = z
  .object({
    id,
    clinician: person.nullable(),
    baby: person.nullable(),
    caregiver: person.nullable(),
    text: z.string().max(5000),
    createdAt: isoTime,
    seenAt: isoTime.nullable(),
  })
  .strict();

export const exportReferralSchema = z
  .object({
    id,
    clinician: person.nullable(),
    source: z.enum(["directory", "written_in"]),
    /** The directory listing's id on the server it was made on, for a directory provider. */
    listingId: id.nullable(),
    name,
    contact: contact.nullable(),
    service: z.string().max(60),
    note: text(5000),
    status: z.enum(referralStatuses),
    statusAt: isoTime,
    createdAt: isoTime,
  })
  .strict();

export const exportAssignmentSchema = z
  .object({
    id,
    clinician: person.nullable(),
    kind: z.string().max(40),
    ref: z.string().max(200),
    note: text(5000),
    status: z.enum(assignmentStatuses),
    statusAt: isoTime.nullable(),
    answeredBy: person.nullable(),
    reflection: text(5000),
    createdAt: isoTime,
  })
  .strict();

export const exportCheckinRequestSchema = z
  .object({
    id,
    clinician: person.nullable(),
    caregiver: person,
    instrumentId: z.string().max(40),
    schedule: z
      .object({
        startsOn: z.string().max(10),
        everyWeeks: z.number().int().nullable(),
        until: z.string().max(10).nullable(),
        times: z.number().int().nullable(),
      })
      .strict(),
    createdAt: isoTime,
    stoppedAt: isoTime.nullable(),
  })
  .strict();

export const exportShareSchema = z
  .object({
    id,
    scopes: z.array(z.enum(consentScopes)).max(consentScopes.length),
    state: z.enum(["waiting", "active", "expired", "revoked", "unused"]),
    createdAt: isoTime,
    acceptBy: isoTime,
    acceptedAt: isoTime.nullable(),
    expiresAt: isoTime,
    revokedAt: isoTime.nullable(),
    grantedBy: person.nullable(),
    /** The clinician who took it up, as the family's own list of shares shows them. */
    clinician: z
      .object({ id, name, email: z.string().max(320) })
      .strict()
      .nullable(),
  })
  .strict();

/** One line of the family's access log: who did what, when. Never where from (no IP address, no browser). */
export const exportAccessEventSchema = z
  .object({
    id,
    at: isoTime,
    actor: person.nullable(),
    action: z.string().max(100),
    subjectType: z.string().max(100).nullable(),
    subjectId: z.string().max(200).nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .strict();

export const familyExportSchema = z
  .object({
    format: z.literal(FAMILY_EXPORT_FORMAT, {
      error: (issue) =>
        issue.input === BABY_EXPORT_FORMAT
          ? "this is one baby's log (its export from the log), not a whole family's: an owner can export the whole family from the Family page, and import that file"
          : `this is not an Attune family export (its "format" must be "${FAMILY_EXPORT_FORMAT}"); files from other trackers cannot be imported here`,
    }),
    formatVersion: z.literal(FAMILY_EXPORT_VERSION, {
      error: (issue) =>
        typeof issue.input === "number" && issue.input > FAMILY_EXPORT_VERSION
          ? `this file was made by a newer Attune (format version ${issue.input}; this server reads ${FAMILY_EXPORT_VERSION}): update this server, then import it again`
          : `must be ${FAMILY_EXPORT_VERSION}`,
    }),
    attuneVersion: z.string().max(40).describe("The version of Attune that made the export"),
    exportedAt: isoTime,
    exportedBy: person.describe("The owner who made the export"),
    family: exportFamilySchema.describe(
      "The family's settings: name, time zone, help region, own kinds of care",
    ),
    caregivers: z
      .array(exportCaregiverSchema)
      .max(LIST_MAX)
      .describe(
        "Names and relationships only: another caregiver's email address is theirs, not the family's",
      ),
    babies: z.array(exportBabySchema).max(LIST_MAX),
    entries: z
      .array(exportEntrySchema)
      .max(ENTRIES_MAX)
      .describe("The care log with moments, cues and details, oldest first, deleted entries left out"),
    screenings: z
      .array(exportScreeningSchema)
      .max(LIST_MAX)
      .describe(
        "The exporter's own check-ins: about themself, or about a baby of this family. Never another caregiver's",
      ),
    thoughtRecords: z
      .array(exportThoughtRecordSchema)
      .max(LIST_MAX)
      .describe("The exporter's own thought records kept with this family"),
    careTeam: z
      .object({
        observations: z.array(exportObservationSchema).max(LIST_MAX),
        referrals: z.array(exportReferralSchema).max(LIST_MAX),
        assignments: z.array(exportAssignmentSchema).max(LIST_MAX),
        checkinRequests: z.array(exportCheckinRequestSchema).max(LIST_MAX),
      })
      .strict()
      .describe("What clinicians the family shared with sent it"),
    shares: z.array(exportShareSchema).max(LIST_MAX).describe("Every share with a clinician, ended ones too"),
    accessLog: z
      .array(exportAccessEventSchema)
      .max(LOG_MAX)
      .describe("The family's access log: shares and every clinician read or change, newest first"),
  })
  .strict();
export type FamilyExport = z.infer<typeof familyExportSchema>;
export type ExportEntry = z.infer<typeof exportEntrySchema>;
export type ExportScreening = z.infer<typeof exportScreeningSchema>;

/** Only the first lines that tell what is wrong with a document, whether it is one at all. */
export const familyExportHeaderSchema = z.looseObject({
  format: familyExportSchema.shape.format,
  formatVersion: familyExportSchema.shape.formatVersion,
});

export type FamilyExportCheck =
  | { ok: true; entries: (ValidEntry & { babyId: string; createdAt: number; updatedAt: number })[] }
  | { ok: false; problems: string[] };

/**
 * What the schema alone cannot say: every entry is one this version would accept (details by type, its
 * times), every baby an entry or check-in names is in the file, and no id is given twice. Problems name
 * where they are (entries[12]).
 */
export function checkFamilyExport(doc: FamilyExport, now: number): FamilyExportCheck {
  const problems: string[] = [];
  const babyIds = new Set<string>();
  doc.babies.forEach((b, i) => {
    if (babyIds.has(b.id)) problems.push(`babies[${i}].id: the baby ${b.id} is listed twice`);
    babyIds.add(b.id);
  });
  const seen = new Set<string>();
  const entries: (ValidEntry & { babyId: string; createdAt: number; updatedAt: number })[] = [];
  doc.entries.forEach((e, i) => {
    const at = `entries[${i}]`;
    if (!babyIds.has(e.babyId)) problems.push(`${at}.babyId: no baby in this file has the id ${e.babyId}`);
    if (seen.has(e.id)) problems.push(`${at}.id: the entry ${e.id} is listed twice`);
    seen.add(e.id);
    // The entry as any client would send it: the same checks as a new entry, no looser for an import.
    const check = checkEntry(e, now);
    if (!check.ok)
      for (const problem of check.problems)
        problems.push(problem.startsWith("details") ? `${at}.${problem}` : `${at}: ${problem}`);
    else
      entries.push({
        ...check.entry,
        id: e.id,
        babyId: e.babyId,
        createdAt: Date.parse(e.createdAt),
        updatedAt: Date.parse(e.updatedAt),
      });
  });
  const screeningIds = new Set<string>();
  doc.screenings.forEach((s, i) => {
    if (typeof s.subject === "object" && !babyIds.has(s.subject.babyId))
      problems.push(`screenings[${i}].subject.babyId: no baby in this file has the id ${s.subject.babyId}`);
    if (screeningIds.has(s.id)) problems.push(`screenings[${i}].id: the check-in ${s.id} is listed twice`);
    screeningIds.add(s.id);
  });
  const recordIds = new Set<string>();
  doc.thoughtRecords.forEach((r, i) => {
    if (recordIds.has(r.id)) problems.push(`thoughtRecords[${i}].id: the record ${r.id} is listed twice`);
    recordIds.add(r.id);
  });
  return problems.length ? { ok: false, problems } : { ok: true, entries };
}
