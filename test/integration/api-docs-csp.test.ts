// /api/docs is served under the app's own strict content security policy: nothing from any other host, no
// `https:` wildcard, no inline script or style. (swagger-ui's own policy allowed https: fonts and styles and
// an image host of its validator.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const docsPaths = [
  "/api/docs",
  "/api/docs/",
  "/api/docs/static/swagger-ui.css",
  "/api/docs/static/index.css",
  "/api/docs/static/swagger-ui-bundle.js",
  "/api/docs/static/swagger-ui-standalone-preset.js",
  "/api/docs/static/swagger-initializer.js",
  "/api/docs/static/favicon-32x32.png",
  "/api/docs/json",
  "/api/openapi.json",
];

/** Every source any directive allows, as written. */
const sourcesOf = (csp: string) =>
  csp
    .split(";")
    .flatMap((d) => d.trim().split(/\s+/).slice(1))
    .filter(Boolean);

describe.each(databaseKinds)("the API docs' content security policy on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it("is the app's own strict policy on the docs page and every file it loads", async () => {
    const app = (await server.client().get("/api/health")).headers.get("content-security-policy");
    expect(app).toBeTruthy();
    for (const path of docsPaths) {
      const res = await server.client().get(path);
      expect(res.status, path).toBe(200);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, path).toBe(app);
      expect(csp, path).not.toMatch(/https:|http:|\*|unsafe-inline|unsafe-eval|validator\.swagger\.io/);
      // Only this server itself (and data: images), nothing from anywhere else.
      expect(
        sourcesOf(csp).filter((s) => !["'self'", "'none'", "data:"].includes(s)),
        path,
      ).toEqual([]);
    }
  });

  it("loads no script or stylesheet from elsewhere, and none inline", async () => {
    const page = await server.client().get("/api/docs");
    expect(page.text).toContain("swagger-initializer.js");
    expect(page.text).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>|<style|\sstyle=|https?:\/\//);
    const init = await server.client().get("/api/docs/static/swagger-initializer.js");
    // The layout without swagger-ui's top bar, whose logo needs an inline <style>.
    expect(init.text).toContain('"layout":"BaseLayout"');
  });
});
