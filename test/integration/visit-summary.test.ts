import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe.each(databaseKinds)("the visit summary on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;

  beforeAll(async () => {
    server = await startTestServer(kind);
    cast = await twoFamilies(server);
  });
  afterAll(() => server?.close());

  it("gathers the fortnight's care and the questions a parent saved for the visit", async () => {
    const { mum, dad, babyId } = cast;
    const log = (body: object) => mum.post(`/api/babies/${babyId}/entries?acceptOverlap=true`, body);
    expect(
      (await log({ type: "growth", startedAt: minutesAgo(60), details: { weightKg: 4.6, headCm: 38 } }))
        .status,
    ).toBe(201);
    await log({
      type: "note",
      startedAt: minutesAgo(30),
      details: { forVisit: true },
      note: "How much tummy time?",
    });
    await log({ type: "diaper", startedAt: minutesAgo(20), details: { kind: "dirty" }, note: "Greenish" });
    const res = await dad.get(`/api/babies/${babyId}/visit-summary?days=14`);
    expect(res.status).toBe(200);
    expect(res.json.days).toHaveLength(14);
    expect(res.json.growth).toEqual([expect.objectContaining({ weightKg: 4.6, headCm: 38 })]);
    expect(res.json.questions).toEqual([expect.objectContaining({ text: "How much tummy time?" })]);
    expect(res.json.notes).toEqual([expect.objectContaining({ type: "diaper", text: "Greenish" })]);
    expect(res.json.baby.name).toBe("Robin");
  });

  it("offers 7 or 14 days, and is a 404 for another family", async () => {
    const bad = await cast.mum.get(`/api/babies/${cast.babyId}/visit-summary?days=30`);
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/7|14/);
    expect((await cast.other.get(`/api/babies/${cast.babyId}/visit-summary`)).status).toBe(404);
  });
});
