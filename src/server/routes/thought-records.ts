import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ThoughtRecord, ThoughtRecordAudit } from "../../db/repositories/thought-records.js";
import { uuidv7 } from "../../domain/ids.js";
import {
  changedFields,
  checkThoughtRecord,
  sameThoughtRecord,
  type ThoughtRecordCheck,
  thoughtRecordChangeSchema,
  thoughtRecordInputSchema,
} from "../../domain/thought-record.js";
import { conflict, HttpError, notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { guarded } from "../policies/loaded.js";
import { signedIn } from "../policies/signed-in.js";
import { changeOwnThoughtRecord, keepThoughtRecord, ownThoughtRecord } from "../policies/thought-record.js";
import { thoughtRecordSchema, thoughtRecordView } from "../presenters/thought-record.js";
import { pagedByTime, readPage } from "./paging.js";
import { errorReplies, errorSchema, idParams, page, pageQuery } from "./schemas.js";

function auditOf(request: FastifyRequest): ThoughtRecordAudit {
  const userAgent = request.headers["user-agent"];
  return { actorId: actorOf(request).id, ip: request.ip, ...(userAgent ? { userAgent } : {}) };
}

function checked(check: ThoughtRecordCheck, what: string) {
  if (check.ok) return check.record;
  throw new HttpError(
    400,
    "invalid_thought_record",
    `This ${what} cannot be saved: ${check.problems.join("; ")}.`,
    { problems: check.problems },
  );
}

/** A caregiver's own records page by when they were written. */
const ownRecordsPaging = pagedByTime(
  "createdAt",
  (r: ThoughtRecord) => r.createdAt,
  "That cursor is not one this API gave out.",
);

/**
 * Thought records (domain/thought-record.ts): a caregiver's own CBT worksheets, kept with one of their
 * families, private to them. Only the author reads, changes or deletes one; anyone else is told it does
 * not exist. A record marked shared can be read by a clinician the family shares with (thought records
 * included), through the case; nothing here shows it to anyone else.
 *
 * A device may make the id itself and send the record again after a lost reply (or from an offline
 * queue): the same id with the same words answers 200 with the record kept the first time, the same id
 * with other words 409.
 */
export const thoughtRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  const records = app.attune.thoughtRecords;

  app.get(
    "/api/thought-records",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["thought-records"],
        summary: "My own thought records, newest first, cursor-paged",
        querystring: pageQuery,
        response: { 200: page(thoughtRecordSchema), ...errorReplies },
      },
    },
    async (request) => {
      const { items, nextCursor } = await readPage(ownRecordsPaging, request.query, (window) =>
        records.list(actorOf(request).id, window),
      );
      return { items: items.map(thoughtRecordView), nextCursor };
    },
  );

  app.post(
    "/api/thought-records",
    {
      config: { policy: keepThoughtRecord },
      schema: {
        tags: ["thought-records"],
        summary:
          "Write a thought record, kept with one of my families and private to me (sharedWithClinicians false unless I say). Send an id made on the device to make resending safe",
        body: thoughtRecordInputSchema,
        response: { 200: thoughtRecordSchema, 201: thoughtRecordSchema, 409: errorSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id, ...draft } = request.body;
      const content = checked(checkThoughtRecord(draft), "thought record");
      const { record, created } = await records.create(
        { id: id ?? uuidv7(), userId: actor.id, content },
        auditOf(request),
      );
      // Someone else's record and another of one's own are answered alike: the id is taken, nothing more.
      if (!created && (record.userId !== actor.id || !sameThoughtRecord(record, content)))
        throw conflict(
          "id_in_use",
          "This id is already used for a different thought record. Make a new id for each record, and send the same one again only to retry that same record.",
        );
      return reply.status(created ? 201 : 200).send(thoughtRecordView(record));
    },
  );

  app.get(
    "/api/thought-records/:id",
    guarded(
      ownThoughtRecord,
      {
        schema: {
          tags: ["thought-records"],
          summary: "One of my thought records",
          params: idParams,
          response: { 200: thoughtRecordSchema, ...errorReplies },
        },
      },
      async (_request, _reply, { record }) => thoughtRecordView(record),
    ),
  );

  app.patch(
    "/api/thought-records/:id",
    guarded(
      changeOwnThoughtRecord,
      {
        schema: {
          tags: ["thought-records"],
          summary:
            "Change one of my thought records: its words, the feelings after, the family it is kept with, or whether a clinician may read it. Only the fields given change",
          params: idParams,
          body: thoughtRecordChangeSchema,
          response: { 200: thoughtRecordSchema, ...errorReplies },
        },
      },
      async (request, _reply, { record: current }) => {
        // Moving it to another family was decided by the policy (changeOwnThoughtRecord).
        const change = request.body;
        const content = checked(checkThoughtRecord({ ...current, ...change }), "change");
        const changed = changedFields(current, content);
        if (!changed.length) return thoughtRecordView(current);
        const updated = await records.update(current.id, content, changed, auditOf(request));
        if (!updated) throw notFound("thought_record");
        return thoughtRecordView(updated);
      },
    ),
  );

  app.delete(
    "/api/thought-records/:id",
    guarded(
      ownThoughtRecord,
      {
        schema: {
          tags: ["thought-records"],
          summary: "Delete one of my thought records for good",
          params: idParams,
          response: { 204: z.null(), ...errorReplies },
        },
      },
      async (request, reply, { record }) => {
        if (!(await records.remove(record.id, auditOf(request)))) throw notFound("thought_record");
        return reply.status(204).send(null);
      },
    ),
  );
};
