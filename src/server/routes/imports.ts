import multipart from "@fastify/multipart";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod, ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { toImport } from "../../db/repositories/imports.js";
import { timeZoneSchema } from "../../domain/family.js";
import {
  type BabyBuddyUnits,
  readBabyBuddyChildren,
  readBabyBuddyRecords,
} from "../../domain/import/babybuddy.js";
import { type NoteWords, noteWords } from "../../domain/import/note-words.js";
import { SeveralChildren } from "../../domain/import/types.js";
import { HttpError, notFound } from "../errors.js";
import { pullBabyBuddy } from "../imports/babybuddy-pull.js";
import { readUpload, uploadFormats } from "../imports/read-upload.js";
import { type ImportRun, runImport } from "../imports/run-import.js";
import { actorOf } from "../plugins/authorize.js";
import { babyCaregiver, importCaregiver } from "../policies/family.js";
import { guarded } from "../policies/loaded.js";
import { errorReplies, idParams } from "./schemas.js";

/**
 * The largest export accepted: three years of a busy Huckleberry log is a few MB; 24 MB leaves room (the
 * issue asks for at least 20) and still bounds what one request makes the server read. Only these routes.
 */
export const IMPORT_UPLOAD_LIMIT = 24 * 1024 * 1024;

const formats = ["auto", ...uploadFormats] as const;
const replyFormats = [...uploadFormats, "babybuddy"] as const;

const draftSchema = z.object({
  line: z.number(),
  type: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
  loggedBy: z.string().nullable(),
  sourceType: z.string(),
});

const childSchema = z.object({ id: z.string(), name: z.string(), birthDate: z.string().nullable() });

const importReply = z.object({
  id: z.string().nullable().describe("The import's id; null for a dry run, which writes nothing"),
  format: z.enum(replyFormats),
  dryRun: z.boolean(),
  counts: z.record(z.string(), z.number()).describe("Entries Attune would keep, by type"),
  total: z.number(),
  duplicates: z.number().describe("Of those, already here from an earlier import"),
  added: z.number(),
  errors: z
    .array(
      z.object({
        line: z.number(),
        code: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])),
        message: z.string(),
      }),
    )
    .describe(
      "Every row that cannot be read or kept, and why: `line` is the CSV line (the header is line 1), or the position in a JSON file's or an API list's entries; `code` and `params` say why for the app to word in its language (src/domain/import/row-errors.ts), `message` says it in English",
    ),
  ignoredColumns: z.array(z.string()),
  range: z.object({ from: z.string(), to: z.string() }).nullable(),
  sample: z.array(draftSchema).describe("The first 10 entries as Attune will store them"),
  child: childSchema
    .nullable()
    .describe(
      "The child the file is about, when it says (Nara, Baby Buddy, Attune): the baby can be made from it",
    ),
});

const importRecord = z.object({
  id: z.string(),
  babyId: z.string(),
  format: z.string(),
  timeZone: z.string(),
  total: z.number(),
  added: z.number(),
  duplicates: z.number(),
  errors: z.number(),
  range: z.object({ from: z.string(), to: z.string() }).nullable(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
  undoable: z.boolean(),
});

const dryRunQuery = z.enum(["true", "false"]).default("true");

/** Baby Buddy keeps numbers without units: the ones the family used it with (unsaid: ml, kg, cm). */
const unitsSchema = z
  .object({
    volumeUnit: z.enum(["ml", "oz"]).optional(),
    weightUnit: z.enum(["kg", "lb"]).optional(),
    lengthUnit: z.enum(["cm", "in"]).optional(),
    temperatureUnit: z
      .enum(["c", "f"])
      .optional()
      .describe("Unsaid, a reading above 50 is taken as °F and any other as °C"),
  })
  .strict()
  .describe("Baby Buddy keeps numbers without units: the ones this Baby Buddy was used with");

/**
 * History from other trackers (issue 17): previewed first (a dry run writes nothing), then imported as one
 * batch that can be undone for 30 days. Every row gets an id derived from the baby and the row, so importing
 * the same file again adds nothing, and a longer export made later adds only its new rows. The routes read
 * the upload or the pull; src/server/imports/run-import.ts does the rest for both.
 */
export const importRoutes: FastifyPluginAsyncZod<{ privateHosts: boolean }> = async (app, options) => {
  const { families, preferences, imports, audit } = app.attune;

  /** Who imports into which baby, and how: what every import shares before its rows are read. */
  async function importer(
    request: FastifyRequest,
    { baby, membership }: { baby: { id: string }; membership: { familyId: string } },
  ) {
    const actor = actorOf(request);
    const family = await families.get(membership.familyId);
    // Every word the import writes into the log that is not the file's, in the importer's language.
    const words = noteWords[(await preferences.get(actor.id)).locale];
    return {
      babyId: baby.id,
      familyId: membership.familyId,
      userId: actor.id,
      ip: request.ip,
      familyZone: family?.timeZone ?? "UTC",
      loggedBy: words.loggedBy,
      words,
    } satisfies Partial<ImportRun> & { familyZone: string; words: NoteWords };
  }

  /** Runs an import, or only its preview: 200 with what a dry run would do, 201 with what was written. */
  async function imported(reply: FastifyReply, run: Omit<ImportRun, "dryRun">, dryRun: string) {
    const result = await runImport(app.attune, { ...run, dryRun: dryRun === "true" });
    return reply.status(result.dryRun ? 200 : 201).send(result);
  }

  await app.register(async (scope) => {
    const upload = scope.withTypeProvider<ZodTypeProvider>();
    // The file is the raw body (text/csv as a browser or curl sends it, any other type a file picker gives
    // a .csv, Attune's JSON or zip), or the one file of a multipart form.
    upload.removeContentTypeParser(["application/json", "text/plain"]);
    upload.addContentTypeParser(
      [
        "text/csv",
        "text/plain",
        "application/json",
        "application/zip",
        "application/x-zip-compressed",
        "application/octet-stream",
        "application/vnd.ms-excel",
      ],
      { parseAs: "buffer", bodyLimit: IMPORT_UPLOAD_LIMIT },
      (_request, body, done) => done(null, body),
    );
    await upload.register(multipart, {
      limits: { fileSize: IMPORT_UPLOAD_LIMIT, files: 1, fields: 10, parts: 12 },
    });

    upload.post(
      "/api/babies/:id/imports",
      guarded(
        babyCaregiver,
        {
          bodyLimit: IMPORT_UPLOAD_LIMIT,
          schema: {
            tags: ["imports"],
            summary:
              "Preview (dryRun=true, the default) or import an export for this baby: Huckleberry, Nara Baby or Baby Buddy CSV, or Attune's own (JSON, CSV or zip). The file is the raw body (text/csv, application/json, application/zip) or the one file of a multipart/form-data form. Wall times are read in timeZone (default: the family's)",
            params: idParams,
            querystring: z
              .object({
                format: z.enum(formats).default("auto"),
                timeZone: timeZoneSchema.optional(),
                dryRun: dryRunQuery,
                child: z
                  .string()
                  .min(1)
                  .max(100)
                  .optional()
                  .describe(
                    "Which child of the file, when it holds several (the ids a choose_child error lists)",
                  ),
              })
              .extend(unitsSchema.shape)
              .strict(),
            response: { 200: importReply, 201: importReply, 413: errorReplies[400], ...errorReplies },
          },
        },
        async (request, reply, loaded) => {
          const who = await importer(request, loaded);
          const bytes = await uploadedFile(request);
          const timeZone = request.query.timeZone ?? who.familyZone;
          const read = readUpload(bytes, {
            format: request.query.format,
            timeZone,
            targetBabyId: who.babyId,
            ...(request.query.child !== undefined ? { childId: request.query.child } : {}),
            units: unitsOf(request.query),
            words: who.words,
          });
          const { format, child, ...parsed } = read;
          return imported(reply, { ...who, format, timeZone, parsed, child }, request.query.dryRun);
        },
      ),
    );
  });

  app.post(
    "/api/babies/:id/imports/babybuddy",
    guarded(
      babyCaregiver,
      {
        schema: {
          tags: ["imports"],
          summary:
            "Preview (dryRun=true, the default) or import one child's history from a running Baby Buddy, through its API. The key is used for this request only, never stored. Without childId, a Baby Buddy with several children answers 400 choose_child with their list",
          params: idParams,
          querystring: z.object({ dryRun: dryRunQuery, timeZone: timeZoneSchema.optional() }).strict(),
          body: z
            .object({
              url: z.string().min(1).max(2000).describe("Where Baby Buddy is, as opened in a browser"),
              token: z
                .string()
                .trim()
                .min(1, "the API key is needed: it is on Baby Buddy's user settings page")
                .max(200),
              childId: z.coerce.number().int().positive().optional(),
              units: unitsSchema.default({}),
            })
            .strict(),
          response: {
            200: importReply,
            201: importReply,
            413: errorReplies[400],
            502: errorReplies[400],
            ...errorReplies,
          },
        },
      },
      async (request, reply, loaded) => {
        const who = await importer(request, loaded);
        const { url, token, units } = request.body;
        const listed = await pullBabyBuddy({ url, token, childId: null, privateHosts: options.privateHosts });
        const children = readBabyBuddyChildren(listed.children);
        const childId = request.body.childId ?? (children.length === 1 ? children[0]?.id : undefined);
        const child = children.find((c) => c.id === childId);
        if (!child)
          throw new HttpError(400, "choose_child", new SeveralChildren(children.map(asSourceChild)).message, {
            children: children.map(asSourceChild),
          });
        const pulled = await pullBabyBuddy({
          url,
          token,
          childId: child.id,
          privateHosts: options.privateHosts,
        });
        // Times from the API carry their offset; the zone places what has only a date (a weight).
        const timeZone = request.query.timeZone ?? who.familyZone;
        const parsed = readBabyBuddyRecords(pulled.batches, timeZone, unitsOf(units), who.words);
        const run = { ...who, format: "babybuddy" as const, timeZone, parsed, child: asSourceChild(child) };
        return imported(reply, run, request.query.dryRun);
      },
    ),
  );

  app.get(
    "/api/babies/:id/imports",
    {
      config: { policy: babyCaregiver },
      schema: {
        tags: ["imports"],
        summary: "The history imported for this baby, newest first, and whether each can still be undone",
        params: idParams,
        response: { 200: z.object({ items: z.array(importRecord) }), ...errorReplies },
      },
    },
    async (request) => ({ items: await imports.list(request.params.id) }),
  );

  app.delete(
    "/api/imports/:id",
    {
      config: { policy: importCaregiver },
      schema: {
        tags: ["imports"],
        summary:
          "Undo an import, within 30 days: exactly the entries it added are deleted; entries logged since stay",
        params: idParams,
        response: { 200: z.object({ removed: z.number() }), ...errorReplies },
      },
    },
    async (request) => {
      const found = await imports.get(request.params.id);
      if (!found) throw notFound("import");
      const record = toImport(found);
      if (record.undoneAt) throw new HttpError(409, "already_undone", "This import was already undone.");
      if (!record.undoable)
        throw new HttpError(
          409,
          "too_old_to_undo",
          "An import can be undone for 30 days; this one is older. Its entries can still be deleted one by one.",
        );
      const removed = await imports.undo(found.id);
      if (removed === null) throw new HttpError(409, "already_undone", "This import was already undone.");
      await audit.record({
        actorId: actorOf(request).id,
        ip: request.ip,
        action: "entries.import_undone",
        subjectType: "baby",
        subjectId: found.baby_id,
        familyId: found.family_id,
        details: { importId: found.id, removed },
      });
      return { removed };
    },
  );
};

/** The units asked for, without the ones left unsaid (the reader's defaults then hold). */
const unitsOf = (asked: z.infer<typeof unitsSchema>): BabyBuddyUnits =>
  Object.fromEntries(
    Object.entries({
      volumeUnit: asked.volumeUnit,
      weightUnit: asked.weightUnit,
      lengthUnit: asked.lengthUnit,
      temperatureUnit: asked.temperatureUnit,
    }).filter(([, v]) => v !== undefined),
  );

const asSourceChild = (c: { id: number; name: string; birthDate: string | null }) => ({
  id: String(c.id),
  name: c.name,
  birthDate: c.birthDate,
});

/** The upload's bytes: the raw body, or the one file of a multipart form (bounded by the same limit). */
async function uploadedFile(request: {
  body: unknown;
  isMultipart: () => boolean;
  file: () => Promise<{ toBuffer: () => Promise<Buffer> } | undefined>;
}): Promise<Buffer> {
  if (request.isMultipart()) {
    const part = await request.file();
    if (!part) throw new HttpError(400, "no_file", "The form holds no file: choose the export to send.");
    return part.toBuffer();
  }
  if (Buffer.isBuffer(request.body) && request.body.length > 0) return request.body;
  throw new HttpError(
    400,
    "empty_file",
    "Send the export itself as the request body (text/csv, application/json or application/zip), or as the file of a multipart form.",
  );
}
