import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

describe.each(databaseKinds)("account administration on %s", (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  let person: HttpClient;
  let personId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = server.client();
    await admin.signUp(uniqueEmail("owner"));
    person = server.client();
    await person.signUp(uniqueEmail("helper"));
    personId = (await person.get("/api/me")).json.user.id;
  });
  afterAll(() => server?.close());

  it("lets an admin appoint a moderator and records who did it", async () => {
    const res = await admin.patch(`/api/admin/users/${personId}`, { role: "moderator" });
    expect(res.status).toBe(200);
    expect(res.json.user.role).toBe("moderator");
    expect((await person.get("/api/me")).json.user.role).toBe("moderator");
    const trail = await person.get("/api/audit");
    expect(trail.json.items.find((e: { action: string }) => e.action === "account.grant")).toMatchObject({
      subjectId: personId,
      details: { to: { role: "moderator" } },
    });
  });

  it("refuses the admin routes to anyone who is not an admin", async () => {
    expect((await person.get("/api/admin/users")).status).toBe(403);
    expect((await person.patch(`/api/admin/users/${personId}`, { isAdmin: true })).status).toBe(403);
    expect((await server.client().get("/api/admin/users")).status).toBe(401);
  });

  it("pages through accounts with a cursor", async () => {
    for (let i = 0; i < 3; i++) await server.client().signUp(uniqueEmail("many"));
    const first = await admin.get("/api/admin/users?limit=2");
    expect(first.json.items).toHaveLength(2);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    const second = await admin.get(
      `/api/admin/users?limit=2&cursor=${encodeURIComponent(first.json.nextCursor)}`,
    );
    const ids = [...first.json.items, ...second.json.items].map((u: { id: string }) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("never lets the last admin step down", async () => {
    const me = (await admin.get("/api/me")).json.user.id;
    const res = await admin.patch(`/api/admin/users/${me}`, { isAdmin: false });
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe("last_admin");
  });

  it("answers an unknown account with 404 and an empty change with 400", async () => {
    expect((await admin.patch("/api/admin/users/nobody", { role: "clinician" })).status).toBe(404);
    const empty = await admin.patch(`/api/admin/users/${personId}`, {});
    expect(empty.status).toBe(400);
  });
});
