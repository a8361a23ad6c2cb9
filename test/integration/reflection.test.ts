import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, dayBounds, localDate, zonedTime } from "../../src/domain/time.js";
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
    // Averaged over full days only: the feed 27 hours ago is on a day that has ended.
    expect(res.json.feeds).toMatchObject({ averagePerDay: 1, days: 1 });
    expect(res.json.fullDays).toBeGreaterThanOrEqual(1);
    expect(res.json.days.at(-1).complete).toBe(false);
    // A range is described, never a verdict on the week.
    expect(res.json.sleep).not.toHaveProperty("relation");
    expect(res.json.feeds).not.toHaveProperty("relation");
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

  it("averages the six full days before today, in a family's zone west of UTC, and never today", async () => {
    const { mum } = cast;
    const timeZone = "America/Phoenix";
    const familyId = (await mum.post("/api/families", { name: "Desert", timeZone })).json.id;
    const born = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    const babyId = (await mum.post(`/api/families/${familyId}/babies`, { name: "Sol", birthDate: born })).json
      .id;
    const log = async (type: string, start: number, end: number, details: Record<string, unknown> = {}) =>
      expect(
        (
          await mum.post(`/api/babies/${babyId}/entries`, {
            type,
            startedAt: new Date(start).toISOString(),
            endedAt: new Date(end).toISOString(),
            details,
          })
        ).status,
      ).toBe(201);
    const now = Date.now();
    const today = localDate(now, timeZone);
    // Each of the six days before today: 9 naps of 100 minutes and 9 bottle feeds of 20 minutes.
    for (let d = -6; d < 0; d++) {
      const date = addCalendarDays(today, d);
      const at = (minutes: number) => zonedTime(date, Math.floor(minutes / 60), minutes % 60, timeZone);
      for (let k = 0; k < 9; k++) {
        await log("sleep", at(k * 160), at(k * 160 + 100));
        await log("feed", at(k * 160 + 110), at(k * 160 + 130), { method: "bottle", amountMl: 90 });
      }
    }
    // And today so far, whatever the hour: one nap and one feed, both already over.
    const [dayStart] = dayBounds(today, timeZone);
    const part = (share: number) => dayStart + Math.floor((now - dayStart) * share);
    await log("sleep", part(0.1), part(0.4));
    await log("feed", part(0.5), part(0.6), { method: "bottle", amountMl: 60 });

    const week = (await mum.get(`/api/babies/${babyId}/reflection`)).json;
    expect(week).toMatchObject({ from: addCalendarDays(today, -6), to: today, timeZone, fullDays: 6 });
    expect(week.feeds).toMatchObject({ averagePerDay: 9, days: 6 });
    expect(week.sleep).toMatchObject({ averageHours: 15, days: 6 });
    expect(week.days.map((d: { complete: boolean }) => d.complete)).toEqual([...Array(6).fill(true), false]);
    expect(week.days[6]).toMatchObject({ date: today, feeds: 1 });
  });

  it("is a 404 for another family", async () => {
    expect((await cast.other.get(`/api/babies/${cast.babyId}/reflection`)).status).toBe(404);
  });
});
