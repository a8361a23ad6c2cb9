import type { ConsentScope } from "../../../src/domain/consent.js";
import type { HttpClient, Reply } from "../http-client.js";

/**
 * How the authorization matrix (test/integration/clinician-access.test.ts) calls one clinician route on a
 * case. Each feature of the case file adds its routes in a file of its own in this folder, exporting
 * `caseRoutes`; a route under /api/cases that no file names fails the matrix.
 */
export interface CaseRouteCall {
  /** The scope a share must cover for this route; none when any active share will do. */
  scope?: ConsentScope;
  /** Call the route as `as` on `caseId`; a write sends a valid body, so that only authorization can refuse it. */
  call: (as: HttpClient, caseId: string) => Promise<Reply>;
  /** Statuses that mean "allowed" (a GET 200; a POST 201 or 200). */
  allowed?: number[];
}
export type CaseRoutes = Record<string, CaseRouteCall>;
