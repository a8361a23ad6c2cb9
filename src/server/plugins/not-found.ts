import type { FastifyInstance } from "fastify";
import { errorBody } from "../errors.js";
import type { SpaPage } from "./web.js";

/**
 * Unknown /api paths get a JSON 404 that points at the docs. Any other GET that wants HTML gets the SPA's
 * index.html, so that deep links such as /settings work when typed or reloaded.
 */
export function registerNotFound(app: FastifyInstance, spaPage: SpaPage | null) {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    const wantsPage = (request.method === "GET" || request.method === "HEAD") && !path.startsWith("/api");
    if (spaPage && wantsPage && (request.headers.accept ?? "").includes("text/html")) {
      return reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(spaPage(path));
    }
    return reply
      .status(404)
      .send(
        errorBody(
          "not_found",
          path.startsWith("/api")
            ? `No API route matches ${request.method} ${path}. The routes are listed at /api/docs.`
            : `Nothing is at ${path}.`,
        ),
      );
  });
}
