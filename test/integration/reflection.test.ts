import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

describe.each(databaseKinds)("the weekly reflection on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;

  beforeAll(async () => {
    server = await startTestServer(kind);
    cast = await twoFamilies(server);
    const { mum, dad, babyId } = cast;
    await mum.post(`/api/babies/${babyId}/entries`, {
      type: "bath",
      startedAt: hoursAgo(30),
      endedAt: hoursAgo(29.8),
      details: {},
      moments: ["singing", "eye_contact"],
    });
    await dad.post(`/api/babies/${babyId}/entries`, {
      type: "diaper",
      startedAt: hoursAgo(28),
      details: { kind: "wet" },
      moments: ["talking"],
    });
    await dad.post(`/api/babies/${babyId}/entries`, {
      type: "feed",
      startedAt: hoursAgo(27),
      endedAt: hoursAgo(26.7),
      details: { method: "bottle", amountMl: 90 },
    });
  });
  afterAll(() => server?.close());

  it("describes the last seven days for any caregiver, routines ordered by their moments", async () => {
    const res = await cast.dad.get(`/api/babies/${cast.babyId}/reflection`);
    expect(res.status).toBe(200);
    expect(res.json.days).toHaveLength(7);
    expect(res.json.routines.map((r: { type: string }) => r.type)).toEqual(["bath", "diaper"]);
    expect(res.json.feeds.averagePerDay).toBe(1);
    // Robin is five weeks old: the sleep range for 0–3 months, and no feed range past the first month.
    expect(res.json.sleep.range).toMatchObject({ low: 14, high: 17 });
    expect(res.json.feeds.range).toBeNull();
    expect(res.json.ageDays).toBe(35);
  });

  it("takes a week's first day, and says how to write one it cannot read", async () => {
    const old = await cast.mum.get(`/api/babies/${cast.babyId}/reflection?from=2025-01-06`);
    expect(old.status).toBe(200);
    expect(old.json).toMatchObject({ from: "2025-01-06", to: "2025-01-12", routines: [] });
    const bad = await cast.mum.get(`/api/babies/${cast.babyId}/reflection?from=last-week`);
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain("YYYY-MM-DD");
  });

  it("is a 404 for another family", async () => {
    expect((await cast.other.get(`/api/babies/${cast.babyId}/reflection`)).status).toBe(404);
  });
});
