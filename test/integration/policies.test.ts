import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";

// Every route must name the policy that guards it, or say that it is public and why.
describe("route policies", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
  });
  afterAll(() => server?.close());

  it("has a policy on every registered route", () => {
    const routes = server.app.routeTable;
    expect(routes.length).toBeGreaterThan(8);
    const unguarded = routes.filter((r) => !r.policy).map((r) => `${r.method} ${r.url}`);
    expect(unguarded).toEqual([]);
  });

  it("keeps the public surface to the routes meant to be public", () => {
    const publicRoutes = server.app.routeTable
      .filter((r) => r.policy?.startsWith("public"))
      .map((r) => r.url)
      .filter((url, i, all) => all.indexOf(url) === i);
    for (const url of publicRoutes) {
      // help-resources: crisis lines must reach someone who is not signed in.
      // directory/providers and hsds: families (and other directories) find support without an account.
      // directory/applications (POST): providers apply before they have an account; nothing is public unreviewed.
      // mail/unsubscribe: a reminder's one-click unsubscribe needs no sign-in; its signed token names who and what.
      expect(url).toMatch(
        /^\/api\/(health|setup|auth\/\*|openapi\.json|docs|help-resources$|directory\/providers(\/:id)?$|directory\/applications$|mail\/unsubscribe$|hsds\/?$|hsds\/(services|organizations|service_at_locations|taxonomies|taxonomy_terms)(\/:id)?$)|^\/\*?$|^\/api\/docs/,
      );
    }
  });

  it("refuses a route that was registered without a policy (fail closed)", async () => {
    // The gate on a bare instance: a route someone forgot to guard answers 403, never its data.
    const Fastify = (await import("fastify")).default;
    const { registerAuthorization } = await import("../../src/server/plugins/authorize.js");
    const { registerErrorHandler } = await import("../../src/server/plugins/errors.js");
    const app = Fastify();
    registerErrorHandler(app);
    registerAuthorization(app);
    app.get("/api/forgotten", async () => ({ secret: true }));
    const res = await app.inject({ method: "GET", url: "/api/forgotten" });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("no_policy");
    await app.close();
  });
});
