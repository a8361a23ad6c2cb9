import { createHmac } from "node:crypto";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDueReminders } from "../../src/server/mail/reminders.js";
import { listing, seedListing } from "../support/directory-fixture.js";
import { HttpClient, uniqueEmail } from "../support/http-client.js";
import { type Arrived, linksIn, type SmtpTestServer, startSmtpServer } from "../support/smtp.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const MAIL_FROM = "Attune <attune@example.org>";
const NEW_PASSWORD = "a brand new kettle 42 song";
/** The URL in a message's List-Unsubscribe header, as it arrived (unfolded). */
const listUnsubscribeOf = (m: Arrived) =>
  /^List-Unsubscribe:\s*<([^>]+)>/m.exec(m.raw.replace(/\r?\n[ \t]+/g, " "))?.[1] ?? "";
const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";

describe.each(databaseKinds)("mail through a real SMTP server, on %s", (kind) => {
  let smtp: SmtpTestServer;
  let server: TestServer;
  let admin: HttpClient;

  const mailTo = (email: string, match: (m: Arrived) => boolean = () => true) =>
    smtp.waitFor((m) => m.to.includes(email.toLowerCase()) && match(m));
  const verifyMailOf = (email: string) => mailTo(email, (m) => /verify-email/.test(m.text));
  const resetMailOf = (email: string, after = 0) =>
    smtp.waitFor(
      (m) =>
        smtp.messages.indexOf(m) >= after && m.to.includes(email) && /reset-password\?token=/.test(m.text),
    );
  const account = async (prefix: string, extra: Record<string, unknown> = {}) => {
    const email = uniqueEmail(prefix);
    const c = server.client();
    const res = await c.signUp(email, extra);
    expect(res.status, res.text).toBe(200);
    const id = (await c.get("/api/me")).json.user.id as string;
    return { c, email, id };
  };
  const verify = async (c: HttpClient, email: string) => {
    const link = linksIn(await verifyMailOf(email)).find((l) => l.includes("/api/auth/verify-email")) ?? "";
    const res = await c.get(new URL(link).pathname + new URL(link).search);
    expect([200, 302], res.text).toContain(res.status);
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startTestServer(kind, {
      env: { SMTP_URL: smtp.url, MAIL_FROM },
      authLimits: { signInPerMinute: 1000, accountChangesPerMinute: 1000, mailRequestsPerClient: 1000 },
    });
    admin = (await account("admin")).c;
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  it("mails a verification link at sign-up, from MAIL_FROM, as text and simple HTML; the link verifies", async () => {
    const { c, email } = await account("verify");
    expect((await c.get("/api/me")).json.user.emailVerified).toBe(false);
    const m = await verifyMailOf(email);
    expect(m.from).toBe("attune@example.org");
    expect(m.headers.get("from")).toMatchObject({ text: expect.stringContaining("attune@example.org") });
    expect(m.subject).toBe("Confirm your email for Attune");
    expect(m.html).toContain("<a href=");
    expect(m.html).not.toMatch(/<img/i);
    const link = linksIn(m).find((l) => l.includes("/api/auth/verify-email")) ?? "";
    expect(link.startsWith(`${server.base}/api/auth/verify-email?token=`)).toBe(true);
    expect(new URL(link).searchParams.get("callbackURL")).toBe("/");
    const res = await server.client().get(new URL(link).pathname + new URL(link).search);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/");
    expect((await c.get("/api/me")).json.user.emailVerified).toBe(true);
  });

  it("resets a password through a mailed single-use link valid an hour, ending every session", async () => {
    const { c: first, email } = await account("reset");
    const second = server.client();
    expect((await second.signIn(email)).status).toBe(200);
    const before = smtp.messages.length;
    const asked = await server.client().post("/api/auth/request-password-reset", {
      email,
      redirectTo: "/reset-password",
    });
    const nobody = uniqueEmail("nobody");
    const askedNobody = await server.client().post("/api/auth/request-password-reset", {
      email: nobody,
      redirectTo: "/reset-password",
    });
    expect(asked.status).toBe(200);
    expect(askedNobody.status).toBe(asked.status);
    expect(askedNobody.text).toBe(asked.text);

    const mail = await resetMailOf(email, before);
    expect(mail.subject).toBe("Choose a new password for Attune");
    expect(mail.text).toMatch(/1 hour/);
    const link = linksIn(mail).find((l) => l.includes("/reset-password?token=")) ?? "";
    expect(link.startsWith(`${server.base}/reset-password?token=`)).toBe(true);
    const token = tokenOf(link);
    const { db } = server.app.attune.database;
    const stored = await db
      .selectFrom("verifications")
      .select("expires_at")
      .where("identifier", "=", `reset-password:${token}`)
      .executeTakeFirstOrThrow();
    const expires = new Date(stored.expires_at).getTime() - Date.now();
    expect(expires).toBeGreaterThan(55 * 60_000);
    expect(expires).toBeLessThanOrEqual(60 * 60_000);

    const reset = await server
      .client()
      .post("/api/auth/reset-password", { newPassword: NEW_PASSWORD, token });
    expect(reset.status, reset.text).toBe(200);
    const again = await server
      .client()
      .post("/api/auth/reset-password", { newPassword: `${NEW_PASSWORD}!`, token });
    expect(again.status).toBe(400);
    expect((await first.get("/api/me")).status).toBe(401);
    expect((await second.get("/api/me")).status).toBe(401);
    expect((await server.client().signIn(email, NEW_PASSWORD)).status).toBe(200);
    expect((await server.client().signIn(email)).status).toBe(401);

    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.to(nobody)).toHaveLength(0);
  });

  it("mails in the person's language (Spanish)", async () => {
    const { c, email } = await account("es");
    expect((await c.patch("/api/me/preferences", { locale: "es" })).status).toBe(200);
    const before = smtp.messages.length;
    await server.client().post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" });
    const m = await resetMailOf(email, before);
    expect(m.subject).toBe("Elige una contraseña nueva para Attune");
    expect(m.text).toMatch(/Hola/);
    expect(m.html).toMatch(/lang="es"/);
  });

  it("mails an address at most three times an hour, answering every request alike", async () => {
    const { email } = await account("often");
    const before = smtp.messages.length;
    const replies = [];
    for (let i = 0; i < 5; i++)
      replies.push(
        await server
          .client()
          .post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" }),
      );
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    await resetMailOf(email, before);
    await new Promise((r) => setTimeout(r, 500));
    const resets = smtp.messages
      .slice(before)
      .filter((m) => m.to.includes(email) && /reset-password/.test(m.text));
    expect(resets).toHaveLength(3);
  });

  it("refuses a common password at reset, and the link still works for a better one", async () => {
    const { email } = await account("common");
    const before = smtp.messages.length;
    await server.client().post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" });
    const token = tokenOf(linksIn(await resetMailOf(email, before)).find((l) => l.includes("token=")) ?? "");
    const weak = await server
      .client()
      .post("/api/auth/reset-password", { newPassword: "password123", token });
    expect(weak.status).toBe(400);
    expect(weak.json.error.code).toBe("common_password");
    expect(weak.json.error.message).toMatch(/one of the most common ones.*choose another/);
    const ok = await server.client().post("/api/auth/reset-password", { newPassword: NEW_PASSWORD, token });
    expect(ok.status).toBe(200);
  });

  it("answers a sign-up for an existing address as one that worked, makes no session, and mails the owner", async () => {
    const { email } = await account("taken");
    const fresh = server.client();
    const made = await fresh.signUp(uniqueEmail("new"), { name: "Someone" });
    const attacker = server.client();
    const again = await attacker.signUp(email, { name: "Someone", password: "another long password 1" });
    expect(again.status).toBe(made.status);
    expect(Object.keys(again.json).sort()).toEqual(Object.keys(made.json).sort());
    expect(Object.keys(again.json.user).sort()).toEqual(Object.keys(made.json.user).sort());
    expect(again.json.user).toMatchObject({ email, emailVerified: false, role: "caregiver", isAdmin: false });
    expect(again.json.user.id).not.toBe((await fresh.get("/api/me")).json.user.id);
    expect((await attacker.get("/api/me")).status).toBe(401);
    // Nothing changed for the owner, who is told.
    expect((await server.client().signIn(email, "another long password 1")).status).toBe(401);
    expect((await server.client().signIn(email)).status).toBe(200);
    const told = await mailTo(email, (m) => /tried to create/.test(m.subject));
    expect(linksIn(told)).toEqual([`${server.base}/sign-in`, `${server.base}/forgot-password`]);
    // Invalid input is answered alike too.
    const short1 = await server.client().signUp(email, { password: "short" });
    const short2 = await server.client().signUp(uniqueEmail("x"), { password: "short" });
    expect([short1.status, short1.json.error.code]).toEqual([short2.status, short2.json.error.code]);
  });

  it("refuses common passwords at sign-up and at a password change, kindly", async () => {
    const refused = await server.client().signUp(uniqueEmail("weak"), { password: "qwertyuiop" });
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe("common_password");
    expect(refused.json.error.message).toMatch(/^That password is one of the most common ones/);
    const { c } = await account("change");
    const change = await c.post("/api/auth/change-password", {
      currentPassword: HttpClient.password,
      newPassword: "1q2w3e4r5t6y",
    });
    expect(change.status).toBe(400);
    expect(change.json.error.code).toBe("common_password");
  });

  it("requires a clinician to verify before giving share invitations; the family sees the address verified", async () => {
    const { c: clinician, email } = await account("clin", { role: "clinician" });
    const early = await clinician.post("/api/share-invitations", {});
    expect(early.status).toBe(403);
    expect(early.json.error).toMatchObject({ code: "email_not_verified" });
    expect(early.json.error.message).toMatch(/verify your email address first/);
    await verify(clinician, email);
    const made = await clinician.post("/api/share-invitations", {});
    expect(made.status, made.text).toBe(201);
    const { c: parent } = await account("parent");
    const seen = await parent.get(`/api/share-invitations/${made.json.code}`);
    expect(seen.json.clinician).toMatchObject({ email, emailVerified: true });
  });

  it("keeps an unverified provider's listing out of public view until they verify", async () => {
    const { c: moderatorAsAdmin } = { c: admin };
    const moderatorId = (await moderatorAsAdmin.get("/api/me")).json.user.id;
    await admin.patch(`/api/admin/users/${moderatorId}`, { role: "moderator" });
    const { c: provider, email, id } = await account("provider", { role: "clinician" });
    const made = await seedListing(server, listing({ name: "Rosa Díaz", telehealth: ["US"] }), {
      status: "pending",
      ownerId: id,
    });
    const early = await admin.post(`/api/directory/moderation/${made.id}/approve`, {});
    expect(early.status).toBe(403);
    expect(early.json.error.code).toBe("provider_email_not_verified");
    expect(early.json.error.message).toMatch(/must verify their email address first/);
    await verify(provider, email);
    const approved = await admin.post(`/api/directory/moderation/${made.id}/approve`, {});
    expect(approved.status, approved.text).toBe(200);
  });

  it("mails a family invite in the inviter's language, and the code in it works", async () => {
    const { c: owner } = await account("owner");
    await owner.patch("/api/me/preferences", { locale: "es" });
    const familyId = (await owner.post("/api/families", { name: "Casa Luna" })).json.id;
    const to = uniqueEmail("grandma");
    const made = await owner.post(`/api/families/${familyId}/invites`, {
      relationship: "grandparent",
      email: to,
    });
    expect(made.status, made.text).toBe(201);
    expect(made.json.mailed).toBe(true);
    const m = await mailTo(to);
    expect(m.subject).toMatch(/te invita/);
    expect(m.text).toContain(made.json.code);
    expect(m.text).toContain("Casa Luna");
    const grandma = server.client();
    await grandma.signUp(to);
    const joined = await grandma.post(`/api/invites/${made.json.code}/accept`, {});
    expect(joined.status, joined.text).toBe(200);
    const bad = await owner.post(`/api/families/${familyId}/invites`, { email: "not an address" });
    expect(bad.status).toBe(400);
  });

  it("mails due reminders once, with a one-click unsubscribe that needs no sign-in", async () => {
    const ctx = server.app.attune;
    const secret = ctx.auth.options.secret as string;
    // A family shares with a verified clinician, who asks the parent for a check-in due today.
    const { c: parent, email: parentEmail, id: parentId } = await account("asked");
    const familyId = (await parent.post("/api/families", { name: "Asked" })).json.id;
    const { c: clinician } = await account("lee", { role: "clinician", name: "Dr Lee" });
    const share = await parent.post("/api/consents", { familyId, scopes: ["screenings"] });
    const caseId = (await clinician.post(`/api/consents/${share.json.code}/accept`, {})).json.caseId;
    const asked = await clinician.post(`/api/cases/${caseId}/checkins`, {
      caregiverId: parentId,
      instrumentId: "phq9",
    });
    expect(asked.status, asked.text).toBe(201);
    // A mother whose baby is 40 days old (the one-month check-in is suggested), and one with reminders off.
    const born = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    const mothers = [];
    for (const reminders of [true, false]) {
      const m = await account("mother");
      if (!reminders) await m.c.patch("/api/me/preferences", { checkinReminders: false });
      const fam = (await m.c.post("/api/families", { name: "Suggested", relationship: "mother" })).json.id;
      await m.c.post(`/api/families/${fam}/babies`, { name: "Wren", birthDate: born });
      mothers.push(m);
    }
    // A provider whose listing was confirmed 100 days ago.
    const { email: providerEmail, id: providerId } = await account("listed");
    await seedListing(server, listing({ name: "Casa Clara", telehealth: ["US"] }), {
      ownerId: providerId,
      confirmedDaysAgo: 100,
    });

    const first = await sendDueReminders(ctx, { origin: server.base, secret });
    expect(first.sent).toBeGreaterThanOrEqual(2);
    const request = await mailTo(parentEmail, (m) => /asked you for a check-in/.test(m.subject));
    expect(request.text).toContain("Dr Lee");
    expect(request.text).toContain("PHQ-9");
    const reconfirm = await mailTo(providerEmail, (m) => /Reconfirm/.test(m.subject));
    expect(reconfirm.text).toContain("Casa Clara");
    const suggested = await mailTo(mothers[0]?.email ?? "", (m) => /suggested check-in/.test(m.subject));
    expect(suggested.text).toContain("Wren");
    expect(smtp.to(mothers[1]?.email ?? "").filter((m) => /suggested/.test(m.subject))).toEqual([]);

    // A second round, as another process would run it, sends nothing again.
    const count = smtp.messages.length;
    const second = await sendDueReminders(ctx, { origin: server.base, secret });
    expect(second.sent).toBe(0);
    expect(second.alreadySent).toBeGreaterThanOrEqual(2);
    expect(smtp.messages.length).toBe(count);

    // The unsubscribe link is in the text and the headers, and works without signing in.
    const link = listUnsubscribeOf(request);
    expect(linksIn(request)).toContain(link);
    expect(request.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(request.text + request.html).not.toMatch(/utm_|pixel|track/i);
    const anonymous = new HttpClient(server.base);
    const off = await anonymous.get(new URL(link).pathname + new URL(link).search);
    expect(off.status).toBe(200);
    expect(off.json).toEqual({ unsubscribed: true, kind: "checkin_requests" });
    const page = await anonymous.get(new URL(link).pathname + new URL(link).search, { accept: "text/html" });
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.text).toMatch(/You will not get these emails any more/);
    expect(await ctx.mailLog.optedOut([parentId], "checkin_requests")).toEqual(new Set([parentId]));

    // The provider's link works by the mail app's one-click POST too (RFC 8058).
    const listLink = listUnsubscribeOf(reconfirm);
    const posted = await fetch(listLink, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(posted.status).toBe(200);
    expect(await ctx.mailLog.optedOut([providerId], "listing_reconfirm")).toEqual(new Set([providerId]));

    // A check-in reminder's link turns the preference itself off.
    const remindLink = listUnsubscribeOf(suggested);
    expect((await anonymous.get(new URL(remindLink).pathname + new URL(remindLink).search)).status).toBe(200);
    expect((await mothers[0]?.c.get("/api/me"))?.json.preferences.checkinReminders).toBe(false);
    const token = new URL(remindLink).searchParams.get("token") ?? "";
    // A token changed by one character is refused.
    const forged = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect((await anonymous.get(`/api/mail/unsubscribe?token=${forged}`)).status).toBe(400);
  });

  it("does not redirect to another site from verify-email, reset-password or a reset request", async () => {
    const evil = "https://evil.example/phish";
    for (const path of [
      `/api/auth/verify-email?token=x&callbackURL=${encodeURIComponent(evil)}`,
      `/api/auth/reset-password/x?callbackURL=${encodeURIComponent(evil)}`,
    ]) {
      const res = await server.client().get(path);
      const location = res.headers.get("location") ?? "";
      expect(location ? new URL(location, server.base).hostname : "").not.toBe("evil.example");
      expect(res.status).toBeGreaterThanOrEqual(400);
    }
    const asked = await server.client().post("/api/auth/request-password-reset", {
      email: uniqueEmail("x"),
      redirectTo: evil,
    });
    expect(asked.status).toBe(403);
    // The app's own pages are fine.
    const own = await server.client().get("/api/auth/reset-password/x?callbackURL=%2Freset-password");
    expect(own.status).toBe(302);
    expect(own.headers.get("location")).toMatch(
      /^\/reset-password\?error=INVALID_TOKEN|^http:\/\/127\.0\.0\.1:\d+\/reset-password\?error=INVALID_TOKEN/,
    );
  });

  it("refuses a session cookie whose signature was changed, or signed with another secret", async () => {
    const { c } = await account("cookie");
    const [name, raw] = [...c.cookies].find(([k]) => k.endsWith("session_token")) ?? ["", ""];
    const value = decodeURIComponent(raw);
    const token = value.slice(0, value.lastIndexOf("."));
    const sig = value.slice(value.lastIndexOf(".") + 1);
    const flipped = `${sig.slice(0, -2)}${sig.at(-2) === "A" ? "Q" : "A"}=`;
    const forged = new HttpClient(server.base);
    forged.cookies.set(name, encodeURIComponent(`${token}.${flipped}`));
    expect((await forged.get("/api/me")).status).toBe(401);
    const rotated = new HttpClient(server.base);
    const other = createHmac("sha256", "x".repeat(40)).update(token).digest("base64");
    rotated.cookies.set(name, encodeURIComponent(`${token}.${other}`));
    expect((await rotated.get("/api/me")).status).toBe(401);
    const unsigned = new HttpClient(server.base);
    unsigned.cookies.set(name, encodeURIComponent(`${token}.`));
    expect((await unsigned.get("/api/me")).status).toBe(401);
    expect((await c.get("/api/me")).status).toBe(200);
  });

  it("rests an account after ten failed sign-ins from anywhere, kindly, while others sign in", async () => {
    const { email } = await account("guessed");
    for (let i = 0; i < 10; i++)
      expect((await server.client().signIn(email, `wrong guess number ${i}`)).status).toBe(401);
    const resting = await server.client().signIn(email);
    expect(resting.status).toBe(429);
    expect(resting.json.error.code).toBe("account_resting");
    expect(resting.json.error.message).toMatch(/resting for a little while.*try again in 1[45] minutes/);
    expect(resting.headers.get("x-retry-after")).toMatch(/^\d+$/);
    const { email: bystander } = await account("bystander");
    expect((await server.client().signIn(bystander)).status).toBe(200);
  });

  it("tells the admin that mail is on", async () => {
    expect((await admin.get("/api/admin/mail")).json).toEqual({ enabled: true, from: MAIL_FROM });
    const { c } = await account("notadmin");
    expect((await c.get("/api/admin/mail")).status).toBe(403);
  });
});

describe.each(databaseKinds)("password-reset requests per client on %s", (kind) => {
  let server: TestServer;
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startTestServer(kind, {
      env: { SMTP_URL: smtp.url, MAIL_FROM },
      authLimits: { signInPerMinute: 1000, accountChangesPerMinute: 1000, mailRequestsPerClient: 3 },
    });
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  it("refuses the fourth request from one client address, whatever the address asked for", async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await server.client().post("/api/auth/request-password-reset", { email: uniqueEmail(`r${i}`) }))
          .status,
      );
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe.each(databaseKinds)("mail off on %s", (kind) => {
  let server: TestServer;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    server = await startTestServer(kind, { logger: { level: "info", stream } });
  });
  afterAll(() => server?.close());

  const logged = async (match: (l: Record<string, unknown>) => boolean) => {
    for (let i = 0; i < 100; i++) {
      const hit = lines.find(match);
      if (hit) return hit;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error("not logged");
  };

  it("writes the link it would have mailed to the log, and sends nothing", async () => {
    const admin = server.client();
    const email = uniqueEmail("off");
    await admin.signUp(email);
    const verify = await logged((l) => l.mail === "verify_email" && l.to === email);
    expect(verify.level).toBe(30); // info
    expect(verify.msg).toMatch(/mail is off/);
    const [link] = verify.links as string[];
    expect(link).toMatch(/\/api\/auth\/verify-email\?token=/);
    // The logged link works.
    const res = await server.client().get(new URL(link as string).pathname + new URL(link as string).search);
    expect(res.status).toBe(302);
    expect((await admin.get("/api/me")).json.user.emailVerified).toBe(true);

    expect(
      (
        await server
          .client()
          .post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" })
      ).status,
    ).toBe(200);
    const reset = await logged((l) => l.mail === "reset_password" && l.to === email);
    expect((reset.links as string[])[0]).toMatch(/\/reset-password\?token=/);
  });

  it("tells the admin that mail is off, and a family invite says it was not mailed", async () => {
    const admin = server.client();
    await admin.signUp(uniqueEmail("second"));
    const owner = (await server.app.attune.database.db
      .selectFrom("users")
      .select("email")
      .where("is_admin", "=", kind === "postgres" ? true : 1)
      .executeTakeFirstOrThrow()) as { email: string };
    const ownerClient = server.client();
    await ownerClient.signIn(owner.email);
    expect((await ownerClient.get("/api/admin/mail")).json).toEqual({ enabled: false, from: null });
    const familyId = (await admin.post("/api/families", { name: "Off" })).json.id;
    const made = await admin.post(`/api/families/${familyId}/invites`, { email: uniqueEmail("g") });
    expect(made.status).toBe(201);
    expect(made.json.mailed).toBe(false);
  });
});
