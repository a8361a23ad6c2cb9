import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "../../src/domain/ids.js";
import { localDate } from "../../src/domain/time.js";
import { twoFamilies } from "../support/family-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { middayZone } from "../support/midday-zone.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe.each(databaseKinds)("offline sync on %s", (kind) => {
  let server: TestServer;
  let mum: HttpClient;
  let dad: HttpClient;
  let other: HttpClient;
  let babyId: string;

  const upsert = (
    id: string,
    minutesAgo: number,
    extra: Record<string, unknown> = {},
    editedAt = ago(0),
  ) => ({
    entity: "entry",
    op: "upsert",
    data: {
      id,
      babyId,
      type: "diaper",
      startedAt: ago(minutesAgo),
      details: { kind: "wet" },
      updatedAt: editedAt,
      ...extra,
    },
  });

  beforeAll(async () => {
    server = await startTestServer(kind);
    ({ mum, dad, other, babyId } = await twoFamilies(server));
  });
  afterAll(() => server?.close());

  async function storedIds(): Promise<string[]> {
    const rows = await server.app.attune.database.db
      .selectFrom("entries")
      .select("id")
      .where("baby_id", "=", babyId)
      .execute();
    return rows.map((r) => r.id);
  }

  it("stores each entry exactly once under duplicated, reordered and interrupted pushes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 8 }),
        async (n, order, cut) => {
          const batch = Array.from({ length: n }, (_, i) => upsert(uuidv7(), 30 + i));
          // An interrupted push delivers a prefix; the retry sends everything again, shuffled, some twice.
          await mum.post("/api/sync", { changes: batch.slice(0, Math.min(cut, n)) });
          const retry = order.map((k) => batch[k % n]);
          const res = await mum.post("/api/sync", { changes: [...retry, ...batch] });
          expect(res.status).toBe(200);
          expect(res.json.conflicts).toEqual([]);
          const ids = await storedIds();
          for (const change of batch) expect(ids.filter((id) => id === change.data.id)).toHaveLength(1);
        },
      ),
      { numRuns: 15 },
    );
  });

  it("accepts changes without a device edit time, still exactly once", async () => {
    const id = uuidv7();
    const change = upsert(id, 8);
    const { updatedAt: _ignored, ...data } = change.data;
    await mum.post("/api/sync", { changes: [{ ...change, data }] });
    const again = await mum.post("/api/sync", { changes: [{ ...change, data }] });
    expect(again.json.applied).toEqual([id]);
    expect((await storedIds()).filter((x) => x === id)).toHaveLength(1);
  });

  it("pulls changes since a cursor, including other caregivers' entries and tombstones", async () => {
    const start = await dad.post("/api/sync", {});
    const id = uuidv7();
    await mum.post("/api/sync", { changes: [upsert(id, 12)] });
    const pulled = await dad.post("/api/sync", { cursor: start.json.cursor });
    expect(pulled.json.changes.map((c: { data: { id: string } }) => c.data.id)).toEqual([id]);
    await mum.post("/api/sync", {
      changes: [{ entity: "entry", op: "delete", data: { id, updatedAt: new Date().toISOString() } }],
    });
    const after = await dad.post("/api/sync", { cursor: pulled.json.cursor });
    expect(after.json.changes).toEqual([
      expect.objectContaining({ op: "delete", data: expect.objectContaining({ id }) }),
    ]);
    const quiet = await dad.post("/api/sync", { cursor: after.json.cursor });
    expect(quiet.json.changes).toEqual([]);
  });

  it("keeps the later edit when two caregivers change the same entry, and loses nothing else", async () => {
    const id = uuidv7();
    await mum.post("/api/sync", { changes: [upsert(id, 50, { note: "first" }, ago(10))] });
    const later = await dad.post("/api/sync", {
      changes: [upsert(id, 50, { note: "dad's later edit" }, ago(2))],
    });
    const earlier = await mum.post("/api/sync", {
      changes: [upsert(id, 50, { note: "mum's older edit" }, ago(5))],
    });
    expect(later.json.applied).toEqual([id]);
    expect(earlier.json.conflicts).toEqual([expect.objectContaining({ id, reason: "stale" })]);
    expect((await mum.get(`/api/entries/${id}`)).json.note).toBe("dad's later edit");
  });

  it("refuses changes for a baby outside the person's families, and invalid entries, one by one", async () => {
    const stranger = upsert(uuidv7(), 5);
    const res = await other.post("/api/sync", { changes: [stranger] });
    expect(res.json.conflicts).toEqual([expect.objectContaining({ reason: "not_found" })]);
    expect(res.json.changes).toEqual([]);
    const good = upsert(uuidv7(), 5);
    const bad = upsert(uuidv7(), -120); // starts two hours from now
    const mixed = await mum.post("/api/sync", { changes: [good, bad] });
    expect(mixed.json.applied).toEqual([good.data.id]);
    expect(mixed.json.conflicts).toEqual([expect.objectContaining({ id: bad.data.id, reason: "invalid" })]);
    expect((await mum.post("/api/sync", { cursor: "nonsense" })).status).toBe(400);
  });
});

describe.each(databaseKinds)("day summary and export on %s", (kind) => {
  let server: TestServer;
  let mum: HttpClient;
  let babyId: string;

  const timeZone = middayZone();

  beforeAll(async () => {
    server = await startTestServer(kind);
    mum = server.client();
    await mum.signUp(uniqueEmail("mum"));
    const family = (await mum.post("/api/families", { name: "F", timeZone })).json.id;
    babyId = (await mum.post(`/api/families/${family}/babies`, { name: "Zoë", birthDate: "2026-10-18" })).json
      .id;
  });
  afterAll(() => server?.close());

  it("summarises a day in the family's time zone with the latest feed, diaper and sleep", async () => {
    await mum.post(`/api/babies/${babyId}/entries`, {
      type: "feed",
      startedAt: ago(30),
      endedAt: ago(15),
      details: { method: "breast", lastSide: "left" },
      moments: ["eye_contact"],
    });
    await mum.post(`/api/babies/${babyId}/entries`, {
      type: "diaper",
      startedAt: ago(10),
      details: { kind: "dirty" },
      moments: ["talking", "eye_contact"],
    });
    await mum.post(`/api/babies/${babyId}/entries`, { type: "sleep", startedAt: ago(5) });
    const today = localDate(Date.now(), timeZone);
    const res = await mum.get(`/api/babies/${babyId}/summary?date=${today}`);
    expect(res.status).toBe(200);
    expect(res.json.timeZone).toBe(timeZone);
    expect(res.json.last.feed.details.lastSide).toBe("left");
    expect(res.json.last.diaper.details.kind).toBe("dirty");
    expect(res.json.asleep).toBe(true);
    expect(res.json.moments.eye_contact).toBeGreaterThanOrEqual(2);
    expect(res.json.counts.diaper).toBeGreaterThanOrEqual(1);
    expect((await mum.get(`/api/babies/${babyId}/summary?date=22-11-2026`)).status).toBe(400);
  });

  it("exports every entry as JSON and as CSV, with formulas defused", async () => {
    const entry = await mum.post(`/api/babies/${babyId}/entries`, {
      type: "note",
      startedAt: ago(1),
      note: "=HYPERLINK(1)",
    });
    const json = await mum.get(`/api/babies/${babyId}/export?format=json`);
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toMatch(/attune-zoe-\d{4}-\d{2}-\d{2}\.json/);
    expect(json.json.entries.map((e: { id: string }) => e.id)).toContain(entry.json.id);
    const csv = await mum.get(`/api/babies/${babyId}/export?format=csv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.text.split("\r\n")[0]).toBe(
      "id,type,startedAt,endedAt,caregiverId,moments,cues,feeling,note,details",
    );
    expect(csv.text).toContain("'=HYPERLINK(1)");
  });
});
