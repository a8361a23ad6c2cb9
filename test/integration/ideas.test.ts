import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

describe.each(databaseKinds)("bonding ideas on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;

  beforeAll(async () => {
    server = await startTestServer(kind);
    cast = await twoFamilies(server);
  });
  afterAll(() => server?.close());

  it("lists the whole library in either language, each idea with its age bands and source", async () => {
    const en = await cast.mum.get("/api/guidance/ideas?lang=en&limit=1000");
    const es = await cast.mum.get("/api/guidance/ideas?lang=es&limit=1000");
    expect(en.status).toBe(200);
    expect(en.json.items.length).toBeGreaterThanOrEqual(120);
    expect(es.json.items.map((i: { id: string }) => i.id)).toEqual(
      en.json.items.map((i: { id: string }) => i.id),
    );
    expect(es.json.items[0].text).not.toBe(en.json.items[0].text);
    for (const idea of en.json.items) {
      expect(idea.ageBands.length).toBeGreaterThan(0);
      expect(idea.source.title).toBeTruthy();
    }
    const baths = await cast.mum.get("/api/guidance/ideas?band=0-6w&occasion=bath");
    expect(baths.json.total).toBeGreaterThan(0);
    for (const idea of baths.json.items) {
      expect(idea.ageBands).toContain("0-6w");
      expect(idea.occasions).toContain("bath");
    }
  });

  it("keeps the day's idea steady, offers a new idea for each moment, and never one that was hidden", async () => {
    const { mum, babyId } = cast;
    const daily = await mum.get(`/api/guidance/ideas/pick?babyId=${babyId}`);
    expect(daily.status).toBe(200);
    expect(daily.json.band).toBe("0-6w"); // Robin is five weeks old
    const again = await mum.get(`/api/guidance/ideas/pick?babyId=${babyId}`);
    expect(again.json.idea.id).toBe(daily.json.idea.id);

    const first = await mum.get(`/api/guidance/ideas/pick?babyId=${babyId}&occasion=diaper`);
    const second = await mum.get(`/api/guidance/ideas/pick?babyId=${babyId}&occasion=diaper`);
    expect(second.json.idea.id).not.toBe(first.json.idea.id);

    const hid = await mum.put(`/api/guidance/ideas/${daily.json.idea.id}/mark`, { hidden: true });
    expect(hid.status).toBe(200);
    expect(hid.json.hidden).toBe(true);
    const replaced = await mum.get(`/api/guidance/ideas/pick?babyId=${babyId}`);
    expect(replaced.json.idea.id).not.toBe(daily.json.idea.id);
  });

  it("saves ideas per person", async () => {
    const { mum, dad } = cast;
    const [idea] = (await mum.get("/api/guidance/ideas?band=0-6w&limit=1")).json.items;
    expect((await mum.put(`/api/guidance/ideas/${idea.id}/mark`, { saved: true })).json.saved).toBe(true);
    const mine = await mum.get("/api/guidance/ideas?saved=true");
    expect(mine.json.items.map((i: { id: string }) => i.id)).toEqual([idea.id]);
    expect((await dad.get("/api/guidance/ideas?saved=true")).json.items).toEqual([]);
  });

  it("says what is wrong with a bad request, and keeps other families' babies hidden", async () => {
    const { mum, other, babyId } = cast;
    expect((await mum.put("/api/guidance/ideas/no-such-idea/mark", { saved: true })).status).toBe(404);
    const empty = await mum.put("/api/guidance/ideas/anything/mark", {});
    expect(empty.status).toBe(400);
    expect(empty.json.error.message).toContain("saved, hidden");
    expect((await mum.get(`/api/guidance/ideas/pick?babyId=${babyId}&occasion=juggling`)).status).toBe(400);
    expect((await other.get(`/api/guidance/ideas/pick?babyId=${babyId}`)).status).toBe(404);
    expect((await server.client().get("/api/guidance/ideas")).status).toBe(401);
  });
});
