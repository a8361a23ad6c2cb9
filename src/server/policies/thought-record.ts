import type { ThoughtRecord } from "../../db/repositories/thought-records.js";
import { notFound } from "../errors.js";
import { idOf } from "../routes/schemas.js";
import { policy } from "./policy.js";

/**
 * A thought record is its author's alone: anyone else, another caregiver of the same family included, is
 * told it does not exist (404), never that it is someone else's. (A clinician reads shared records through
 * the case, with the family's consent, not through these routes.)
 */
declare module "fastify" {
  interface FastifyRequest {
    thoughtRecord?: ThoughtRecord;
  }
}

/** The author of the thought record in :id. */
export const ownThoughtRecord = policy("thought record: its author", async (actor, request) => {
  const id = idOf(request);
  const record = await request.server.attune.thoughtRecords.get(id);
  if (!record || record.userId !== actor.id) throw notFound("thought_record");
  request.thoughtRecord = record;
  return true;
});

/**
 * Anyone signed in lists their own records. Writing one also needs the family it is kept with to be one of
 * theirs; the family is named in the body, which policies run before, so the route checks it (answering
 * 404 for a family that is not theirs).
 */
export const ownThoughtRecords = policy(
  "thought records: own (the family named in the body: a caregiver of it, checked in the route)",
  () => true,
);
