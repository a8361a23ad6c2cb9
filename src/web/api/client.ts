// One small fetch wrapper for the Attune API, so every call sends the session cookie, speaks JSON and
// fails in the same two ways: ApiError (the server answered "no") or NetworkError (we never reached it).
// Keeping those apart matters: being offline must never look like being signed out.

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  /** True when the message came from the server and is meant for people to read. */
  readonly hasServerMessage: boolean;

  constructor(status: number, code: string, message: string, details: unknown, hasServerMessage: boolean) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
    this.hasServerMessage = hasServerMessage;
  }
}

export class NetworkError extends Error {
  constructor(cause: unknown) {
    super("The Attune server could not be reached.", { cause });
    this.name = "NetworkError";
  }
}

export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: "same-origin", headers: { accept: "application/json" } };
  if (body !== undefined) {
    init.headers = { accept: "application/json", "content-type": "application/json" };
    init.body = JSON.stringify(body);
  }

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    throw new NetworkError(cause);
  }

  const payload = await readJson(response);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
}

export const api = {
  get: <T>(path: string) => apiRequest<T>("GET", path),
  post: <T>(path: string, body: unknown = {}) => apiRequest<T>("POST", path, body),
  put: <T>(path: string, body: unknown) => apiRequest<T>("PUT", path, body),
  patch: <T>(path: string, body: unknown) => apiRequest<T>("PATCH", path, body),
  delete: <T = null>(path: string) => apiRequest<T>("DELETE", path),
};

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => "");
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function toApiError(status: number, payload: unknown): ApiError {
  // The contract is { error: { code, message, details? } }; a bare { code, message } is accepted too so a
  // proxy or an auth library answering in its own shape still gives people a readable message.
  const source = isRecord(payload) && isRecord(payload.error) ? payload.error : payload;
  if (isRecord(source) && typeof source.message === "string" && source.message.trim() !== "") {
    const code = typeof source.code === "string" ? source.code : `http_${status}`;
    return new ApiError(status, code, source.message, source.details, true);
  }
  return new ApiError(status, `http_${status}`, `Request failed with status ${status}`, undefined, false);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
