// GET /api/bootstrap: the app's first request, answering for the signed-in person only. It opens the family
// the device asks for when the person is one of its caregivers, and never anyone else's. Large API replies
// travel compressed to clients that accept it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

describe.each(databaseKinds)("the bootstrap request on %s", (kind) => {
  let server: TestServer;
  let mum: HttpClient;
  let stranger: HttpClient;
  let first: string;
  let second: string;
  let strangers: string;

  const family = async (client: HttpClient, name: string) => {
    const res = await client.post("/api/families", {
      name,
      timeZone: "Europe/Madrid",
      relationship: "mother",
    });
    expect(res.status).toBe(201);
    return res.json.id as string;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    [mum, stranger] = [server.client(), server.client()];
    await mum.signUp(uniqueEmail("boot-mum"), { name: "Lucía" });
    await stranger.signUp(uniqueEmail("boot-stranger"));
    first = await family(mum, "Home");
    second = await family(mum, "Grandma's");
    strangers = await family(stranger, "Elsewhere");
    const baby = await mum.post(`/api/families/${second}/babies`, { name: "Nico", birthDate: "2026-10-01" });
    expect(baby.status).toBe(201);
  });
  afterAll(() => server?.close());

  it("is refused without a session, like /api/me", async () => {
    const res = await server.client().get("/api/bootstrap");
    expect(res.status).toBe(401);
  });

  it("answers what /api/me, /api/families and the first family answer, in one reply", async () => {
    const [boot, me, families, home] = await Promise.all([
      mum.get("/api/bootstrap"),
      mum.get("/api/me"),
      mum.get("/api/families"),
      mum.get(`/api/families/${first}`),
    ]);
    expect(boot.status).toBe(200);
    expect(boot.json.user).toEqual(me.json.user);
    expect(boot.json.preferences).toEqual(me.json.preferences);
    expect(boot.json.families).toEqual(families.json.items);
    expect(boot.json.family).toEqual(home.json);
  });

  it("opens the family the device asks for, only when the person is one of its caregivers", async () => {
    const chosen = await mum.get(`/api/bootstrap?family=${second}`);
    expect(chosen.json.family).toMatchObject({
      id: second,
      babies: [expect.objectContaining({ name: "Nico" })],
    });
    // Someone else's family id opens the person's own first family, and says nothing of the other.
    const other = await mum.get(`/api/bootstrap?family=${strangers}`);
    expect(other.json.family.id).toBe(first);
    expect(JSON.stringify(other.json)).not.toContain("Elsewhere");
    const theirs = await stranger.get(`/api/bootstrap?family=${second}`);
    expect(theirs.json.family.id).toBe(strangers);
    expect(theirs.json.families.map((f: { id: string }) => f.id)).toEqual([strangers]);
  });

  it("has no family for a person who has none yet", async () => {
    const newcomer = server.client();
    await newcomer.signUp(uniqueEmail("boot-new"));
    const res = await newcomer.get("/api/bootstrap");
    expect(res.json).toMatchObject({ families: [], family: null });
  });

  it("sends a large reply compressed to a client that accepts it, and as it is to one that does not", async () => {
    const babyId = (await mum.get(`/api/families/${second}`)).json.babies[0].id;
    const changes = Array.from({ length: 40 }, (_, i) => ({
      entity: "entry",
      op: "upsert",
      data: {
        id: crypto.randomUUID(),
        babyId,
        type: "diaper",
        startedAt: new Date(Date.now() - (i + 1) * 3_600_000).toISOString(),
        details: { kind: "wet" },
        moments: [],
        cues: [],
      },
    }));
    expect((await mum.post("/api/sync", { changes })).status).toBe(200);
    const compressed = await mum.post("/api/sync", { changes: [] }, { "accept-encoding": "br, gzip" });
    expect(compressed.headers.get("content-encoding")).toBe("br");
    expect(compressed.json.changes).toHaveLength(40);
    const plain = await mum.post("/api/sync", { changes: [] }, { "accept-encoding": "identity" });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.json.changes).toHaveLength(40);
  });
});
