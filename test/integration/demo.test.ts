import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPeople, seedDemo } from "../../src/server/demo/seed.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

describe("npm run demo's family", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
  });
  afterAll(() => server?.close());

  it("is seeded through the API once, shared by both caregivers, and valid to the last entry", async () => {
    const first = await seedDemo(server.base, "Europe/London");
    expect(first.seeded).toBe(true);
    expect(await seedDemo(server.base, "Europe/London")).toEqual({ seeded: false });

    const alex = server.client();
    expect((await alex.signIn(demoPeople.partner.email, demoPeople.partner.password)).status).toBe(200);
    const [family] = (await alex.get("/api/families")).json.items;
    expect(family).toMatchObject({ timeZone: "Europe/London", permission: "owner" });
    const robin = (await alex.get(`/api/families/${family.id}`)).json.babies[0];
    expect(robin).toMatchObject({ name: "Robin", gestationalWeeks: 35 });

    const entries = (await alex.get(`/api/babies/${robin.id}/entries?limit=500`)).json.items;
    expect(entries).toHaveLength(first.entries ?? Number.NaN);
    const types = new Set(entries.map((e: { type: string }) => e.type));
    for (const type of ["feed", "diaper", "sleep", "play", "bath", "soothing", "growth", "appointment"])
      expect(types).toContain(type);
    const loggers = new Set(entries.map((e: { caregiverId: string }) => e.caregiverId));
    expect(loggers.size).toBe(2);
  });
});
