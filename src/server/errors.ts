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
 * 404 for something the caller may not see or that does not exist: the two answer alike, so nothing leaks.
 * `details.resource` ("case", "thought_record") lets the web app say it in the person's language.
 */
export const notFound = (what: string) =>
  new HttpError(404, "not_found", `${what} was not found.`, {
    resource: what
      .replace(/^(That|Your) /, "")
      .toLowerCase()
      .replace(/[^a-z]+/g, "_"),
  });
export const forbidden = (message = "You do not have access to this.") =>
  new HttpError(403, "forbidden", message);
export const unauthenticated = () =>
  new HttpError(401, "unauthenticated", "Please sign in first: this needs an account.");
export const conflict = (code: string, message: string) => new HttpError(409, code, message);

export function errorBody(code: string, message: string, details?: unknown): ApiErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}
