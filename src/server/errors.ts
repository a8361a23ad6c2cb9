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

export const notFound = (what: string) => new HttpError(404, "not_found", `${what} was not found.`);
export const forbidden = (message = "You do not have access to this.") =>
  new HttpError(403, "forbidden", message);
export const unauthenticated = () =>
  new HttpError(401, "unauthenticated", "Please sign in first: this needs an account.");
export const conflict = (code: string, message: string) => new HttpError(409, code, message);

export function errorBody(code: string, message: string, details?: unknown): ApiErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}
