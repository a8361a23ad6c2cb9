import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { publicAccess } from "../policies/policy.js";

/**
 * Serves the built SPA (dist/web). Hashed assets are cached for a year; index.html and the service worker
 * are revalidated on every load so that a new version reaches people on their next visit.
 * Returns whether a build was found, so that the not-found handler knows whether it can fall back to it.
 */
export async function registerWeb(app: FastifyInstance, webRoot: string): Promise<boolean> {
  if (!existsSync(`${webRoot}/index.html`)) {
    app.log.warn({ webRoot }, "no web build found: serving the API only (run npm run build)");
    return false;
  }
  await app.register(async (web) => {
    web.addHook("onRoute", (route) => {
      route.config = { ...(route.config ?? {}), policy: publicAccess("the web app's static files") };
    });
    await web.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      index: ["index.html"],
      preCompressed: true,
      setHeaders(res, path) {
        const immutable = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.(js|css|svg|png|woff2)$/.test(path);
        res.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  });
  return true;
}
