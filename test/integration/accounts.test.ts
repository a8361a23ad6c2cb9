import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

describe.each(databaseKinds)("accounts on %s", (kind) => {
  let server: TestServer;
  let owner: HttpClient;
  const ownerEmail = uniqueEmail("owner");

  beforeAll(async () => {
    server = await startTestServer(kind);
    expect((await server.client().get("/api/setup")).json).toEqual({ needsOwner: true });
    owner = server.client();
    const res = await owner.signUp(ownerEmail);
    expect(res.status).toBe(200);
  });
  afterAll(() => server?.close());

  it("makes the first account on a fresh instance its admin, and nobody after", async () => {
    expect((await server.client().get("/api/setup")).json).toEqual({ needsOwner: false });
    const me = await owner.get("/api/me");
    expect(me.json.user).toMatchObject({ email: ownerEmail, role: "caregiver", isAdmin: true });
    const second = server.client();
    await second.signUp(uniqueEmail());
    expect((await second.get("/api/me")).json.user.isAdmin).toBe(false);
  });

  it("lets a person choose clinician at sign-up but never moderator or admin", async () => {
    const clinician = server.client();
    const res = await clinician.signUp(uniqueEmail("clin"), { role: "clinician" });
    expect(res.status).toBe(200);
    expect((await clinician.get("/api/me")).json.user.role).toBe("clinician");

    const sneaky = server.client();
    const bad = await sneaky.signUp(uniqueEmail("mod"), { role: "moderator" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("invalid_role");
    const admin = await server.client().signUp(uniqueEmail("adm"), { isAdmin: true });
    // better-auth refuses fields a client may not set; either way no admin is made.
    if (admin.status === 200) expect(admin.json.user.isAdmin).toBe(false);
    else expect(admin.status).toBe(400);
  });

  it("sets a session cookie that is HttpOnly and SameSite=Lax, and not Secure over plain http", async () => {
    const res = await server.client().signUp(uniqueEmail());
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("attune.session_token="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    // Only the HttpOnly cookie carries the session; the body never repeats the token to scripts.
    expect(res.json.token).toBeUndefined();
    expect(res.json.user.email).toEqual(expect.any(String));
  });

  it("signs in, signs out, and refuses a wrong password", async () => {
    const c = server.client();
    expect((await c.signIn(ownerEmail)).status).toBe(200);
    expect((await c.get("/api/me")).status).toBe(200);
    expect((await c.post("/api/auth/sign-out")).status).toBe(200);
    expect((await c.get("/api/me")).status).toBe(401);
    const wrong = await server.client().signIn(ownerEmail, "not the password at all");
    expect(wrong.status).toBe(401);
    expect(wrong.json.error.message).toEqual(expect.any(String));
  });

  it("changes a password: the old one stops working, the new one works", async () => {
    const email = uniqueEmail("pw");
    const c = server.client();
    await c.signUp(email);
    const res = await c.post("/api/auth/change-password", {
      currentPassword: HttpClient.password,
      newPassword: "a brand new passphrase 7",
      revokeOtherSessions: true,
    });
    expect(res.status).toBe(200);
    expect((await server.client().signIn(email)).status).toBe(401);
    expect((await server.client().signIn(email, "a brand new passphrase 7")).status).toBe(200);
  });

  it("deletes an account with its password; it can no longer sign in and its session is gone", async () => {
    const email = uniqueEmail("bye");
    const c = server.client();
    await c.signUp(email);
    const res = await c.post("/api/auth/delete-user", { password: HttpClient.password });
    expect(res.status).toBe(200);
    expect((await c.get("/api/me")).status).toBe(401);
    expect((await server.client().signIn(email)).status).toBe(401);
    const rows = await server.app.attune.database.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", email)
      .execute();
    expect(rows).toHaveLength(0);
  });

  it("records sign-up, sign-in and sign-out in the person's audit trail", async () => {
    const email = uniqueEmail("audited");
    const c = server.client();
    await c.signUp(email);
    await c.post("/api/auth/sign-out");
    await c.signIn(email);
    const trail = await c.get("/api/audit");
    expect(trail.status).toBe(200);
    const actions = trail.json.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(["account.sign_in", "account.sign_out", "account.sign_up"]);
    expect(trail.json.items[0].ip).toBe("127.0.0.1");
  });

  it("shows a person only their own audit events; an admin may see everyone's", async () => {
    const c = server.client();
    const email = uniqueEmail("private");
    await c.signUp(email);
    const mine = await c.get("/api/audit?all=true");
    const me = (await c.get("/api/me")).json.user.id;
    expect(
      mine.json.items.every(
        (e: { actorId: string | null; subjectId?: string }) => e.actorId === me || e.subjectId === me,
      ),
    ).toBe(true);
    const all = await owner.get("/api/audit?all=true&limit=200");
    expect(all.json.items.some((e: { actorId: string | null }) => e.actorId === me)).toBe(true);
  });
});

describe.each(databaseKinds)("sign-in rate limit on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, {
      authLimits: { signInPerMinute: 5, accountChangesPerMinute: 100 },
    });
  });
  afterAll(() => server?.close());

  it("refuses the sixth attempt in a minute from one address, even with the right password", async () => {
    const email = uniqueEmail("limited");
    await server.client().signUp(email);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await server.client().signIn(email, "wrong password here")).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const blocked = await server.client().signIn(email);
    expect(blocked.status).toBe(429);
    expect(blocked.json.error.message).toMatch(/wait/i);
    expect(blocked.headers.get("x-retry-after") ?? blocked.headers.get("retry-after")).toBeTruthy();
  });
});

describe("behind https (PUBLIC_URL=https://…)", () => {
  let server: TestServer;
  const publicUrl = "https://attune.example.org";
  beforeAll(async () => {
    server = await startTestServer("sqlite", { env: { PUBLIC_URL: publicUrl } });
  });
  afterAll(() => server?.close());

  it("marks the session cookie Secure and sends HSTS", async () => {
    const res = await server.client().signUp(uniqueEmail(), {}, { origin: publicUrl });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("refuses a sign-in posted from the plain-http origin", async () => {
    const res = await server.client().signIn("someone@example.com");
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe("cross_origin");
  });
});

describe.each(databaseKinds)("sessions on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  const stamp = (at: number) => (kind === "postgres" ? new Date(at) : new Date(at).toISOString());

  it("refuses an expired session and a tampered token", async () => {
    const c = server.client();
    await c.signUp(uniqueEmail("expired"));
    const me = (await c.get("/api/me")).json.user.id;
    const { db } = server.app.attune.database;
    await db
      .updateTable("sessions")
      .set({ expires_at: stamp(Date.now() - 1000) })
      .where("user_id", "=", me)
      .execute();
    expect((await c.get("/api/me")).status).toBe(401);

    const d = server.client();
    await d.signUp(uniqueEmail("tamper"));
    const [name, value] = [...d.cookies].find(([k]) => k.endsWith("session_token")) ?? ["", ""];
    d.cookies.set(name, `x${value}`);
    expect((await d.get("/api/me")).status).toBe(401);
  });

  it("keeps a session in daily use alive", async () => {
    const c = server.client();
    await c.signUp(uniqueEmail("daily"));
    const me = (await c.get("/api/me")).json.user.id;
    const { db } = server.app.attune.database;
    const soon = Date.now() + 3 * 86_400_000;
    await db
      .updateTable("sessions")
      .set({ expires_at: stamp(soon), updated_at: stamp(Date.now() - 2 * 86_400_000) })
      .where("user_id", "=", me)
      .execute();
    expect((await c.get("/api/me")).status).toBe(200);
    const row = await db
      .selectFrom("sessions")
      .select("expires_at")
      .where("user_id", "=", me)
      .executeTakeFirstOrThrow();
    const expires = row.expires_at instanceof Date ? row.expires_at.getTime() : Date.parse(row.expires_at);
    expect(expires).toBeGreaterThan(Date.now() + 29 * 86_400_000);
  });
});
