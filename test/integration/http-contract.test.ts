import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const STACK_TRACE = /at .+\(.+:\d+:\d+\)|node_modules|\/src\//;

describe.each(databaseKinds)("HTTP contract on %s", (kind) => {
  let server: TestServer;
  let c: HttpClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    c = server.client();
    await c.signUp(uniqueEmail());
  });
  afterAll(() => server?.close());

  it("reports health with the version and the database in use", async () => {
    const res = await server.client().get("/api/health");
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      status: "ok",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      database: kind,
      writable: true,
    });
  });

  it("answers malformed JSON with 400 and an actionable message", async () => {
    const res = await c.request("PATCH", "/api/me/preferences", "{not json", {
      "content-type": "application/json",
    });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({
      code: "malformed_json",
      message: expect.stringContaining("JSON"),
    });
    expect(res.text).not.toMatch(STACK_TRACE);
  });

  it("answers wrong types with 400 naming the field", async () => {
    const res = await c.patch("/api/me/preferences", { theme: 42 });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("invalid_input");
    expect(res.json.error.message).toContain("body.theme");
    expect(res.json.error.details.issues[0].path).toBe("/theme");
  });

  it("answers an oversize body with 413", async () => {
    const res = await c.patch("/api/me/preferences", { theme: "x".repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe("body_too_large");
  });

  it("answers a body in another format with 415", async () => {
    const res = await c.request("PATCH", "/api/me/preferences", "theme=night", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(415);
    expect(res.json.error.code).toBe("unsupported_media_type");
  });

  it("answers unknown /api paths with a JSON 404 for every method", async () => {
    for (const method of ["GET", "POST", "DELETE"]) {
      const res = await c.request(method, "/api/no-such-thing", method === "POST" ? {} : undefined);
      expect(res.status).toBe(404);
      expect(res.json.error).toMatchObject({
        code: "not_found",
        message: expect.stringContaining("/api/docs"),
      });
    }
  });

  it("asks for sign-in (401) on a guarded route without a session", async () => {
    const res = await server.client().get("/api/me");
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("unauthenticated");
  });

  it("sends strict security headers and no x-powered-by", async () => {
    const res = await server.client().get("/api/health");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("refuses a sign-up posted from another origin (CSRF)", async () => {
    const res = await server
      .client()
      .post(
        "/api/auth/sign-up/email",
        { email: uniqueEmail(), password: "correct horse battery 9", name: "x" },
        { origin: "https://evil.example" },
      );
    expect(res.status).toBe(403);
    expect(res.json.error.message).toEqual(expect.any(String));
  });

  it("serves an OpenAPI 3.1 document built from the route schemas, and readable docs", async () => {
    const doc = await server.client().get("/api/openapi.json");
    expect(doc.json.openapi).toBe("3.1.0");
    expect(Object.keys(doc.json.paths)).toEqual(
      expect.arrayContaining([
        "/api/health",
        "/api/me",
        "/api/me/preferences",
        "/api/admin/users",
        "/api/audit",
      ]),
    );
    const body = doc.json.paths["/api/me/preferences"].patch.requestBody.content["application/json"].schema;
    expect(body.properties.theme.enum).toEqual(["system", "light", "night"]);
    expect(body.additionalProperties).toBe(false);
    // Every API route is documented, with a summary a reader can act on (better-auth's own routes and the
    // docs themselves excepted).
    const apiRoutes = server.app.routeTable
      .filter((r) => r.url.startsWith("/api/") && !/^\/api\/(auth|docs)\b|^\/api\/openapi\.json$/.test(r.url))
      .filter((r) => r.method !== "HEAD" && r.method !== "OPTIONS");
    expect(apiRoutes.length).toBeGreaterThan(100);
    const undocumented = apiRoutes
      .filter((r) => {
        const path = r.url.replace(/:([A-Za-z_]+)/g, "{$1}").replace(/\/$/, "") || "/";
        const operation = (doc.json.paths[path] ?? doc.json.paths[`${path}/`])?.[r.method.toLowerCase()];
        return !operation?.summary;
      })
      .map((r) => `${r.method} ${r.url}`);
    expect(undocumented).toEqual([]);
    const docs = await server.client().get("/api/docs/");
    expect(docs.status).toBe(200);
    expect(docs.text).toMatch(/swagger/i);
  });
});
