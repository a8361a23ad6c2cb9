// One small fetch wrapper for the Attune API, so every call sends the session cookie, speaks JSON and
// fails in the same two ways: ApiError (the server answered "no") or NetworkError (we never reached it).
// Keeping those apart matters: being offline must never look like being signed out.
/// <reference types="vite/client" />
import type { z } from "zod";

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

/**
 * A reply's schema from src/contract. Replies are checked against it in development and in tests, so a
 * server and client that drift apart fail loudly where someone is looking; a production build only casts
 * (the check is compiled out), so a phone never pays for it.
 */
export type ReplySchema = z.ZodType;
const checksReplies = import.meta.env.DEV || import.meta.env.MODE === "test";

export async function apiRequest<T>(
  method: Method,
  path: string,
  body?: unknown,
  reply?: ReplySchema,
): Promise<T> {
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
  if (reply && checksReplies) return checkedReply(method, path, payload, reply) as T;
  return payload as T;
}

/** Thrown in development and tests when a reply does not match its contract: a bug, not a person's mistake. */
export class ReplyContractError extends Error {
  readonly path: string;
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(method: Method, path: string, issues: readonly z.core.$ZodIssue[]) {
    const where = issues
      .slice(0, 5)
      .map((i) => `${i.path.length > 0 ? i.path.join(".") : "(the reply)"}: ${i.message}`)
      .join("; ");
    super(`The reply to ${method} ${path} does not match its contract (src/contract): ${where}`);
    this.name = "ReplyContractError";
    this.path = path;
    this.issues = issues;
  }
}

function checkedReply(method: Method, path: string, payload: unknown, reply: ReplySchema): unknown {
  const checked = reply.safeParse(payload);
  if (!checked.success) throw new ReplyContractError(method, path, checked.error.issues);
  // The payload as it came, not the parsed copy: parsing would drop any field the contract does not name.
  return payload;
}

/**
 * Each call may name its reply's schema; its type then comes from the schema (z.infer), and the reply is
 * checked in development. Without one, the caller states the type, as before the contract.
 */
function get<S extends ReplySchema>(path: string, reply: S): Promise<z.output<S>>;
function get<T>(path: string): Promise<T>;
function get(path: string, reply?: ReplySchema) {
  return apiRequest("GET", path, undefined, reply);
}

function post<S extends ReplySchema>(path: string, body: unknown, reply: S): Promise<z.output<S>>;
function post<T>(path: string, body?: unknown): Promise<T>;
function post(path: string, body: unknown = {}, reply?: ReplySchema) {
  return apiRequest("POST", path, body, reply);
}

function put<S extends ReplySchema>(path: string, body: unknown, reply: S): Promise<z.output<S>>;
function put<T>(path: string, body: unknown): Promise<T>;
function put(path: string, body: unknown, reply?: ReplySchema) {
  return apiRequest("PUT", path, body, reply);
}

function patch<S extends ReplySchema>(path: string, body: unknown, reply: S): Promise<z.output<S>>;
function patch<T>(path: string, body: unknown): Promise<T>;
function patch(path: string, body: unknown, reply?: ReplySchema) {
  return apiRequest("PATCH", path, body, reply);
}

export const api = {
  get,
  post,
  put,
  patch,
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
