import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const phq9 = (options: number[]) => ({
  instrumentId: "phq9",
  subject: "self",
  answers: options.map((option, i) => ({ item: String(i + 1), option })),
});
const thought = (familyId: string, situation: string, sharedWithClinicians: boolean) => ({
  familyId,
  situation,
  automaticThought: "I should know what she needs",
  feelings: [{ name: "Worried", intensity: 70, after: 40 }],
  balancedThought: "We are learning each other",
  sharedWithClinicians,
});
type Point = { id: string; total: number; flagged: boolean; band: string | null };
type Series = { caregiver: { id: string; name: string }; shortName: string; points: Point[] };

describe.each(databaseKinds)("what a family shares for its clinician to read, on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;
  /** A clinician of their own per test: shares with one clinician add up on the one case. */
  let clinician: HttpClient;
  const people: Record<"mum" | "dad", { id: string; name: string }> = {
    mum: { id: "", name: "" },
    dad: { id: "", name: "" },
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    cast = await twoFamilies(server);
    for (const who of ["mum", "dad"] as const) {
      const { id, name } = (await cast[who].get("/api/me")).json.user;
      people[who] = { id, name };
    }
  });
  afterAll(() => server?.close());

  /** The family shares `scopes` with the clinician, who takes it up: the case's id, and the share's. */
  const openCase = async (scopes: string[]) => {
    clinician = server.client();
    await clinician.signUp(uniqueEmail("clinician"), { role: "clinician" });
    const made = await cast.mum.post("/api/consents", { familyId: cast.familyId, scopes });
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    const taken = await clinician.post(`/api/consents/${made.json.code}/accept`, {});
    expect(taken.status, JSON.stringify(taken.json)).toBe(200);
    return { caseId: taken.json.caseId as string, shareId: made.json.id as string };
  };
  const checkIn = async (as: HttpClient, options: number[], shared: boolean) => {
    const made = await as.post("/api/screenings", phq9(options));
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    if (shared) await shareResult(as, made.json.id, true);
    return made.json.id as string;
  };
  const shareResult = async (as: HttpClient, id: string, clinicians: boolean) =>
    expect((await as.patch(`/api/screenings/${id}`, { sharing: { clinicians } })).status).toBe(200);
  const partsRead = async (caseId: string) => {
    const log = await cast.dad.get(`/api/audit?familyId=${cast.familyId}&limit=200`);
    expect(log.status).toBe(200);
    return (log.json.items as { action: string; subjectId?: string; details?: { part?: string } }[])
      .filter((e) => e.action === "case.read" && e.subjectId === caseId)
      .map((e) => e.details?.part);
  };

  it("charts only the results each caregiver shared, and drops one the moment it is unshared", async () => {
    const first = await checkIn(cast.mum, [1, 1, 1, 1, 1, 1, 0, 0, 0], true);
    const second = await checkIn(cast.mum, [2, 2, 1, 1, 1, 1, 1, 0, 1], true);
    const kept = await checkIn(cast.mum, [3, 3, 3, 3, 3, 3, 3, 3, 0], false);
    const dads = await checkIn(cast.dad, [1, 0, 0, 0, 0, 0, 0, 0, 0], true);
    const dadsPrivate = await checkIn(cast.dad, [2, 2, 2, 2, 2, 2, 2, 2, 0], false);
    await checkIn(cast.other, [1, 1, 1, 1, 1, 1, 1, 1, 0], true);
    const { caseId } = await openCase(["screenings"]);

    const read = await clinician.get(`/api/cases/${caseId}/screenings?lang=en`);
    expect(read.status, read.text).toBe(200);
    const series = read.json.series as Series[];
    expect(series).toHaveLength(2);
    const mums = series.find((s) => s.caregiver.id === people.mum.id);
    expect(mums).toMatchObject({
      caregiver: people.mum,
      instrumentId: "phq9",
      shortName: "PHQ-9",
      about: "self",
      range: { min: 0, max: 27 },
    });
    expect(mums?.points.map((p) => [p.id, p.total, p.flagged])).toEqual([
      [first, 6, false],
      [second, 10, true],
    ]);
    expect(mums?.points[0]?.band).toEqual(expect.any(String));
    const dadSeries = series.find((s) => s.caregiver.id === people.dad.id);
    expect(dadSeries?.points.map((p) => p.id)).toEqual([dads]);
    expect(read.text).not.toContain(kept);
    expect(read.text).not.toContain(dadsPrivate);

    await shareResult(cast.mum, first, false);
    const after = (await clinician.get(`/api/cases/${caseId}/screenings`)).json.series as Series[];
    expect(after.find((s) => s.caregiver.id === people.mum.id)?.points.map((p) => p.id)).toEqual([second]);

    // A window with nothing in it, and windows that make no sense.
    const later = new Date(Date.now() + 3_600_000).toISOString();
    expect((await clinician.get(`/api/cases/${caseId}/screenings?from=${later}`)).json.series).toEqual([]);
    const backwards = await clinician.get(
      `/api/cases/${caseId}/screenings?from=${later}&to=${new Date().toISOString()}`,
    );
    expect(backwards.status).toBe(400);
    expect(backwards.json.error.message).toMatch(/from must be on or before to/);
    const loose = await clinician.get(`/api/cases/${caseId}/screenings?from=yesterday`);
    expect(loose.status).toBe(400);
    expect(loose.json.error.message).toMatch(/from/);

    expect(await partsRead(caseId)).toContain("screenings");
  });

  it("lists the thought records their authors shared, newest first, and never another's private one", async () => {
    const post = async (as: HttpClient, body: object) => {
      const made = await as.post("/api/thought-records", body);
      expect(made.status, JSON.stringify(made.json)).toBe(201);
      return made.json.id as string;
    };
    const older = await post(cast.mum, thought(cast.familyId, "The first week home", true));
    const newer = await post(cast.mum, thought(cast.familyId, "The night feed", true));
    const mumsOwn = await post(cast.mum, thought(cast.familyId, "Just for me", false));
    const dadsOwn = await post(cast.dad, thought(cast.familyId, "Dad's own page", false));
    const elsewhere = await post(cast.other, thought(cast.otherFamilyId, "Another family", true));
    const { caseId } = await openCase(["thought_records"]);

    const first = await clinician.get(`/api/cases/${caseId}/thought-records?limit=1`);
    expect(first.status, first.text).toBe(200);
    expect(first.json.items).toEqual([
      expect.objectContaining({
        id: newer,
        situation: "The night feed",
        feelings: [{ name: "Worried", intensity: 70, after: 40 }],
        author: people.mum,
      }),
    ]);
    const rest = await clinician.get(
      `/api/cases/${caseId}/thought-records?limit=1&cursor=${first.json.nextCursor}`,
    );
    expect(rest.json.items.map((r: { id: string }) => r.id)).toEqual([older]);
    expect(rest.json.nextCursor).toBeNull();
    const all = await clinician.get(`/api/cases/${caseId}/thought-records`);
    for (const hidden of [mumsOwn, dadsOwn, elsewhere]) expect(all.text).not.toContain(hidden);

    // The author takes one back: it is gone from the next read.
    expect(
      (await cast.mum.patch(`/api/thought-records/${newer}`, { sharedWithClinicians: false })).status,
    ).toBe(200);
    const now = await clinician.get(`/api/cases/${caseId}/thought-records`);
    expect(now.json.items.map((r: { id: string }) => r.id)).toEqual([older]);

    const bad = await clinician.get(`/api/cases/${caseId}/thought-records?cursor=nonsense`);
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("invalid_cursor");
    expect(await partsRead(caseId)).toContain("thought_records");
  });

  it("shows a baby's visit summary, with shared check-ins only when results are shared too", async () => {
    const { mum, babyId } = cast;
    const logged = await mum.post(`/api/babies/${babyId}/entries?acceptOverlap=true`, {
      type: "growth",
      startedAt: new Date(Date.now() - 3_600_000).toISOString(),
      details: { weightKg: 4.8 },
    });
    expect(logged.status, logged.text).toBe(201);
    const shared = await checkIn(mum, [1, 1, 0, 0, 0, 0, 0, 0, 0], true);
    const kept = await checkIn(mum, [2, 1, 0, 0, 0, 0, 0, 0, 0], false);
    const { caseId, shareId } = await openCase(["visit_summary"]);
    const url = `/api/cases/${caseId}/visit-summary?babyId=${babyId}`;

    const plain = await clinician.get(`${url}&days=14`);
    expect(plain.status, plain.text).toBe(200);
    expect(plain.json).toMatchObject({ baby: { id: babyId, name: "Robin" }, ageDays: 35, checkIns: [] });
    expect(plain.json.days).toHaveLength(14);
    expect(plain.json.growth).toEqual([expect.objectContaining({ weightKg: 4.8 })]);

    expect(
      (await mum.patch(`/api/consents/${shareId}`, { scopes: ["visit_summary", "screenings"] })).status,
    ).toBe(200);
    const withResults = await clinician.get(url);
    expect(withResults.json.days).toHaveLength(7);
    const ids = withResults.json.checkIns.map((c: { id: string }) => c.id);
    expect(ids).toContain(shared);
    expect(ids).not.toContain(kept);
    expect(withResults.json.checkIns.find((c: { id: string }) => c.id === shared)).toMatchObject({
      shortName: "PHQ-9",
      total: 2,
      range: { min: 0, max: 27 },
      caregiver: people.mum,
    });

    // Another family's baby is not in this case; bad values say what would work.
    const elsewhere = await clinician.get(`/api/cases/${caseId}/visit-summary?babyId=${cast.otherBabyId}`);
    expect(elsewhere.status).toBe(404);
    const missing = await clinician.get(`/api/cases/${caseId}/visit-summary`);
    expect(missing.status).toBe(400);
    expect(missing.json.error.message).toMatch(/babyId/);
    const month = await clinician.get(`${url}&days=30`);
    expect(month.status).toBe(400);
    expect(month.json.error.message).toMatch(/7 or 14/);
    expect(await partsRead(caseId)).toContain("visit_summary");
  });
});
