import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listingInputSchema } from "../../src/domain/directory/listing-input.js";
import { fictionalProviders } from "../../src/server/demo/fictional-providers.js";
import { demoPeople, seedDemo } from "../../src/server/demo/seed.js";
import { demoClinician, seedClinician } from "../../src/server/demo/seed-clinician.js";
import { demoModerator, demoProvider, seedDirectory } from "../../src/server/demo/seed-directory.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

describe("npm run demo's family", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
  });
  afterAll(() => server?.close());

  it("is seeded through the API once, shared by both caregivers, and valid to the last entry", async () => {
    // The seed signs each person in before signing them up: nothing of that reaches the log.
    const warned = vi.spyOn(console, "warn");
    const first = await seedDemo(server.base, "Europe/London");
    expect(first.seeded).toBe(true);
    expect(await seedDemo(server.base, "Europe/London")).toEqual({ seeded: false });
    expect(warned.mock.calls.filter(([line]) => String(line).startsWith("[better-auth]"))).toEqual([]);
    warned.mockRestore();

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

  it("has a clinician the family shares with, whose caseload shows the family and its shared check-ins", async () => {
    const seeded = await seedClinician(server.base);
    expect(seeded.seeded).toBe(true);
    expect(await seedClinician(server.base)).toEqual({ seeded: false });
    const sam = server.client();
    expect((await sam.signIn(demoClinician.email, demoClinician.password)).status).toBe(200);
    const [item] = (await sam.get("/api/caseload")).json.items;
    expect(item).toMatchObject({ id: seeded.caseId, familyName: "Maya & Alex" });
    expect(item.babies[0]).toMatchObject({ name: "Robin", correctedAgeDays: expect.any(Number) });
    expect(item.screenings[0]).toMatchObject({ instrumentId: "phq9", trend: "down" });
    expect((await sam.get(`/api/cases/${seeded.caseId}/entries?limit=5`)).json.items).toHaveLength(5);
    // Every part of the case file has something in it, and the family sees what Sam sent.
    for (const part of ["notes", "observations", "referrals", "assignments", "checkins", "thought-records"])
      expect((await sam.get(`/api/cases/${seeded.caseId}/${part}`)).status, part).toBe(200);
    const maya = server.client();
    expect((await maya.signIn(demoPeople.mother.email, demoPeople.mother.password)).status).toBe(200);
    const familyId = (await maya.get("/api/families")).json.items[0].id;
    expect((await maya.get(`/api/families/${familyId}/observations`)).json.items).toHaveLength(1);
    expect((await maya.get(`/api/families/${familyId}/referrals`)).json.items[0]).toMatchObject({
      service: "infant_massage",
      status: "suggested",
    });
  });

  it("has about 200 fictional providers to search, a provider's own listing and a moderation queue", async () => {
    const seeded = await seedDirectory(server.base, server.app.attune);
    expect(seeded).toEqual({ seeded: true, providers: 201 });
    expect(await seedDirectory(server.base, server.app.attune)).toEqual({ seeded: false });
    const visitor = server.client();
    const near = await visitor.get("/api/directory/providers?near=London&radiusKm=50");
    expect(near.json.total).toBeGreaterThan(3);
    const distances = near.json.items.map((i: { distanceKm: number }) => i.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(near.json.items.every((i: { name: string }) => i.name.endsWith("(demo)"))).toBe(true);

    const rosa = server.client();
    expect((await rosa.signIn(demoProvider.email, demoProvider.password)).status).toBe(200);
    expect((await rosa.get("/api/directory/mine")).json.items[0]).toMatchObject({
      status: "approved",
      freshness: "reconfirm_due",
    });
    expect((await visitor.get("/api/directory/providers?near=94110&q=Rosa")).json.total).toBe(1);
    const jordan = server.client();
    expect((await jordan.signIn(demoModerator.email, demoModerator.password)).status).toBe(200);
    expect((await jordan.get("/api/me")).json.user.role).toBe("moderator");
    expect((await jordan.get("/api/directory/moderation/queue")).json.items.length).toBe(10);
  });

  it("generates only listings the directory accepts, the same every run", () => {
    const many = fictionalProviders(2000);
    for (const p of many) expect(listingInputSchema.safeParse(p.input).success).toBe(true);
    expect(fictionalProviders(5)).toEqual(fictionalProviders(5));
  });
});
