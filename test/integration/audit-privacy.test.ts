// Who sees which audit events: the instance admin sees sign-in, role changes and moderation, never a person's
// check-ins, safety flags, sharing choices or a family's records; a person sees their own; a family's access
// log says who read or changed what and when, never the clinician's address or browser.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listing, seedListing } from "../support/directory-fixture.js";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const phq9 = (options: number[]) => ({
  instrumentId: "phq9",
  subject: "self",
  answers: options.map((option, i) => ({ item: String(i + 1), option })),
});
const CLINICIAN_BROWSER = "ClinicBrowser/7.3 (Desk 12)";

interface Event {
  id: string;
  action: string;
  actorId: string | null;
  subjectId?: string;
  ip?: string;
  userAgent?: string;
  details?: Record<string, unknown>;
}

describe.each(databaseKinds)("who sees which audit events, on %s", (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  let cast: TwoFamilies;
  let clinician: HttpClient;
  let moderator: HttpClient;
  let clinicianId: string;
  let mumId: string;
  /** Ids of private things that must never reach the admin's view. */
  const secrets: string[] = [];
  let flaggedScreeningId: string;
  let caseId: string;

  /** Every page of a trail, read with small pages so the cursor is used. */
  const allPages = async (as: HttpClient, query: string) => {
    const found: Event[] = [];
    let cursor = "";
    for (let n = 0; n < 200; n++) {
      const page = await as.get(`/api/audit?${query}&limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.status).toBe(200);
      found.push(...page.json.items);
      cursor = page.json.nextCursor ?? "";
      if (!cursor) break;
    }
    return found;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    // The first account is the instance's admin.
    admin = server.client();
    await admin.signUp(uniqueEmail("owner"));
    cast = await twoFamilies(server);
    const { mum, familyId, babyId } = cast;
    mumId = (await mum.get("/api/me")).json.user.id;

    // A check-in with a self-harm answer, and one shared for the visit and with clinicians.
    const flagged = await mum.post("/api/screenings", phq9([0, 0, 0, 0, 0, 0, 0, 0, 2]));
    expect(flagged.status, JSON.stringify(flagged.json)).toBe(201);
    expect(flagged.json.flags.map((f: { type: string }) => f.type)).toContain("self_harm");
    flaggedScreeningId = flagged.json.id;
    const shared = await mum.post("/api/screenings", phq9([1, 1, 0, 0, 0, 0, 0, 0, 0]));
    expect(
      (
        await mum.patch(`/api/screenings/${shared.json.id}`, {
          sharing: { visitSummary: true, clinicians: true },
        })
      ).status,
    ).toBe(200);
    secrets.push(flaggedScreeningId, shared.json.id);

    // The care log and a thought record, shared with clinicians.
    const entry = await mum.post(`/api/babies/${babyId}/entries`, {
      type: "skin_to_skin",
      startedAt: new Date(Date.now() - 3_600_000).toISOString(),
      details: {},
      moments: ["eye_contact"],
      cues: [],
      note: "She settled on my chest.",
    });
    expect(entry.status, JSON.stringify(entry.json)).toBe(201);
    const thought = await mum.post("/api/thought-records", { familyId, automaticThought: "I can't do this" });
    expect(thought.status).toBe(201);
    await mum.patch(`/api/thought-records/${thought.json.id}`, { sharedWithClinicians: true });
    secrets.push(entry.json.id, thought.json.id);

    // A clinician the family shares with reads the case, from their own browser.
    clinician = server.client();
    await clinician.signUp(uniqueEmail("clinician"), { role: "clinician" });
    clinicianId = (await clinician.get("/api/me")).json.user.id;
    const share = await mum.post("/api/consents", {
      familyId,
      scopes: ["entries", "moments", "screenings", "thought_records", "visit_summary"],
    });
    expect(share.status, JSON.stringify(share.json)).toBe(201);
    const taken = await clinician.post(
      `/api/consents/${share.json.code}/accept`,
      {},
      { "user-agent": CLINICIAN_BROWSER },
    );
    expect(taken.status, JSON.stringify(taken.json)).toBe(200);
    caseId = taken.json.caseId;
    for (const part of ["", "/entries", "/screenings", "/thought-records"]) {
      const read = await clinician.get(`/api/cases/${caseId}${part}`, { "user-agent": CLINICIAN_BROWSER });
      expect(read.status, `${part} ${JSON.stringify(read.json)}`).toBe(200);
    }
    secrets.push(share.json.id, caseId, familyId);

    // A role change and a moderation decision.
    moderator = server.client();
    await moderator.signUp(uniqueEmail("moderator"));
    const moderatorId = (await moderator.get("/api/me")).json.user.id;
    expect((await admin.patch(`/api/admin/users/${moderatorId}`, { role: "moderator" })).status).toBe(200);
    const pending = await seedListing(
      server,
      listing({ name: "Noor Haddad", telehealth: ["US-OR"], inPerson: null }),
      { status: "pending" },
    );
    const approved = await moderator.post(`/api/directory/moderation/${pending.id}/approve`, {});
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);

    // A failed sign-in, and the mum signing in again.
    const mumEmail = (await mum.get("/api/me")).json.user.email;
    expect((await server.client().signIn(mumEmail, "not the password at all")).status).toBe(401);
    expect((await server.client().signIn(mumEmail)).status).toBe(200);
  });
  afterAll(() => server?.close());

  it("shows the admin sign-ins, role changes and moderation, and nobody's check-ins, flags, shares or records", async () => {
    const events = await allPages(admin, "all=true");
    const actions = new Set(events.map((e) => e.action));
    for (const wanted of [
      "account.sign_up",
      "account.sign_in",
      "account.sign_in_failed",
      "account.grant",
      "directory.approve",
    ])
      expect(actions, wanted).toContain(wanted);
    const text = JSON.stringify(events);
    expect(text).not.toMatch(/screening|self_harm|thought|consent|case\.|entry|entries/i);
    for (const id of secrets) expect(text, id).not.toContain(id);
    // Each action in the view is one an allow-list let in; none of a family's.
    expect([...actions].filter((a) => !/^(account|directory)\./.test(a))).toEqual([]);
    // Security events keep where they came from, for the admin.
    const signIn = events.find((e) => e.action === "account.sign_in" && e.subjectId === mumId);
    expect(signIn?.ip).toBe("127.0.0.1");
    // Everything in the database is still there: only the view is narrowed.
    const stored = await server.app.attune.database.db
      .selectFrom("audit_events")
      .select("action")
      .where("action", "like", "screening.%")
      .execute();
    expect(stored.length).toBeGreaterThanOrEqual(2);
  });

  it("lets a person see their own check-in, flag and sharing events, and no one else", async () => {
    const own = await allPages(cast.mum, "all=false");
    const actions = own.map((e) => e.action);
    expect(actions).toContain("screening.safety_flag");
    expect(actions).toContain("screening.sharing");
    expect(actions).toContain("thought_record.create");
    expect(own.some((e) => e.subjectId === flaggedScreeningId)).toBe(true);
    // An admin asking for their own trail (all=false) does not get the mum's.
    const adminOwn = await allPages(admin, "all=false");
    expect(JSON.stringify(adminOwn)).not.toMatch(/screening/);
    // Someone else asking for everything gets only their own.
    // (The other caregiver sees the family's access log, which names the parts a clinician read.)
    const dadAll = await allPages(cast.dad, "all=true");
    expect(dadAll.filter((e) => /^(screening|thought_record)\./.test(e.action))).toEqual([]);
    for (const id of secrets.slice(0, 4)) expect(JSON.stringify(dadAll), id).not.toContain(id);
  });

  it("shows the family who read or changed what and when, without the clinician's address or browser", async () => {
    const log = await allPages(cast.mum, `familyId=${cast.familyId}`);
    const reads = log.filter((e) => e.action === "case.read" && e.actorId === clinicianId);
    expect(reads.map((e) => e.details?.part).sort()).toEqual(
      ["entries", "overview", "screenings", "thought_records"].sort(),
    );
    expect(log.find((e) => e.action === "consent.accept")).toMatchObject({ actorId: clinicianId });
    for (const e of log) {
      expect(Object.keys(e).sort()).toEqual(expect.arrayContaining(["action", "actorId", "at", "id"]));
      expect(e).not.toHaveProperty("ip");
      expect(e).not.toHaveProperty("userAgent");
    }
    expect(JSON.stringify(log)).not.toMatch(/127\.0\.0\.1|ClinicBrowser|Desk 12/);
    // The same events in a caregiver's own trail (the other caregiver's too) carry no address either.
    for (const who of [cast.mum, cast.dad]) {
      const trail = (await allPages(who, "all=false")).filter((e) => e.action.startsWith("case."));
      expect(trail.length).toBeGreaterThan(0);
      expect(JSON.stringify(trail)).not.toMatch(/127\.0\.0\.1|ClinicBrowser/);
    }
    // Kept in the database, for the instance's security record.
    const stored = await server.app.attune.database.db
      .selectFrom("audit_events")
      .select(["ip", "user_agent"])
      .where("action", "=", "case.read")
      .where("actor_id", "=", clinicianId)
      .execute();
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((r) => r.ip === "127.0.0.1" && r.user_agent === CLINICIAN_BROWSER)).toBe(true);
  });

  it("documents the access log's events without an address or browser", async () => {
    const doc = (await server.client().get("/api/openapi.json")).json;
    const reply = doc.paths["/api/audit"].get.responses["200"].content["application/json"].schema;
    const shapes = reply.properties.items.items.anyOf as { properties: Record<string, unknown> }[];
    expect(shapes).toHaveLength(2);
    expect(Object.keys(shapes[0]?.properties ?? {})).not.toContain("ip");
    expect(Object.keys(shapes[1]?.properties ?? {})).toContain("ip");
  });
});
