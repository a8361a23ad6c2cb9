import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { errorBody, HttpError } from "../errors.js";
import { noteStorageProblem, noteWriteSucceeded, storageHttpError, storageProblem } from "../storage.js";

type Issue = { instancePath?: string; message?: string; params?: Record<string, unknown> };

/** "body.name: expected string" — where the problem is and what was expected, in one line each. */
function describeIssues(context: string, issues: Issue[]): string {
  return issues
    .map((i) => {
      const path = (i.instancePath ?? "").split("/").filter(Boolean).join(".");
      const where = path ? `${context}.${path}` : context;
      const unknownKeys = (i.params?.issue as { keys?: string[] } | undefined)?.keys;
      if (unknownKeys?.length)
        return `${where}: unknown field(s) ${unknownKeys.map((k) => `"${k}"`).join(", ")}`;
      return `${where}: ${i.message ?? "is not valid"}`;
    })
    .join("; ");
}

/**
 * Maps every failure onto the one error shape. Client mistakes keep their 4xx status and get a message a
 * person can act on; anything else is logged in full and answered with a plain 500 that reveals nothing.
 */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof HttpError) {
      return reply.status(err.statusCode).send(errorBody(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const context = err.validationContext ?? "request";
      const issues = err.validation as unknown as Issue[];
      return reply.status(400).send(
        errorBody("invalid_input", `The request was not valid: ${describeIssues(context, issues)}.`, {
          in: context,
          issues: issues.map((i) => ({ path: i.instancePath ?? "", message: i.message ?? "" })),
        }),
      );
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, "reply did not match its schema");
      return reply
        .status(500)
        .send(errorBody("internal", "Something went wrong on our side. It has been logged."));
    }
    switch (err.code) {
      case "FST_ERR_CTP_INVALID_JSON_BODY":
      case "FST_ERR_CTP_EMPTY_JSON_BODY":
        return reply
          .status(400)
          .send(
            errorBody(
              "malformed_json",
              "The request body is not valid JSON. Check quotes, commas and brackets, or send no body.",
            ),
          );
      case "FST_ERR_CTP_BODY_TOO_LARGE":
        return reply
          .status(413)
          .send(
            errorBody(
              "body_too_large",
              `The request body is larger than the ${request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit} bytes allowed.`,
            ),
          );
      case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
        return reply
          .status(415)
          .send(
            errorBody("unsupported_media_type", "Send the body as JSON with content-type: application/json."),
          );
    }
    // JSON.parse failures surface as SyntaxError with a 400 status from Fastify's parser.
    if (err instanceof SyntaxError && err.statusCode === 400) {
      return reply.status(400).send(errorBody("malformed_json", "The request body is not valid JSON."));
    }
    const status = err.statusCode ?? 500;
    if (status === 429) {
      return reply
        .status(429)
        .send(errorBody("rate_limited", "Too many requests. Please wait a minute and try again."));
    }
    if (status >= 400 && status < 500) {
      const code = (err.code ?? "bad_request").replace(/^FST_ERR_/, "").toLowerCase();
      return reply.status(status).send(errorBody(code, err.message));
    }
    // A full disk or a read-only database: say so (507 or 503), and name the cause in the log.
    const storage = storageProblem(err);
    if (storage) {
      noteStorageProblem(app.attune.database, storage);
      const why = storage.problem === "full" ? "the disk is full" : "the database is read-only";
      request.log.error({ err }, `the database could not write: ${storage.code} (${why})`);
      const answer = storageHttpError(storage.problem);
      return reply.status(answer.statusCode).send(errorBody(answer.code, answer.message));
    }
    request.log.error({ err }, "unhandled error");
    return reply
      .status(500)
      .send(errorBody("internal", "Something went wrong on our side. It has been logged."));
  });
  // A state-changing request that succeeded has written to the database: whatever stopped writes is over
  // (health stops reporting it).
  app.addHook("onResponse", async (request, reply) => {
    if (reply.statusCode < 400 && !["GET", "HEAD", "OPTIONS"].includes(request.method))
      noteWriteSucceeded(app.attune.database);
  });
}
