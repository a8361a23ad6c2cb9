import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
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

// Policies that decide on what the body or query names: after validation, before the handler.
describe("policies on the validated input", () => {
  let server: TestServer;
  let cast: TwoFamilies;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
    cast = await twoFamilies(server);
  });
  afterAll(() => server?.close());

  it("still refuses a request without a session first, whatever its body", async () => {
    const anonymous = server.client();
    expect((await anonymous.post("/api/consents", {})).status).toBe(401);
    expect((await anonymous.post("/api/thought-records", { familyId: cast.familyId })).status).toBe(401);
  });

  it("answers a body that is not valid as such, and another family named in a valid one as not found", async () => {
    expect((await cast.other.post("/api/consents", { scopes: ["entries"] })).status).toBe(400);
    const share = await cast.other.post("/api/consents", { familyId: cast.familyId, scopes: ["entries"] });
    expect(share.status).toBe(404);
    expect(share.json.error.details).toEqual({ resource: "family" });
    const trail = await cast.other.get(`/api/audit?familyId=${cast.familyId}`);
    expect(trail.status).toBe(404);
    expect((await cast.dad.get(`/api/audit?familyId=${cast.familyId}`)).status).toBe(200);
  });

  it("refuses a flagged check-in about a baby that is not theirs as not found, with the crisis lines", async () => {
    const answers = Array.from({ length: 25 }, (_, i) => ({ item: String(i + 1), option: i === 17 ? 4 : 0 }));
    const res = await cast.other.post("/api/screenings", {
      instrumentId: "pbq",
      subject: { babyId: cast.babyId },
      answers,
    });
    expect(res.status).toBe(404);
    expect(res.json.error.details.resource).toBe("baby");
    expect(res.json.error.details.flags).toContainEqual({ type: "harm_to_baby", item: "18" });
    expect(res.json.error.details.crisis.lines.length).toBeGreaterThan(0);
  });

  it("sends the reader's abilities with the family, from the same rules", async () => {
    const asOwner = await cast.mum.get(`/api/families/${cast.familyId}`);
    expect(asOwner.json.abilities).toEqual({ manage: true, removeOthers: true });
    const asCaregiver = await cast.dad.get(`/api/families/${cast.familyId}`);
    expect(asCaregiver.json.abilities).toEqual({ manage: false, removeOthers: false });
    const boot = await cast.dad.get(`/api/bootstrap?family=${cast.familyId}`);
    expect(boot.json.family.abilities).toEqual({ manage: false, removeOthers: false });
  });

  it("sends the account's abilities with it: the first account is the instance's admin, the others not", async () => {
    const admin = { moderateDirectory: true, manageAccounts: true };
    const nobody = { moderateDirectory: false, manageAccounts: false };
    expect((await cast.mum.get("/api/me")).json.abilities).toEqual(admin);
    expect((await cast.dad.get("/api/me")).json.abilities).toEqual(nobody);
    expect((await cast.dad.get("/api/bootstrap")).json.abilities).toEqual(nobody);
  });
});
