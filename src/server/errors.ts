/**
 * The one error shape Attune's API answers with: { error: { code, message, details? } }.
 * `message` is written for a person: it says what was wrong and, where possible, what would work.
 */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/**
 * What a 404 can be about. The key is `details.resource`, which the web app looks up as
 * `errors.notFound.<resource>` to say it in the person's language; the noun is for the English message.
 */
const resourceNouns = {
  account: "account",
  assignment: "assignment",
  baby: "baby",
  caregiver: "caregiver",
  caregiver_and_baby_in_this_family: "caregiver and baby in this family",
  case: "case",
  check_in_request: "check-in request",
  coding_scheme: "coding scheme",
  coding_session: "coding session",
  credential_on_this_listing: "credential on this listing",
  entry: "entry",
  family: "family",
  idea: "idea",
  import: "import",
  instrument: "instrument",
  listing: "listing",
  note: "note",
  observation: "observation",
  open_invite: "open invite",
  organization: "organization",
  provider: "provider",
  referral: "referral",
  screening: "screening",
  service: "service",
  service_at_location: "service at location",
  share: "share",
  taxonomy: "taxonomy",
  taxonomy_term: "taxonomy term",
  thought_record: "thought record",
} as const;

export type ResourceKey = keyof typeof resourceNouns;
export const resourceKeys = Object.keys(resourceNouns) as ResourceKey[];

/**
 * 404 for something the caller may not see or that does not exist: the two answer alike, so nothing leaks.
 * `own` says it of the caller's own ("Your account was not found.") rather than "That account …".
 */
export const notFound = (resource: ResourceKey, { own = false }: { own?: boolean } = {}) =>
  new HttpError(404, "not_found", `${own ? "Your" : "That"} ${resourceNouns[resource]} was not found.`, {
    resource,
  });
export const forbidden = (message = "You do not have access to this.") =>
  new HttpError(403, "forbidden", message);
export const unauthenticated = () =>
  new HttpError(401, "unauthenticated", "Please sign in first: this needs an account.");
export const conflict = (code: string, message: string) => new HttpError(409, code, message);

export function errorBody(code: string, message: string, details?: unknown): ApiErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}
