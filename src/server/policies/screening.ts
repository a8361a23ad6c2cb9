import type { Screening } from "../../db/repositories/screenings.js";
import { notFound } from "../errors.js";
import { idOf } from "../routes/schemas.js";
import { policy } from "./policy.js";

/**
 * Screenings are private to the person who answered them (until the clinician work adds sharing with
 * consent). Anyone else is told the screening does not exist (404), never that it is someone else's.
 */
declare module "fastify" {
  interface FastifyRequest {
    screening?: Screening;
  }
}

/** The person who answered the screening in :id. */
export const ownScreening = policy("screening: own", async (actor, request) => {
  const id = idOf(request);
  const screening = await request.server.attune.screenings.get(id);
  if (!screening || screening.userId !== actor.id) throw notFound("screening");
  request.screening = screening;
  return true;
});

/**
 * Anyone signed in may check in and list their own results. A screening about a baby also needs the person
 * to be that baby's caregiver; the baby is named in the body, which policies run before, so the route
 * checks it (answering 404 for a baby that is not theirs).
 */
export const ownCheckIns = policy(
  "screenings: own (a baby subject: its caregiver, checked in the route)",
  () => true,
);

/** The instrument definitions are for anyone signed in. */
export const readInstruments = policy("instruments: signed in", () => true);
