import { existsSync, readFileSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { publicAccess } from "../policies/policy.js";

/** The app's HTML for a page path: index.html, naming that page's own files when the build listed them. */
export type SpaPage = (pathname: string) => string;

/**
 * Serves the built SPA (dist/web). Hashed assets are cached for a year; index.html and the service worker
 * are revalidated on every load so that a new version reaches people on their next visit.
 * Returns the page HTML for the not-found handler's fallback, or null when there is no build.
 */
export async function registerWeb(app: FastifyInstance, webRoot: string): Promise<SpaPage | null> {
  if (!existsSync(`${webRoot}/index.html`)) {
    app.log.warn({ webRoot }, "no web build found: serving the API only (run npm run build)");
    return null;
  }
  const spaPage = spaPages(webRoot);
  await app.register(async (web) => {
    web.addHook("onRoute", (route) => {
      route.config = { ...(route.config ?? {}), policy: publicAccess("the web app's static files") };
    });
    await web.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      // "/" is a page like any other, answered below with its files named.
      index: false,
      preCompressed: true,
      setHeaders(res, path) {
        const immutable = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.(js|css|svg|png|woff2)$/.test(path);
        res.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
    web.get("/", (_request, reply) =>
      reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(spaPage("/")),
    );
  });
  return spaPage;
}

interface PagePreloads {
  path: string;
  scripts: string[];
  styles: string[];
}

/**
 * index.html with the files of the page asked for named in its head (dist/web/page-preloads.json, written by
 * scripts/page-preloads.ts): a phone then downloads the page's code alongside the main script rather than
 * after it. Low priority like the main script, so the static header still paints first. Built once per page.
 */
function spaPages(webRoot: string): SpaPage {
  const html = readFileSync(`${webRoot}/index.html`, "utf8");
  const listed = `${webRoot}/page-preloads.json`;
  const pages = existsSync(listed) ? (JSON.parse(readFileSync(listed, "utf8")) as PagePreloads[]) : [];
  const variants = pages.map(({ path, scripts, styles }) => {
    const links = [
      ...scripts.map((href) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="${href}">`),
      ...styles.map(
        (href) => `<link rel="preload" as="style" fetchpriority="low" crossorigin href="${href}">`,
      ),
    ];
    return { path: new RegExp(path), html: html.replace("</head>", `${links.join("\n")}\n</head>`) };
  });
  return (pathname) => variants.find((v) => v.path.test(pathname))?.html ?? html;
}
