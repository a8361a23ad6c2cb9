import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { isInstrumentId } from "../../content/instruments/index.js";
import { importedCountsSchema, notImportedSchema } from "../../contract/family-export.js";
import type { AuditEvent } from "../../db/repositories/audit.js";
import type { Entry } from "../../db/repositories/entries.js";
import type { FamilyImport } from "../../db/repositories/family-export.js";
import {
  checkFamilyExport,
  type FamilyExport,
  familyExportHeaderSchema,
  familyExportSchema,
} from "../../domain/family-export.js";
import { HttpError, notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { familyOwner } from "../policies/family.js";
import { signedIn } from "../policies/signed-in.js";
import { familyExportDocument, familyExportZip } from "../presenters/family-export.js";
import { consentViews } from "./consent-input.js";
import { present } from "./entries.js";
import { familySummarySchema } from "./families.js";
import { errorReplies, idParams } from "./schemas.js";

/**
 * A family of three years, twins, logged often, is a few MB of JSON; 32 MiB leaves room and still bounds
 * what one request can make the server parse. Every other route keeps the app's 1 MiB.
 */
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;
/** How many problems an import refusal lists before "and N more". */
const PROBLEMS_SHOWN = 8;

const importReportSchema = z.object({
  family: familySummarySchema.describe("The new family; the importer is its only caregiver and owner"),
  imported: importedCountsSchema,
  notImported: notImportedSchema,
  source: z.object({
    attuneVersion: z.string(),
    exportedAt: z.string(),
    exportedBy: z.string(),
    familyName: z.string(),
  }),
});

/** "Zoë & Sam" → "zoe-sam": header values stay ASCII; no Latin letters at all falls back to "family". */
function fileName(familyName: string, now: number, extension: string) {
  const ascii = familyName
    .normalize("NFD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()
    .slice(0, 60);
  return `attune-family-${ascii || "family"}-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}

/** Every page of a newest-first list keyed by id, read until a short page. */
async function everyPage<T extends { id: string }>(
  read: (before: string | undefined) => Promise<T[]>,
  size: number,
): Promise<T[]> {
  const all: T[] = [];
  let before: string | undefined;
  for (;;) {
    const page = await read(before);
    all.push(...page);
    const last = page.at(-1);
    if (page.length < size || !last) return all;
    before = last.id;
  }
}

/** "entries.12.details.kind" → "entries[12].details.kind". */
function where(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (at, key) => (typeof key === "number" ? `${at}[${key}]` : at ? `${at}.${String(key)}` : String(key)),
    "",
  );
}

function refuse(code: string, lead: string, problems: string[]): never {
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  const more = problems.length - shown.length;
  throw new HttpError(400, code, `${lead}: ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}.`, {
    problems: problems.slice(0, 100),
  });
}

/** What was wrong with a body that is not an export this server reads; the format first, alone. */
function refusal(body: unknown): never {
  const header = familyExportHeaderSchema.safeParse(body);
  if (!header.success)
    refuse(
      "not_a_family_export",
      "This file cannot be imported",
      header.error.issues.map((i) => `${where(i.path) || "the file"}: ${i.message}`),
    );
  const full = familyExportSchema.safeParse(body);
  const issues = full.success ? [] : full.error.issues;
  refuse(
    "invalid_family_export",
    "This Attune family export cannot be imported",
    issues.map((i) => `${where(i.path) || "the file"}: ${i.message}`),
  );
}

function auditOf(request: FastifyRequest) {
  const userAgent = request.headers["user-agent"];
  return { actorId: actorOf(request).id, ip: request.ip, ...(userAgent ? { userAgent } : {}) };
}

/**
 * The whole family's data, out and back in. An owner exports everything the family holds, as one JSON
 * document or a zip of it with a CSV per kind; anyone signed in imports such a document as a new family of
 * their own (how a family moves between two Attune servers). What is in the document, and what an import
 * re-creates: domain/family-export.ts and docs/decisions.md ("The whole family's data, out and back in").
 */
export const familyExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { families, babies, entries, observations, referrals, assignments, consents, audit, users } =
    app.attune;
  const familyData = app.attune.familyExport;

  async function exportDocument(familyId: string, viewerId: string, now: number): Promise<FamilyExport> {
    const family = await families.get(familyId);
    if (!family) throw notFound("family");
    const log: Entry[] = [];
    let after: { startedAt: number; id: string } | undefined;
    for (;;) {
      const page = await entries.list({ familyId }, { limit: 1000, ...(after ? { after } : {}) });
      log.push(...page.map((e) => present(e, viewerId)));
      const last = page.at(-1);
      if (page.length < 1000 || !last) break;
      after = { startedAt: Date.parse(last.startedAt), id: last.id };
    }
    log.reverse(); // oldest first reads naturally in a file
    const byFamily = { familyId, limit: 200 };
    const accessLog = await everyPage<AuditEvent>(
      (beforeId) => audit.page({ families: [familyId], limit: 500, ...(beforeId ? { beforeId } : {}) }),
      500,
    );
    const viewer = await users.findById(viewerId);
    return familyExportDocument({
      attuneVersion: app.attune.version,
      now,
      viewer: { id: viewerId, name: viewer?.name ?? "" },
      family,
      members: await families.members(familyId),
      babies: await babies.listForFamily(familyId),
      entries: log,
      screenings: await familyData.ownScreenings(viewerId, familyId),
      thoughtRecords: await familyData.ownThoughtRecords(viewerId, familyId),
      observations: (
        await everyPage((before) => observations.list({ ...byFamily, ...(before ? { before } : {}) }), 200)
      ).reverse(),
      referrals: (
        await everyPage((before) => referrals.list({ ...byFamily, ...(before ? { before } : {}) }), 200)
      ).reverse(),
      assignments: (
        await everyPage((before) => assignments.list({ ...byFamily, ...(before ? { before } : {}) }), 200)
      ).reverse(),
      checkinRequests: await familyData.checkinRequests(familyId),
      shares: await consentViews(app, await consents.forFamilies([familyId], now)),
      accessLog,
      names: await familyData.names(accessLog.flatMap((e) => (e.actorId ? [e.actorId] : []))),
    });
  }

  app.get(
    "/api/families/:id/export",
    {
      // Everything the family holds, its shares and its access log: an owner's to take.
      config: { policy: familyOwner },
      schema: {
        tags: ["families"],
        summary:
          "Download everything the family holds (owners): settings, caregivers, babies and every entry, your own check-ins and thought records, what the care team sent, shares and the access log. JSON, or a zip of that JSON with a CSV per kind",
        params: idParams,
        querystring: z.object({ format: z.enum(["json", "zip"]).default("json") }).strict(),
        response: {
          200: familyExportSchema.describe(
            "format=json: this document (application/json). format=zip: application/zip holding family.json (this document), a CSV per kind and README.txt",
          ),
          ...errorReplies,
        },
      },
    },
    async (request, reply) => {
      const viewerId = actorOf(request).id;
      const now = Date.now();
      const doc = await exportDocument(request.params.id, viewerId, now);
      const { format } = request.query;
      await audit.record(
        {
          ...auditOf(request),
          action: "family.export",
          subjectType: "family",
          subjectId: doc.family.id,
          familyId: doc.family.id,
          details: { format },
        },
        now,
      );
      const name = fileName(doc.family.name, now, format);
      reply
        .header("content-disposition", `attachment; filename="${name}"`)
        .header("cache-control", "no-store");
      // A Buffer is sent as it is (Fastify serialises only objects), so the JSON schema does not apply to it.
      if (format === "zip")
        return reply.type("application/zip").send(Buffer.from(familyExportZip(doc)) as never);
      return reply.type("application/json; charset=utf-8").send(doc);
    },
  );

  app.post(
    "/api/families/import",
    {
      // Anyone signed in may start a family; an import starts one from a file.
      config: { policy: signedIn },
      bodyLimit: IMPORT_BODY_LIMIT,
      // The refusal is written here, to name the first problems in words (and the format before all else).
      attachValidation: true,
      schema: {
        tags: ["families"],
        summary:
          "Make a new family of your own from an Attune family export (as GET /api/families/:id/export?format=json gives it): settings, babies and entries, and your own check-ins and thought records. All or nothing. Other trackers' files are not read here",
        body: familyExportSchema,
        response: { 201: importReportSchema, 413: errorReplies[400], ...errorReplies },
      },
    },
    async (request, reply) => {
      if (request.validationError) refusal(request.body);
      const doc = request.body;
      const now = Date.now();
      const check = checkFamilyExport(doc, now);
      const problems = check.ok ? [] : [...check.problems];
      doc.screenings.forEach((s, i) => {
        if (!isInstrumentId(s.instrumentId))
          problems.push(`screenings[${i}].instrumentId: Attune has no check-in called "${s.instrumentId}"`);
      });
      if (!check.ok || problems.length)
        refuse("invalid_family_export", "This Attune family export cannot be imported", problems);

      const me = actorOf(request).id;
      const exporter = doc.caregivers.find((c) => c.you);
      const input: FamilyImport = {
        family: {
          name: doc.family.name,
          timeZone: doc.family.timeZone,
          region: doc.family.region,
          customTypes: doc.family.customTypes,
        },
        relationship: exporter?.relationship ?? "parent",
        babies: doc.babies.map((b) => ({
          key: b.id,
          name: b.name,
          birthDate: b.birthDate ?? null,
          dueDate: b.dueDate ?? null,
          gestationalWeeks: b.gestationalWeeks ?? null,
          sex: b.sex ?? null,
        })),
        entries: check.entries.map((e) => ({
          id: e.id ?? "",
          babyKey: e.babyId,
          type: e.type,
          startedAt: e.startedAt,
          endedAt: e.endedAt,
          details: e.details,
          moments: e.moments,
          cues: e.cues,
          feeling: e.feeling,
          note: e.note,
          createdAt: e.createdAt,
          updatedAt: e.updatedAt,
        })),
        screenings: doc.screenings.map((s) => ({
          id: s.id,
          babyKey: s.subject === "self" ? null : s.subject.babyId,
          instrumentId: s.instrumentId,
          instrumentVersion: s.instrumentVersion,
          lang: s.lang,
          completedAt: Date.parse(s.completedAt),
          total: s.total,
          result: {
            subscales: s.subscales,
            bands: s.bands,
            flags: s.flags,
            ...(s.criteria ? { criteria: s.criteria } : {}),
          },
          forVisit: s.sharing.visitSummary,
          forClinicians: s.sharing.clinicians,
          answers: s.answers,
        })),
        thoughtRecords: doc.thoughtRecords.map((r) => ({
          id: r.id,
          situation: r.situation,
          automaticThought: r.automaticThought,
          feelings: r.feelings.map((f) => ({ name: f.name, intensity: f.intensity, after: f.after ?? null })),
          evidenceFor: r.evidenceFor,
          evidenceAgainst: r.evidenceAgainst,
          balancedThought: r.balancedThought,
          sharedWithClinicians: r.sharedWithClinicians,
          createdAt: Date.parse(r.createdAt),
          updatedAt: Date.parse(r.updatedAt),
        })),
      };
      const outcome = await familyData.importFamily(input, me, auditOf(request), now);
      const others = new Set(doc.caregivers.filter((c) => !c.you).map((c) => c.id));
      return reply.status(201).send({
        family: { ...outcome.family, permission: "owner" as const },
        imported: {
          babies: outcome.babies,
          entries: outcome.entries,
          entryIdsKept: outcome.entryIdsKept,
          screenings: outcome.screenings,
          screeningsAlreadyHere: outcome.screeningsAlreadyHere,
          thoughtRecords: outcome.thoughtRecords,
          customTypes: doc.family.customTypes.length,
          entriesByOtherCaregivers: doc.entries.filter((e) => others.has(e.caregiverId)).length,
        },
        notImported: {
          otherCaregivers: others.size,
          observations: doc.careTeam.observations.length,
          referrals: doc.careTeam.referrals.length,
          assignments: doc.careTeam.assignments.length,
          checkinRequests: doc.careTeam.checkinRequests.length,
          shares: doc.shares.length,
          accessLog: doc.accessLog.length,
        },
        source: {
          attuneVersion: doc.attuneVersion,
          exportedAt: doc.exportedAt,
          exportedBy: doc.exportedBy.name,
          familyName: doc.family.name,
        },
      });
    },
  );
};
