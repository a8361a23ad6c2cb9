// Pulling history from a running Baby Buddy, on both databases: a real HTTP server stands in for Baby Buddy
// (test/support/babybuddy-fixture.ts) and answers in its documented shape with `next` paging. The pull asks
// which child when there are several, follows every page, previews without writing, imports exactly once,
// never sends the key to another server, and says in words what went wrong with an address or a key.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BABY_BUDDY_KEY, type BabyBuddyFixture, startBabyBuddy } from "../support/babybuddy-fixture.js";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import type { HttpClient } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const HOUR = 3_600_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** An ISO time as Baby Buddy writes it in New York in winter: "2026-11-02T09:30:00-05:00". */
const newYork = (ms: number) => `${new Date(ms - 5 * HOUR).toISOString().slice(0, 19)}-05:00`;

const start = Date.now() - 60 * 24 * HOUR;
// 1,200 bottles an hour apart: three pages of the 500 Attune asks for.
const feedings = Array.from({ length: 1200 }, (_, i) => ({
  id: i + 1,
  child: 1,
  start: newYork(start + i * HOUR),
  end: newYork(start + i * HOUR + 15 * 60_000),
  duration: "00:15:00",
  type: i % 2 ? "formula" : "breast milk",
  method: "bottle",
  amount: 90,
  notes: i === 0 ? "first one from the new bottle" : null,
  tags: [],
}));
const lists = {
  children: [
    { id: 1, first_name: "Ada", last_name: "Lovelace", birth_date: day(start - 30 * 24 * HOUR), slug: "ada" },
    { id: 2, first_name: "Ben", last_name: "Lovelace", birth_date: "2023-02-01", slug: "ben" },
  ],
  feedings: [
    ...feedings,
    {
      id: 5000,
      child: 2,
      start: newYork(start),
      end: newYork(start + HOUR / 4),
      type: "solid food",
      method: "self fed",
      amount: null,
      notes: null,
      tags: [],
    },
  ],
  sleep: [
    {
      id: 7,
      child: 1,
      start: `${new Date(start + 2 * HOUR).toISOString().slice(0, 23)}413Z`,
      end: `${new Date(start + 3.5 * HOUR).toISOString().slice(0, 23)}108Z`,
      duration: "01:30:00.695",
      nap: true,
      notes: null,
      tags: ["crib"],
    },
  ],
  changes: [
    {
      id: 3,
      child: 1,
      time: newYork(start + HOUR),
      wet: true,
      solid: true,
      color: "yellow",
      amount: null,
      notes: "",
      tags: [],
    },
  ],
  "tummy-times": [
    {
      id: 4,
      child: 1,
      start: newYork(start + 5 * HOUR),
      end: newYork(start + 5 * HOUR + 600_000),
      milestone: "lifted her head",
      tags: [],
    },
  ],
  pumping: [
    {
      id: 5,
      child: 1,
      start: newYork(start + 4 * HOUR),
      end: newYork(start + 4.25 * HOUR),
      amount: 120,
      notes: null,
      tags: [],
    },
  ],
  temperature: [
    { id: 6, child: 1, time: newYork(start + 6 * HOUR), temperature: 37.4, notes: null, tags: [] },
  ],
  weight: [{ id: 8, child: 1, weight: 4.2, date: day(start + 24 * HOUR), notes: null, tags: [] }],
  height: [{ id: 9, child: 1, height: 55.5, date: day(start + 24 * HOUR), notes: null, tags: [] }],
  "head-circumference": [
    { id: 10, child: 1, head_circumference: 37.1, date: day(start + 24 * HOUR), notes: null, tags: [] },
  ],
  notes: [
    { id: 11, child: 1, note: "Grandma visited", time: newYork(start + 7 * HOUR), image: null, tags: [] },
  ],
  // No /api/medication/: an older Baby Buddy, whose missing list is skipped.
};
const ADA_RECORDS = 1200 + 9;

describe.each(databaseKinds)("pulling history from Baby Buddy on %s", (kind) => {
  let server: TestServer;
  let f: TwoFamilies;
  let babyBuddy: BabyBuddyFixture;
  const pull = (client: HttpClient, body: Record<string, unknown>, query: Record<string, string> = {}) =>
    client.post(
      `/api/babies/${f.babyId}/imports/babybuddy?${new URLSearchParams({ timeZone: "America/New_York", ...query })}`,
      { url: babyBuddy.url, token: BABY_BUDDY_KEY, ...body },
    );
  const count = async () =>
    (await f.mum.get(`/api/babies/${f.babyId}/entries?limit=500`)).json.items.length as number;

  beforeAll(async () => {
    server = await startTestServer(kind, { env: { IMPORT_PRIVATE_HOSTS: "true" } });
    f = await twoFamilies(server);
    babyBuddy = await startBabyBuddy(lists);
  });
  afterAll(async () => {
    await babyBuddy?.close();
    await server?.close();
  });

  it("asks which child when Baby Buddy keeps several, naming them", async () => {
    const asked = await pull(f.mum, {});
    expect(asked.status).toBe(400);
    expect(asked.json.error.code).toBe("choose_child");
    expect(asked.json.error.details.children).toEqual([
      { id: "1", name: "Ada Lovelace", birthDate: lists.children[0]?.birth_date },
      { id: "2", name: "Ben Lovelace", birthDate: "2023-02-01" },
    ]);
  });

  it("previews one child's whole history, every page of it, writing nothing", async () => {
    babyBuddy.requests.clear();
    const preview = await pull(f.mum, { childId: 1 });
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({
      id: null,
      format: "babybuddy",
      dryRun: true,
      total: ADA_RECORDS,
      added: ADA_RECORDS,
      duplicates: 0,
      errors: [],
      child: { id: "1", name: "Ada Lovelace" },
    });
    expect(preview.json.counts.feed).toBe(1200);
    expect(preview.json.counts.sleep).toBe(1);
    expect(preview.json.counts.diaper).toBe(1);
    expect(preview.json.sample[0]).toMatchObject({ type: "feed", note: "first one from the new bottle" });
    // Three pages of feedings, each asked once; the missing medication list asked and skipped.
    expect(babyBuddy.requests.get("/api/feedings/")).toBe(3);
    expect(babyBuddy.requests.get("/api/medication/")).toBe(1);
    expect(babyBuddy.authorizations.every((a) => a === `Token ${BABY_BUDDY_KEY}`)).toBe(true);
    expect(await count()).toBe(0);
  });

  it("imports exactly once, Ben's history left out, and never keeps the key", async () => {
    const done = await pull(f.mum, { childId: 1 }, { dryRun: "false" });
    expect(done.status).toBe(201);
    expect(done.json).toMatchObject({ dryRun: false, added: ADA_RECORDS, duplicates: 0 });
    const again = await pull(f.dad, { childId: 1 }, { dryRun: "false" });
    expect(again.json).toMatchObject({ added: 0, duplicates: ADA_RECORDS });
    const listed = (await f.mum.get(`/api/babies/${f.babyId}/imports`)).json.items;
    expect(listed[0]).toMatchObject({ format: "babybuddy", added: 0 });
    expect(JSON.stringify(listed)).not.toContain(BABY_BUDDY_KEY);
    const week = (await f.mum.get(`/api/babies/${f.babyId}/entries?limit=500`)).json.items;
    expect(week.some((e: { type: string }) => e.type === "solids")).toBe(false);
    const bottle = week.find(
      (e: { type: string; details: { method?: string } }) => e.details.method === "bottle",
    );
    expect(bottle.details).toMatchObject({ amountMl: 90 });
  });

  it("says what is wrong with the key or the address, and sends the key nowhere else", async () => {
    const wrongKey = await pull(f.mum, { childId: 1, token: "not-the-key" });
    expect(wrongKey.status).toBe(400);
    expect(wrongKey.json.error.code).toBe("babybuddy_key");
    const nothingThere = await pull(f.mum, { childId: 1, url: `${babyBuddy.url}/nothing-here` });
    expect(nothingThere.json.error.code).toBe("babybuddy_not_found");
    const metadata = await pull(f.mum, { childId: 1, url: "http://169.254.169.254/" });
    expect(metadata.status).toBe(400);
    expect(metadata.json.error.code).toBe("babybuddy_address");
    expect((await pull(f.mum, { childId: 1, url: "ftp://example.org" })).json.error.code).toBe(
      "babybuddy_address",
    );
    const closed = await pull(f.mum, { childId: 1, url: "http://127.0.0.1:9" });
    expect(closed.json.error.code).toBe("babybuddy_unreachable");

    const elsewhere = await startBabyBuddy(lists, { nextOrigin: "http://127.0.0.1:9" });
    try {
      const followed = await pull(f.mum, { childId: 1, url: elsewhere.url });
      expect(followed.status).toBe(502);
      expect(followed.json.error.code).toBe("babybuddy_failed");
    } finally {
      await elsewhere.close();
    }
  });

  it("lets no one outside the family pull into the baby", async () => {
    expect((await pull(f.other, { childId: 1 }, { dryRun: "false" })).status).toBe(404);
    expect((await server.client().post(`/api/babies/${f.babyId}/imports/babybuddy`, {})).status).toBe(401);
  });
});

describe("a shared server that keeps Baby Buddy pulls off private networks", () => {
  it("refuses a Baby Buddy on this machine unless IMPORT_PRIVATE_HOSTS allows it", async () => {
    const server = await startTestServer("sqlite");
    const babyBuddy = await startBabyBuddy(lists);
    try {
      const f = await twoFamilies(server);
      const refused = await f.mum.post(`/api/babies/${f.babyId}/imports/babybuddy`, {
        url: babyBuddy.url,
        token: BABY_BUDDY_KEY,
        childId: 1,
      });
      expect(refused.status).toBe(400);
      expect(refused.json.error.code).toBe("babybuddy_address");
      expect(refused.json.error.message).toMatch(/private network/);
      expect(babyBuddy.requests.size).toBe(0);
    } finally {
      await babyBuddy.close();
      await server.close();
    }
  });
});
