import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";
import { markEmailVerified } from "../support/verified.js";

// The clinician's way into a share: they hand the family a code; a caregiver sees who asks and chooses
// what to share. Nothing opens until a caregiver says so, and a code works once.
describe.each(databaseKinds)("a clinician's invitation to share, on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;
  let clinician: HttpClient;
  let clinicianEmail: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    cast = await twoFamilies(server);
    clinician = server.client();
    clinicianEmail = uniqueEmail("invites");
    expect((await clinician.signUp(clinicianEmail, { role: "clinician", name: "Sam Rivera" })).status).toBe(
      200,
    );
    // Until the address is verified (the link mailed at sign-up), no invitation can be given.
    const early = await clinician.post("/api/share-invitations", {});
    expect(early.status).toBe(403);
    expect(early.json.error).toMatchObject({ code: "email_not_verified" });
    expect(early.json.error.message).toMatch(/verify your email address first/);
    await markEmailVerified(server, clinicianEmail);
  });
  afterAll(() => server?.close());

  const invite = async () => {
    const made = await clinician.post("/api/share-invitations", {});
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    return made.json as { id: string; code: string; useBy: string; state: string };
  };

  it("shows the caregiver who asks, makes an active share on their word, and opens the case", async () => {
    const { code, state, useBy } = await invite();
    expect(state).toBe("waiting");
    expect(Date.parse(useBy) - Date.now()).toBeGreaterThan(13 * 86_400_000);
    // Nothing is open before the caregiver shares.
    expect((await clinician.get("/api/caseload")).json.items).toEqual([]);

    const who = await cast.mum.get(`/api/share-invitations/${code.toLowerCase()}`);
    expect(who.status).toBe(200);
    expect(who.json.clinician).toEqual({ name: "Sam Rivera", email: clinicianEmail, emailVerified: true });

    const shared = await cast.mum.post(`/api/share-invitations/${code}/accept`, {
      familyId: cast.familyId,
      scopes: ["entries", "screenings"],
      days: 30,
    });
    expect(shared.status, JSON.stringify(shared.json)).toBe(201);
    expect(shared.json).toMatchObject({
      familyId: cast.familyId,
      scopes: ["entries", "screenings"],
      state: "active",
      clinician: { name: "Sam Rivera" },
    });
    expect(Date.parse(shared.json.expiresAt) - Date.now()).toBeGreaterThan(29 * 86_400_000);

    const caseload = (await clinician.get("/api/caseload")).json.items as {
      id: string;
      familyName: string;
    }[];
    expect(caseload).toHaveLength(1);
    expect((await clinician.get(`/api/cases/${caseload[0]?.id}/entries`)).status).toBe(200);
    // The family's access log says who shared, with whom.
    const log = (await cast.dad.get(`/api/audit?familyId=${cast.familyId}`)).json.items as {
      action: string;
      details?: { clinicianId?: string };
    }[];
    expect(log.some((e) => e.action === "consent.create" && e.details?.clinicianId)).toBe(true);
    // The invitation is spent: on the clinician's list and for anyone who tries it again.
    expect((await clinician.get("/api/share-invitations")).json.items[0]).toMatchObject({ state: "used" });
    const again = await cast.other.post(`/api/share-invitations/${code}/accept`, {
      familyId: cast.otherFamilyId,
      scopes: ["entries"],
    });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("invitation_used");
    expect((await cast.other.get(`/api/share-invitations/${code}`)).status).toBe(409);

    // The family ends it like any other share.
    expect((await cast.mum.delete(`/api/consents/${shared.json.id}`)).status).toBe(200);
    expect((await clinician.get(`/api/cases/${caseload[0]?.id}`)).status).toBe(404);
  });

  it("lets only a caregiver of the family share it, and only with what they choose", async () => {
    const { code } = await invite();
    // Another family's caregiver cannot share this family.
    const outsider = await cast.other.post(`/api/share-invitations/${code}/accept`, {
      familyId: cast.familyId,
      scopes: ["entries"],
    });
    expect(outsider.status).toBe(404);
    // Bad choices get a 400 that says what to change, and leave the code unspent.
    const none = await cast.mum.post(`/api/share-invitations/${code}/accept`, {
      familyId: cast.familyId,
      scopes: [],
    });
    expect(none.status).toBe(400);
    expect(none.json.error.message).toMatch(/at least one/);
    const tooLong = await cast.mum.post(`/api/share-invitations/${code}/accept`, {
      familyId: cast.familyId,
      scopes: ["entries"],
      days: 5000,
    });
    expect(tooLong.status).toBe(400);
    expect((await cast.mum.get(`/api/share-invitations/${code}`)).status).toBe(200);
    // Only clinicians give invitations; a guessed code finds nothing; signed out, nothing at all.
    expect((await cast.mum.post("/api/share-invitations", {})).status).toBe(403);
    expect((await cast.mum.get("/api/share-invitations/ABCDE-23456")).status).toBe(404);
    expect((await server.client().get(`/api/share-invitations/${code}`)).status).toBe(401);
  });

  it("refuses an expired invitation and one to the clinician's own family", async () => {
    const expired = await invite();
    // Age the invitation as two weeks would.
    await server.app.attune.database.db
      .updateTable("share_invitations")
      .set({ use_by: Date.now() - 1 })
      .where("id", "=", expired.id)
      .execute();
    const late = await cast.mum.post(`/api/share-invitations/${expired.code}/accept`, {
      familyId: cast.familyId,
      scopes: ["entries"],
    });
    expect(late.status).toBe(409);
    expect(late.json.error.code).toBe("invitation_expired");
    expect(late.json.error.message).toMatch(/new one/);

    // A clinician who is also a caregiver (here: invited into the other family) cannot be its clinician.
    const invited = await cast.other.post(`/api/families/${cast.otherFamilyId}/invites`, {
      relationship: "other",
    });
    expect(invited.status, JSON.stringify(invited.json)).toBe(201);
    expect((await clinician.post(`/api/invites/${invited.json.code}/accept`, {})).status).toBe(200);
    const { code } = await invite();
    const own = await cast.other.post(`/api/share-invitations/${code}/accept`, {
      familyId: cast.otherFamilyId,
      scopes: ["entries"],
    });
    expect(own.status).toBe(409);
    expect(own.json.error.code).toBe("invitation_own_family");
  });
});
