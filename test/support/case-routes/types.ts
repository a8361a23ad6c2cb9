import type { ConsentScope } from "../../../src/domain/consent.js";
import type { HttpClient, Reply } from "../http-client.js";

/** Ids a route acts on inside a case (a note, a referral, a caregiver), made before anyone calls it. */
export type Made = Record<string, string>;

/** For a case id that is not a case at all: whatever the route acts on cannot exist either. */
export const NO_SUCH_ID = "0190a6d1-0000-7000-8000-0000000000ff";

/**
 * How the authorization matrix (test/integration/clinician-access.test.ts) calls one clinician route on a
 * case. Each feature of the case file adds its routes in a file of its own in this folder, exporting
 * `caseRoutes`; a route under /api/cases that no file names fails the matrix.
 */
export interface CaseRouteCall {
  /** The scope a share must cover for this route; none when any active share will do. */
  scope?: ConsentScope;
  /**
   * Makes what the route acts on, as the case's own clinician while the share is active, so that every
   * refusal the matrix checks is a refusal of something real, never of an id that does not exist.
   */
  setup?: (clinician: HttpClient, caseId: string) => Promise<Made>;
  /** Call the route as `as` on `caseId`; a write sends a valid body, so that only authorization can refuse it. */
  call: (as: HttpClient, caseId: string, made: Made) => Promise<Reply>;
  /** Statuses that mean "allowed" (a GET 200; a POST 201 or 200). */
  allowed?: number[];
}
export type CaseRoutes = Record<string, CaseRouteCall>;

/** The case's first caregiver and baby, read from its overview by its own clinician. */
export async function dyadOf(clinician: HttpClient, caseId: string): Promise<Made> {
  const overview = await clinician.get(`/api/cases/${caseId}`);
  if (overview.status !== 200)
    throw new Error(`setup: the case's clinician cannot read it (${overview.status})`);
  return { caregiverId: overview.json.caregivers[0].userId, babyId: overview.json.babies[0].id };
}

/** The id a write made, or a failing setup that says why. */
export function madeId(reply: Reply, what: string): string {
  if (reply.status !== 201)
    throw new Error(`setup: ${what} was refused (${reply.status} ${reply.text.slice(0, 200)})`);
  return reply.json.id as string;
}
