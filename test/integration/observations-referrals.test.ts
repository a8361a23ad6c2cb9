import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServiceType } from "../../src/domain/directory/taxonomy.js";
import { listing, seedListing } from "../support/directory-fixture.js";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

/** A directory listing seen by telehealth in California (where it is seen does not matter here). */
const provider = (name: string, services: ServiceType[] = ["therapy"]) =>
  listing({ name, services, telehealth: ["US-CA"] });

interface Referral {
  id: string;
  clinician: { id: string; name: string } | null;
  provider: {
    source: string;
    id: string | null;
    name: string;
    contact: Record<string, string> | null;
    listed: boolean;
  };
  service: string;
  note: string | null;
  status: string;
  nextStatuses: string[];
}

describe.each(databaseKinds)("observations and referrals a clinician sends a family, on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;
  let lee: HttpClient;
  let shareId: string;
  let caseId: string;
  let leeId: string;

  const shareWith = async (clinician: HttpClient, as = cast.mum, familyId = cast.familyId) => {
    const made = await as.post("/api/consents", { familyId, scopes: ["entries"] });
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    const taken = await clinician.post(`/api/consents/${made.json.code}/accept`, {});
    expect(taken.status, JSON.stringify(taken.json)).toBe(200);
    return { shareId: made.json.id as string, caseId: taken.json.caseId as string };
  };
  const familyLog = async () =>
    (await cast.mum.get(`/api/audit?familyId=${cast.familyId}&limit=200`)).json.items as {
      action: string;
      actorId: string;
      subjectId?: string;
      details?: Record<string, unknown>;
    }[];

  beforeAll(async () => {
    server = await startTestServer(kind);
    cast = await twoFamilies(server);
    lee = server.client();
    await lee.signUp(uniqueEmail("lee"), { name: "Dr Lee", role: "clinician" });
    leeId = (await lee.get("/api/me")).json.user.id;
    ({ shareId, caseId } = await shareWith(lee));
  });
  afterAll(() => server?.close());

  it("puts an observation in the family app, from the clinician, about the dyad; nobody else sees it", async () => {
    const mumId = (await cast.mum.get("/api/me")).json.user.id;
    const first = await lee.post(`/api/cases/${caseId}/observations`, {
      text: "  I can see how much Robin looks for your face.  ",
      babyId: cast.babyId,
      caregiverId: mumId,
    });
    expect(first.status, first.text).toBe(201);
    expect(first.json).toMatchObject({
      text: "I can see how much Robin looks for your face.",
      clinician: { id: leeId, name: "Dr Lee" },
      baby: { id: cast.babyId, name: "Robin" },
      caregiver: { id: mumId },
      seenAt: null,
    });
    const second = await lee.post(`/api/cases/${caseId}/observations`, { text: "Your singing settles him." });
    expect(second.status).toBe(201);

    // Both caregivers see them, newest first, with who sent them.
    for (const caregiver of [cast.mum, cast.dad]) {
      const seen = await caregiver.get(`/api/families/${cast.familyId}/observations`);
      expect(seen.status).toBe(200);
      expect(seen.json.items.map((o: { text: string }) => o.text)).toEqual([
        "Your singing settles him.",
        "I can see how much Robin looks for your face.",
      ]);
      expect(seen.json.items[0].clinician.name).toBe("Dr Lee");
    }
    // Another family, and the observation's own id, are not theirs.
    expect((await cast.other.get(`/api/families/${cast.familyId}/observations`)).status).toBe(404);
    expect((await cast.other.get(`/api/families/${cast.otherFamilyId}/observations`)).json.items).toEqual([]);
    expect((await cast.other.post(`/api/observations/${first.json.id}/seen`, {})).status).toBe(404);
    expect((await lee.post(`/api/observations/${first.json.id}/seen`, {})).status).toBe(404);

    // Marked seen by one caregiver, for the family; the clinician sees that it was read.
    const marked = await cast.dad.post(`/api/observations/${first.json.id}/seen`, {});
    expect(marked.status).toBe(200);
    expect(marked.json.seenAt).toEqual(expect.any(String));
    const again = await cast.mum.post(`/api/observations/${first.json.id}/seen`, {});
    expect(again.json.seenAt).toBe(marked.json.seenAt);
    const inCase = await lee.get(`/api/cases/${caseId}/observations`);
    expect(inCase.json.items.find((o: { id: string }) => o.id === first.json.id).seenAt).toBe(
      marked.json.seenAt,
    );
  });

  it("refuses an observation that is empty, too long, or about another family's baby or caregiver", async () => {
    const otherMumId = (await cast.other.get("/api/me")).json.user.id;
    for (const body of [
      { text: "   " },
      { text: "x".repeat(1001) },
      { text: "ok", babyId: cast.otherBabyId },
      { text: "ok", caregiverId: otherMumId },
      { text: "ok", mood: "tired" },
    ]) {
      const refused = await lee.post(`/api/cases/${caseId}/observations`, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.json.error.message.length).toBeGreaterThan(10);
    }
    expect((await lee.post(`/api/cases/${caseId}/observations`, { text: "x".repeat(1000) })).status).toBe(
      201,
    );
  });

  it("refers only to providers the public can find, or to one written in", async () => {
    const open = await seedListing(server, provider("Gentle Hands Infant Massage", ["infant_massage"]));
    const pending = await seedListing(server, provider("Waiting Review"), { status: "pending" });
    const stale = await seedListing(server, provider("Long Unconfirmed"), { confirmedDaysAgo: 200 });
    for (const providerId of [pending.id, stale.id, "0190a6d1-0000-7000-8000-00000000abcd"]) {
      const refused = await lee.post(`/api/cases/${caseId}/referrals`, { providerId, service: "therapy" });
      expect(refused.status).toBe(400);
      expect(refused.json.error).toMatchObject({ code: "provider_not_listed" });
      expect(refused.json.error.message).toMatch(/public directory.*write this one in/);
    }
    // Neither or both of providerId and name, a contact for a listing, or a service not in the taxonomy.
    for (const body of [
      { service: "therapy" },
      { providerId: open.id, name: "Also", service: "therapy" },
      { providerId: open.id, contact: { phone: "555 0100" }, service: "therapy" },
      { name: "Someone", service: "reiki" },
    ])
      expect((await lee.post(`/api/cases/${caseId}/referrals`, body)).status, JSON.stringify(body)).toBe(400);

    const listed = await lee.post(`/api/cases/${caseId}/referrals`, {
      providerId: open.id,
      service: "infant_massage",
      note: "They run a small class on Thursdays.",
    });
    expect(listed.status, listed.text).toBe(201);
    expect(listed.json).toMatchObject({
      provider: { source: "directory", id: open.id, name: "Gentle Hands Infant Massage", listed: true },
      status: "suggested",
      nextStatuses: ["contacted", "booked", "declined"],
    });
    const written = await lee.post(`/api/cases/${caseId}/referrals`, {
      name: "Dr Ana Ruiz, perinatal psychiatry",
      contact: { phone: "555 0199" },
      service: "psychiatry",
    });
    expect(written.status).toBe(201);

    const seen = (await cast.mum.get(`/api/families/${cast.familyId}/referrals`)).json.items as Referral[];
    expect(seen.map((r) => r.provider.name)).toEqual([
      "Dr Ana Ruiz, perinatal psychiatry",
      "Gentle Hands Infant Massage",
    ]);
    expect(seen[0]?.provider).toMatchObject({ source: "written_in", contact: { phone: "555 0199" } });
    expect(seen[1]).toMatchObject({
      provider: { contact: { email: "hello@example.org" } },
      note: "They run a small class on Thursdays.",
      clinician: { name: "Dr Lee" },
    });
    expect((await cast.other.get(`/api/families/${cast.familyId}/referrals`)).status).toBe(404);

    // A listing that goes stale later keeps its name on the referral, but its contact is no longer handed on.
    await server.app.attune.database.db
      .updateTable("directory_providers")
      .set({ confirmed_at: Date.now() - 200 * 86_400_000 })
      .where("id", "=", open.id)
      .execute();
    const later = (await cast.mum.get(`/api/families/${cast.familyId}/referrals`)).json.items as Referral[];
    expect(later.find((r) => r.id === listed.json.id)?.provider).toEqual({
      source: "directory",
      id: null,
      name: "Gentle Hands Infant Massage",
      contact: null,
      listed: false,
    });
  });

  it("lets the family move a referral along, shows the clinician, and refuses moves that make no sense", async () => {
    const made = await lee.post(`/api/cases/${caseId}/referrals`, {
      name: "Parents Together group",
      service: "support_group",
    });
    const id = made.json.id as string;

    const contacted = await cast.dad.patch(`/api/referrals/${id}`, { status: "contacted" });
    expect(contacted.status).toBe(200);
    expect(contacted.json).toMatchObject({ status: "contacted", nextStatuses: ["booked", "declined"] });
    // The same status again (a double tap, or the other parent) changes nothing and does not fail.
    expect((await cast.mum.patch(`/api/referrals/${id}`, { status: "contacted" })).status).toBe(200);

    const inCase = (await lee.get(`/api/cases/${caseId}/referrals`)).json.items as Referral[];
    expect(inCase.find((r) => r.id === id)?.status).toBe("contacted");

    const skipped = await cast.mum.patch(`/api/referrals/${id}`, { status: "attended" });
    expect(skipped.status).toBe(409);
    expect(skipped.json.error).toMatchObject({
      code: "referral_status_not_allowed",
      details: { from: "contacted", to: "attended", allowed: ["booked", "declined"] },
    });
    expect(skipped.json.error.message).toMatch(/marked “contacted”.*“booked” or “declined”/);

    // The clinician updates it for a family who told them in a session.
    const booked = await lee.patch(`/api/cases/${caseId}/referrals/${id}`, { status: "booked" });
    expect(booked.status).toBe(200);
    expect((await cast.mum.patch(`/api/referrals/${id}`, { status: "attended" })).json.status).toBe(
      "attended",
    );
    const done = await lee.patch(`/api/cases/${caseId}/referrals/${id}`, { status: "declined" });
    expect(done.status).toBe(409);
    expect(done.json.error.message).toMatch(/no longer changes/);

    // Nobody outside the family moves it; bad statuses say what would work.
    expect((await cast.other.patch(`/api/referrals/${id}`, { status: "declined" })).status).toBe(404);
    const odd = await cast.mum.patch(`/api/referrals/${id}`, { status: "maybe" });
    expect(odd.status).toBe(400);
    expect(odd.json.error.message).toMatch(/suggested, contacted/);

    // A referral from another case is not reachable through this one.
    const colleague = server.client();
    await colleague.signUp(uniqueEmail("colleague"), { role: "clinician" });
    const theirs = await shareWith(colleague, cast.other, cast.otherFamilyId);
    const foreign = await colleague.post(`/api/cases/${theirs.caseId}/referrals`, {
      name: "Peer line",
      service: "peer_support",
    });
    expect(
      (await lee.patch(`/api/cases/${caseId}/referrals/${foreign.json.id}`, { status: "contacted" })).status,
    ).toBe(404);
    expect((await cast.mum.patch(`/api/referrals/${foreign.json.id}`, { status: "contacted" })).status).toBe(
      404,
    );
  });

  it("writes every clinician read and write to the family's access log, and the family's own moves to their trail", async () => {
    const before = (await familyLog()).length;
    await lee.get(`/api/cases/${caseId}/observations`);
    const obs = await lee.post(`/api/cases/${caseId}/observations`, { text: "You read her cues so well." });
    await lee.get(`/api/cases/${caseId}/referrals`);
    const ref = await lee.post(`/api/cases/${caseId}/referrals`, {
      name: "Lactation drop-in",
      service: "lactation",
    });
    await lee.patch(`/api/cases/${caseId}/referrals/${ref.json.id}`, { status: "declined" });
    const log = (await familyLog()).slice(0, (await familyLog()).length - before);
    expect(log.map((e) => [e.action, e.actorId, e.subjectId, e.details?.part, e.details?.change])).toEqual([
      ["case.write", leeId, caseId, "referrals", "status"],
      ["case.write", leeId, caseId, "referrals", "create"],
      ["case.read", leeId, caseId, "referrals", undefined],
      ["case.write", leeId, caseId, "observations", "create"],
      ["case.read", leeId, caseId, "observations", undefined],
    ]);
    expect(log[3]?.details?.observationId).toBe(obs.json.id);

    await cast.mum.patch(`/api/referrals/${ref.json.id}`, { status: "suggested" });
    const trail = (await cast.mum.get("/api/audit?limit=20")).json.items as typeof log;
    expect(trail.find((e) => e.action === "referral.status")).toMatchObject({
      subjectId: ref.json.id,
      details: { from: "declined", to: "suggested" },
    });
  });

  it("keeps everything with the family after the share ends, and closes it to the clinician", async () => {
    const kept = await lee.post(`/api/cases/${caseId}/referrals`, {
      name: "Kept referral",
      service: "therapy",
    });
    expect((await cast.mum.delete(`/api/consents/${shareId}`)).status).toBe(200);
    expect((await lee.get(`/api/cases/${caseId}/observations`)).status).toBe(404);
    expect((await lee.get(`/api/cases/${caseId}/referrals`)).status).toBe(404);
    expect((await lee.post(`/api/cases/${caseId}/observations`, { text: "Still there?" })).status).toBe(404);
    expect(
      (await lee.patch(`/api/cases/${caseId}/referrals/${kept.json.id}`, { status: "contacted" })).status,
    ).toBe(404);

    const observations = (await cast.mum.get(`/api/families/${cast.familyId}/observations`)).json.items;
    expect(
      observations.some((o: { text: string }) => o.text === "I can see how much Robin looks for your face."),
    ).toBe(true);
    const referrals = (await cast.mum.get(`/api/families/${cast.familyId}/referrals`)).json
      .items as Referral[];
    expect(referrals.map((r) => r.provider.name)).toContain("Kept referral");
    expect((await cast.mum.patch(`/api/referrals/${kept.json.id}`, { status: "booked" })).json.status).toBe(
      "booked",
    );
  });

  it("pages the family's observations newest first", async () => {
    const first = await cast.mum.get(`/api/families/${cast.familyId}/observations?limit=2`);
    expect(first.json.items).toHaveLength(2);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    const rest = await cast.mum.get(
      `/api/families/${cast.familyId}/observations?limit=200&cursor=${encodeURIComponent(first.json.nextCursor)}`,
    );
    const all = (await cast.mum.get(`/api/families/${cast.familyId}/observations?limit=200`)).json.items;
    expect([...first.json.items, ...rest.json.items].map((o: { id: string }) => o.id)).toEqual(
      all.map((o: { id: string }) => o.id),
    );
  });
});
