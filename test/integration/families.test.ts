import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

describe.each(databaseKinds)("families, babies and invites on %s", (kind) => {
  let server: TestServer;
  let mum: HttpClient;
  let partner: HttpClient;
  let stranger: HttpClient;
  let familyId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    [mum, partner, stranger] = [server.client(), server.client(), server.client()];
    await mum.signUp(uniqueEmail("mum"));
    await partner.signUp(uniqueEmail("partner"));
    await stranger.signUp(uniqueEmail("stranger"));
    const res = await mum.post("/api/families", {
      name: "Rivera family",
      timeZone: "Europe/Madrid",
      relationship: "mother",
    });
    expect(res.status).toBe(201);
    familyId = res.json.id;
  });
  afterAll(() => server?.close());

  it("makes the creator an owner and lists the family for them only", async () => {
    expect((await mum.get("/api/families")).json.items).toEqual([
      expect.objectContaining({ id: familyId, permission: "owner" }),
    ]);
    expect((await stranger.get("/api/families")).json.items).toEqual([]);
    const family = await mum.get(`/api/families/${familyId}`);
    expect(family.json).toMatchObject({ name: "Rivera family", timeZone: "Europe/Madrid" });
    expect(family.json.caregivers).toEqual([
      expect.objectContaining({ relationship: "mother", permission: "owner" }),
    ]);
  });

  it("refuses an unknown time zone with a message that shows one that works", async () => {
    const res = await mum.patch(`/api/families/${familyId}`, { timeZone: "Mars/Olympus" });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toContain("Europe/Madrid");
  });

  it("adds twins, an expected baby, and a preterm baby; an expected baby is born when given a birth date", async () => {
    const a = await mum.post(`/api/families/${familyId}/babies`, {
      name: "Ana",
      birthDate: "2026-10-01",
      gestationalWeeks: 33,
    });
    const b = await mum.post(`/api/families/${familyId}/babies`, {
      name: "Bea",
      birthDate: "2026-10-01",
      gestationalWeeks: 33,
    });
    expect([a.status, b.status]).toEqual([201, 201]);
    const expected = await mum.post(`/api/families/${familyId}/babies`, {
      name: "Bump",
      dueDate: "2027-03-01",
    });
    expect(expected.json.status).toBe("expected");
    const born = await mum.patch(`/api/babies/${expected.json.id}`, { birthDate: "2026-11-20" });
    expect(born.json.status).toBe("born");
    expect((await mum.post(`/api/families/${familyId}/babies`, { name: "No dates" })).status).toBe(400);
    expect((await mum.get(`/api/families/${familyId}/babies`)).json.items).toHaveLength(3);
  });

  it("hides a family and its babies from anyone outside it with a 404", async () => {
    const babyId = (await mum.get(`/api/families/${familyId}/babies`)).json.items[0].id;
    for (const path of [
      `/api/families/${familyId}`,
      `/api/families/${familyId}/babies`,
      `/api/babies/${babyId}`,
    ]) {
      const res = await stranger.get(path);
      expect(res.status, path).toBe(404);
    }
    expect((await stranger.patch(`/api/babies/${babyId}`, { name: "Mine now" })).status).toBe(404);
    expect((await stranger.post(`/api/families/${familyId}/invites`, {})).status).toBe(404);
  });

  it("lets an invited caregiver join once with the code", async () => {
    const invite = await mum.post(`/api/families/${familyId}/invites`, {
      relationship: "partner",
      permission: "caregiver",
    });
    expect(invite.status).toBe(201);
    // Ten characters from the 31 that cannot be mistaken for one another (no 0/O, 1/I/L).
    expect(invite.json.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{10}$/);
    // Kept only as a hash, and never shown again: not in the list of open invites, not in the table.
    const listed = await mum.get(`/api/families/${familyId}/invites`);
    expect(listed.json.items.find((i: { id: string }) => i.id === invite.json.id)).toBeDefined();
    expect(listed.text).not.toContain(invite.json.code);
    const row = await server.app.attune.database.db
      .selectFrom("invites")
      .selectAll()
      .where("id", "=", invite.json.id)
      .executeTakeFirstOrThrow();
    expect(row.code_hash).toBe(createHash("sha256").update(invite.json.code).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(invite.json.code);
    // Typed as people type it: lower case, with a space or a dash.
    const typed = `${invite.json.code.slice(0, 5)} -${invite.json.code.slice(5)}`.toLowerCase();
    const joined = await partner.post(`/api/invites/${encodeURIComponent(typed)}/accept`, {});
    expect(joined.status).toBe(200);
    expect(joined.json.id).toBe(familyId);
    const again = await stranger.post(`/api/invites/${invite.json.code}/accept`, {});
    expect(again.status).toBe(410);
    expect(again.json.error.code).toBe("invite_used");
    expect((await partner.get(`/api/families/${familyId}`)).status).toBe(200);
  });

  it("keeps the family's own kinds of care, set by an owner, shown to every caregiver", async () => {
    const set = await mum.patch(`/api/families/${familyId}`, {
      customTypes: ["Pram nap at Gran's", "Tummy oil"],
    });
    expect(set.status).toBe(200);
    expect(set.json.customTypes).toEqual(["Pram nap at Gran's", "Tummy oil"]);
    expect((await partner.get(`/api/families/${familyId}`)).json.customTypes).toEqual([
      "Pram nap at Gran's",
      "Tummy oil",
    ]);
    const twice = await mum.patch(`/api/families/${familyId}`, { customTypes: ["Tummy oil", "tummy oil"] });
    expect(twice.status).toBe(400);
    expect(twice.json.error.message).toContain("different name");
    // Settings change every caregiver's day, so only an owner changes them.
    const byCaregiver = await partner.patch(`/api/families/${familyId}`, { timeZone: "UTC" });
    expect(byCaregiver.status).toBe(403);
    expect((await mum.get(`/api/families/${familyId}`)).json.timeZone).toBe("Europe/Madrid");
  });

  it("refuses revoked, unknown and expired invites, each with its own reason", async () => {
    const invite = await mum.post(`/api/families/${familyId}/invites`, {});
    expect((await mum.delete(`/api/families/${familyId}/invites/${invite.json.id}`)).status).toBe(204);
    expect((await stranger.post(`/api/invites/${invite.json.code}/accept`, {})).json.error.code).toBe(
      "invite_revoked",
    );
    expect((await stranger.post("/api/invites/NOSUCHCODE/accept", {})).status).toBe(404);

    const old = await mum.post(`/api/families/${familyId}/invites`, {});
    await server.app.attune.database.db
      .updateTable("invites")
      .set({ expires_at: Date.now() - 1 })
      .where("id", "=", old.json.id)
      .execute();
    const expired = await stranger.post(`/api/invites/${old.json.code}/accept`, {});
    expect(expired.status).toBe(410);
    expect(expired.json.error.code).toBe("invite_expired");
  });

  it("keeps invites and removals to owners; a caregiver can leave; the last owner cannot", async () => {
    expect((await partner.post(`/api/families/${familyId}/invites`, {})).status).toBe(403);
    const mumId = (await mum.get("/api/me")).json.user.id;
    const partnerId = (await partner.get("/api/me")).json.user.id;
    expect((await partner.delete(`/api/families/${familyId}/caregivers/${mumId}`)).status).toBe(403);
    expect((await mum.delete(`/api/families/${familyId}/caregivers/${mumId}`)).json.error.code).toBe(
      "last_owner",
    );
    expect((await partner.delete(`/api/families/${familyId}/caregivers/${partnerId}`)).status).toBe(204);
    expect((await partner.get(`/api/families/${familyId}`)).status).toBe(404);
  });
});
