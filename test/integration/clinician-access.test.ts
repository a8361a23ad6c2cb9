/// <reference types="vite/client" />
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseRouteCall, CaseRoutes, Made } from "../support/case-routes/types.js";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const phq9 = (options: number[]) => ({
  instrumentId: "phq9",
  subject: "self",
  answers: options.map((option, i) => ({ item: String(i + 1), option })),
});

describe.each(databaseKinds)("consent and the clinician's access to a family, on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;
  let clinician: HttpClient;
  let colleague: HttpClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    cast = await twoFamilies(server);
    [clinician, colleague] = [server.client(), server.client()];
    await clinician.signUp(uniqueEmail("clinician"), { role: "clinician" });
    await colleague.signUp(uniqueEmail("colleague"), { role: "clinician" });
    const { mum, babyId } = cast;
    const entry = await mum.post(`/api/babies/${babyId}/entries`, {
      type: "skin_to_skin",
      startedAt: new Date(Date.now() - 3_600_000).toISOString(),
      details: {},
      moments: ["eye_contact"],
      cues: [],
      note: "She settled on my chest.",
    });
    expect(entry.status, JSON.stringify(entry.json)).toBe(201);
  });
  afterAll(() => server?.close());

  const share = async (scopes: string[], as = cast.mum, familyId = cast.familyId, days?: number) => {
    const made = await as.post("/api/consents", { familyId, scopes, ...(days ? { days } : {}) });
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    return made.json as { id: string; code: string };
  };
  const accept = async (code: string, as = clinician) => {
    const taken = await as.post(`/api/consents/${code}/accept`, {});
    expect(taken.status, JSON.stringify(taken.json)).toBe(200);
    return taken.json.caseId as string;
  };
  const familyLog = async (as = cast.mum, familyId = cast.familyId) => {
    const log = await as.get(`/api/audit?familyId=${familyId}&limit=200`);
    expect(log.status).toBe(200);
    return log.json.items as {
      action: string;
      actorId: string;
      subjectId?: string;
      details?: { part?: string };
    }[];
  };

  /**
   * Every clinician route, with how to call it on a case (test/support/case-routes/, one file per feature).
   * The matrix below runs each one under every condition; a route added without an entry fails the first test.
   */
  const clinicianRoutes: CaseRoutes = Object.assign(
    {},
    ...Object.values(
      import.meta.glob<{ caseRoutes: CaseRoutes }>("../support/case-routes/*.ts", { eager: true }),
    )
      .map((m) => m.caseRoutes)
      .filter(Boolean),
  );
  const allowed = (route: CaseRouteCall, status: number) => (route.allowed ?? [200]).includes(status);

  it("has every clinician route in the authorization matrix", () => {
    const routes = server.app.routeTable
      .filter((r) => r.url.startsWith("/api/cases") && r.method !== "HEAD")
      .map((r) => `${r.method} ${r.url}`);
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter((r) => !(r in clinicianRoutes))).toEqual([]);
  });

  it("shows a clinician nothing without a share, and nothing of a family that shared with someone else", async () => {
    expect((await clinician.get("/api/caseload")).json).toMatchObject({ items: [], total: 0 });
    // A family id is not a case id, and a made-up one is not either.
    for (const id of [cast.familyId, "0190a6d1-0000-7000-8000-000000000000"])
      for (const route of Object.values(clinicianRoutes))
        expect((await route.call(clinician, id, {})).status).toBe(404);
    // Caregivers have no caseload, and cannot take up a share.
    expect((await cast.mum.get("/api/caseload")).status).toBe(403);
    const { code } = await share(["entries"]);
    const refused = await cast.other.post(`/api/consents/${code}/accept`, {});
    expect(refused.status).toBe(403);
    expect((await clinician.post("/api/consents/NOPE0-NOPE0/accept", {})).status).toBe(404);
  });

  it("runs the authorization matrix over every clinician route", async () => {
    const { id: consentId, code } = await share([
      "entries",
      "screenings",
      "thought_records",
      "visit_summary",
    ]);
    const caseId = await accept(code);
    const narrow = await share(["moments"], cast.other, cast.otherFamilyId);
    const otherCaseId = await accept(narrow.code);

    // What each route acts on (a note, a referral, a caregiver of the family) is made first, as the case's
    // own clinician, so that every refusal below is of something that exists.
    const made = new Map<string, { [caseId: string]: Made }>();
    for (const [name, route] of Object.entries(clinicianRoutes))
      made.set(name, {
        [caseId]: (await route.setup?.(clinician, caseId)) ?? {},
        [otherCaseId]: (await route.setup?.(clinician, otherCaseId)) ?? {},
      });
    const ids = (name: string, id: string) => made.get(name)?.[id] ?? {};

    for (const [name, route] of Object.entries(clinicianRoutes)) {
      // Allowed: the case's own clinician under an active share that covers the route.
      const reply = await route.call(clinician, caseId, ids(name, caseId));
      expect(
        allowed(route, reply.status),
        `${name} allowed: ${reply.status} ${reply.text.slice(0, 200)}`,
      ).toBe(true);
      // Another clinician, a caregiver of the family, and a caregiver of another family: no such case.
      for (const who of [colleague, cast.mum, cast.dad, cast.other])
        expect((await route.call(who, caseId, ids(name, caseId))).status, `${name} as someone else`).toBe(
          404,
        );
      // Wrong scope: the other family shared only connection moments, which no route needs alone.
      const narrowed = (await route.call(clinician, otherCaseId, ids(name, otherCaseId))).status;
      if (route.scope) expect(narrowed, `${name} wrong scope`).toBe(403);
      else expect(allowed(route, narrowed), `${name} wrong scope: ${narrowed}`).toBe(true);
    }
    // Another family's baby through this case finds nothing.
    expect((await clinician.get(`/api/cases/${caseId}/entries?babyId=${cast.otherBabyId}`)).status).toBe(404);

    // Expired: the share's end passes, and the very next request is refused.
    await server.app.attune.database.db
      .updateTable("consents")
      .set({ expires_at: Date.now() - 1000 })
      .where("id", "=", consentId)
      .execute();
    for (const [name, route] of Object.entries(clinicianRoutes))
      expect((await route.call(clinician, caseId, ids(name, caseId))).status, `${name} expired`).toBe(404);
    expect((await clinician.get("/api/caseload")).json.items.map((c: { id: string }) => c.id)).toEqual([
      otherCaseId,
    ]);

    // Revoked: the other family ends its share.
    expect((await cast.other.delete(`/api/consents/${narrow.id}`)).status).toBe(200);
    for (const [name, route] of Object.entries(clinicianRoutes))
      expect(
        (await route.call(clinician, otherCaseId, ids(name, otherCaseId))).status,
        `${name} revoked`,
      ).toBe(404);
    expect((await clinician.get("/api/caseload")).json.items).toEqual([]);

    // Sharing again reopens the same case file.
    expect(await accept((await share(["entries"])).code)).toBe(caseId);
  });

  it("keeps a share's code single use, and a family's shares its own", async () => {
    const { id, code } = await share(["entries"], cast.dad);
    await accept(code);
    const again = await colleague.post(`/api/consents/${code}/accept`, {});
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("share_used");
    // Either caregiver of the family sees and manages it; nobody else knows it exists.
    const listed = (await cast.mum.get("/api/consents")).json.items.find((c: { id: string }) => c.id === id);
    expect(listed).toMatchObject({
      state: "active",
      scopes: ["entries"],
      clinician: { name: expect.any(String) },
    });
    expect(listed).not.toHaveProperty("code");
    expect((await cast.other.get("/api/consents")).json.items.map((c: { id: string }) => c.id)).not.toContain(
      id,
    );
    expect((await cast.other.patch(`/api/consents/${id}`, { scopes: ["screenings"] })).status).toBe(404);
    expect((await cast.other.delete(`/api/consents/${id}`)).status).toBe(404);
    expect((await clinician.delete(`/api/consents/${id}`)).status).toBe(404);
    // A caregiver cannot share a family they are not in.
    expect(
      (await cast.other.post("/api/consents", { familyId: cast.familyId, scopes: ["entries"] })).status,
    ).toBe(404);
    // Bad input says what would work.
    const bad = await cast.mum.post("/api/consents", {
      familyId: cast.familyId,
      scopes: ["diary"],
      days: 9999,
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/scope|days/);
    // A clinician who is also a caregiver in the family cannot be its clinician.
    const relative = server.client();
    await relative.signUp(uniqueEmail("aunt"), { role: "clinician" });
    const invite = (await cast.mum.post(`/api/families/${cast.familyId}/invites`, { relationship: "other" }))
      .json.code;
    expect((await relative.post(`/api/invites/${invite}/accept`, {})).status).toBe(200);
    const own = await relative.post(`/api/consents/${(await share(["entries"])).code}/accept`, {});
    expect(own.status).toBe(409);
    expect(own.json.error.code).toBe("share_own_family");
  });

  it("narrows what is shared from the next request, and hides moments unless they are shared", async () => {
    const { id, code } = await share(["entries"], cast.other, cast.otherFamilyId);
    const caseId = await accept(code, colleague);
    await cast.other.post(`/api/babies/${cast.otherBabyId}/entries`, {
      type: "bath",
      startedAt: new Date(Date.now() - 600_000).toISOString(),
      details: {},
      moments: ["singing"],
      cues: [],
      note: "Private words.",
    });
    const plain = (await colleague.get(`/api/cases/${caseId}/entries`)).json.items[0];
    expect(plain).toMatchObject({ type: "bath", moments: [], note: null, feeling: null });
    expect((await cast.other.patch(`/api/consents/${id}`, { scopes: ["entries", "moments"] })).status).toBe(
      200,
    );
    const withMoments = (await colleague.get(`/api/cases/${caseId}/entries`)).json.items[0];
    expect(withMoments).toMatchObject({ moments: ["singing"], note: "Private words." });
    expect((await cast.other.patch(`/api/consents/${id}`, { scopes: ["screenings"] })).status).toBe(200);
    expect((await colleague.get(`/api/cases/${caseId}/entries`)).status).toBe(403);
    expect((await colleague.get(`/api/cases/${caseId}`)).status).toBe(200);
  });

  it("writes every clinician read to the family's access log", async () => {
    const caseId = await accept((await share(["entries", "screenings"])).code);
    const before = (await familyLog()).filter((e) => e.action === "case.read").length;
    await clinician.get(`/api/cases/${caseId}`);
    await clinician.get(`/api/cases/${caseId}/entries`);
    const reads = (await familyLog()).filter((e) => e.action === "case.read");
    expect(reads.length).toBe(before + 2);
    const clinicianId = (await clinician.get("/api/me")).json.user.id;
    expect(reads.slice(0, 2).map((e) => [e.actorId, e.subjectId, e.details?.part])).toEqual([
      [clinicianId, caseId, "entries"],
      [clinicianId, caseId, "overview"],
    ]);
    // The other caregiver sees the same log, and it is also in their own audit trail; outsiders see none of it.
    expect((await familyLog(cast.dad)).filter((e) => e.action === "case.read")).toHaveLength(reads.length);
    expect(
      (await cast.dad.get("/api/audit?limit=200")).json.items.some(
        (e: { action: string }) => e.action === "case.read",
      ),
    ).toBe(true);
    expect((await cast.other.get(`/api/audit?familyId=${cast.familyId}`)).status).toBe(404);
    expect(
      (await cast.other.get("/api/audit?limit=200")).json.items.some(
        (e: { subjectId?: string }) => e.subjectId === caseId,
      ),
    ).toBe(false);
  });

  it("puts only results a caregiver shared on the caseload, with trends and safety flags", async () => {
    const { mum } = cast;
    const first = await mum.post("/api/screenings", phq9([1, 1, 1, 1, 1, 1, 0, 0, 0]));
    const second = await mum.post("/api/screenings", phq9([2, 2, 1, 1, 1, 1, 1, 0, 1]));
    const hidden = await mum.post("/api/screenings", phq9([3, 3, 3, 3, 3, 3, 3, 3, 0]));
    for (const made of [first, second, hidden]) expect(made.status, JSON.stringify(made.json)).toBe(201);
    for (const made of [first, second])
      expect(
        (await mum.patch(`/api/screenings/${made.json.id}`, { sharing: { clinicians: true } })).status,
      ).toBe(200);
    const fresh = server.client();
    await fresh.signUp(uniqueEmail("perinatal"), { role: "clinician" });
    const caseId = await accept((await share(["screenings"])).code, fresh);
    const [item] = (await fresh.get("/api/caseload")).json.items;
    expect(item).toMatchObject({ id: caseId, familyName: "Family", scopes: ["screenings"] });
    expect(item.babies).toEqual([
      expect.objectContaining({ name: "Robin", ageDays: 35, correctedAgeDays: null }),
    ]);
    expect(item.caregivers.map((c: { relationship: string }) => c.relationship).sort()).toEqual(
      expect.arrayContaining(["father"]),
    );
    // The unshared one (a total of 24) is not there; the shared pair makes the trend, and item 9 raised a flag.
    const phq = item.screenings.find((s: { instrumentId: string }) => s.instrumentId === "phq9");
    expect(phq).toMatchObject({ latest: { total: 10 }, previous: { total: 6 }, trend: "up" });
    expect(item.safetyFlags).toHaveLength(1);
    expect(item.safetyFlags[0]).toMatchObject({
      instrumentId: "phq9",
      flags: [expect.objectContaining({ item: "9" })],
    });
    // Without the entries scope the log's last activity is not shown.
    expect(item.lastActivityAt).toBeNull();
    expect((await fresh.get("/api/caseload?flagged=true")).json.total).toBe(1);
    expect((await fresh.get("/api/caseload?q=zzz")).json.total).toBe(0);
    expect((await fresh.get("/api/caseload?q=robin")).json.total).toBe(1);
    expect((await fresh.get("/api/caseload?sort=sideways")).status).toBe(400);
  });
});
