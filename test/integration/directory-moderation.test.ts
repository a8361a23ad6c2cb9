import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY_MS } from "../support/directory-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

/** An application as a provider would fill it in: in person by ZIP, and by video across California. */
const application = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  kind: "individual",
  about: `${name} offers therapy for parents after a hard birth, in person and by video.`,
  services: ["therapy"],
  focus: ["birth_trauma"],
  credentials: [{ type: "lcsw", detail: "CA LCSW 12345" }],
  languages: ["en", "es"],
  accepting: true,
  inPerson: { city: "San Francisco", postcode: "94110", country: "US" },
  telehealth: ["US-CA"],
  contact: { email: "hello@example.org" },
  ...extra,
});

describe.each(databaseKinds)("joining the directory and moderation on %s", (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  let moderator: HttpClient;
  let provider: HttpClient;
  let other: HttpClient;
  let visitor: HttpClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    [admin, moderator, provider, other, visitor] = [
      server.client(),
      server.client(),
      server.client(),
      server.client(),
      server.client(),
    ];
    await admin.signUp(uniqueEmail("owner"));
    await moderator.signUp(uniqueEmail("moderator"));
    await provider.signUp(uniqueEmail("provider"), { role: "clinician" });
    await other.signUp(uniqueEmail("other"));
    const moderatorId = (await moderator.get("/api/me")).json.user.id;
    expect((await admin.patch(`/api/admin/users/${moderatorId}`, { role: "moderator" })).status).toBe(200);
  });
  afterAll(async () => server?.close());

  const publicIds = async (query = "limit=50") =>
    (await visitor.get(`/api/directory/providers?${query}`)).json.items.map((i: { id: string }) => i.id);

  it("takes an application through changes asked, resubmission and approval; nothing is public before", async () => {
    const applied = await provider.post("/api/directory/applications", application("Rosa Díaz"));
    expect(applied.status, JSON.stringify(applied.json)).toBe(201);
    const id = applied.json.id;
    expect(applied.json).toMatchObject({ status: "pending", freshness: "fresh" });
    expect(applied.json.coordinates).not.toBeNull();

    // Waiting for review: in the queue, nowhere public.
    const queue = await moderator.get("/api/directory/moderation/queue");
    expect(queue.json.items.map((i: { id: string }) => i.id)).toContain(id);
    expect(queue.json.items.find((i: { id: string }) => i.id === id).review).toBe("new");
    expect(await publicIds()).not.toContain(id);
    expect((await visitor.get(`/api/directory/providers/${id}`)).status).toBe(404);

    // Asking for changes needs a reason the provider can read.
    expect((await moderator.post(`/api/directory/moderation/${id}/request-changes`, {})).status).toBe(400);
    const asked = await moderator.post(`/api/directory/moderation/${id}/request-changes`, {
      reason: "Please add your licence number's state.",
    });
    expect(asked.json.status).toBe("changes_requested");
    const mine = (await provider.get("/api/directory/mine")).json.items[0];
    expect(mine).toMatchObject({
      id,
      status: "changes_requested",
      moderationNote: "Please add your licence number's state.",
    });
    expect(await publicIds()).not.toContain(id);

    // The provider edits; it goes back to the moderators.
    const edited = await provider.put(`/api/directory/providers/${id}`, {
      ...mine.input,
      about: `${mine.input.about} Licensed in California.`,
    });
    expect(edited.status).toBe(200);
    expect(edited.json.status).toBe("pending");
    expect(edited.json.history.map((h: { action: string }) => h.action)).toEqual([
      "request_changes",
      "resubmit",
    ]);
    // The history the provider sees never names the moderator.
    expect(JSON.stringify(edited.json.history)).not.toContain((await moderator.get("/api/me")).json.user.id);

    const approved = await moderator.post(`/api/directory/moderation/${id}/approve`, {});
    expect(approved.status).toBe(200);
    expect(await publicIds()).toContain(id);
    expect(await publicIds("near=94110&radiusKm=5")).toContain(id);
    const shown = await visitor.get(`/api/directory/providers/${id}`);
    expect(shown.status).toBe(200);
    expect(shown.json.about).toContain("Licensed in California.");

    // A move the status does not allow is a 409 that says where it stands.
    const again = await moderator.post(`/api/directory/moderation/${id}/approve`, {});
    expect(again.status).toBe(409);
    expect(again.json.error.message).toMatch(/This listing is approved/);
  });

  it("rejects with a reason, and the provider can answer by editing", async () => {
    const id = (await provider.post("/api/directory/applications", application("Sam Lee"))).json.id;
    expect((await moderator.post(`/api/directory/moderation/${id}/reject`, { reason: "" })).status).toBe(400);
    const rejected = await moderator.post(`/api/directory/moderation/${id}/reject`, {
      reason: "We could not confirm this licence.",
    });
    expect(rejected.json.status).toBe("rejected");
    expect(await publicIds()).not.toContain(id);
    const mine = (await provider.get("/api/directory/mine")).json.items.find(
      (i: { id: string }) => i.id === id,
    );
    expect(mine.moderationNote).toBe("We could not confirm this licence.");
    const resubmitted = await provider.put(`/api/directory/providers/${id}`, mine.input);
    expect(resubmitted.json.status).toBe("pending");
  });

  it("holds credential changes on a live listing for review, and records who checked a credential and how", async () => {
    const id = (await provider.post("/api/directory/applications", application("Ana Ruiz"))).json.id;
    await moderator.post(`/api/directory/moderation/${id}/approve`, {});
    const verified = await moderator.post(`/api/directory/moderation/${id}/credentials/lcsw/verify`, {
      method: "California BBS licence lookup",
    });
    expect(verified.status).toBe(200);
    const check = verified.json.verifications.find((v: { type: string }) => v.type === "lcsw");
    expect(check.verified).toMatchObject({
      method: "California BBS licence lookup",
      by: (await moderator.get("/api/me")).json.user.id,
    });
    // The public sees that it was verified and when, never by whom.
    const publicView = (await visitor.get(`/api/directory/providers/${id}`)).json;
    expect(publicView.credentials).toEqual([
      { type: "lcsw", verified: true, verifiedOn: expect.any(String) },
    ]);
    expect(JSON.stringify(publicView)).not.toContain("BBS");

    const mine = (await provider.get("/api/directory/mine")).json.items.find(
      (i: { id: string }) => i.id === id,
    );
    const changed = await provider.put(`/api/directory/providers/${id}`, {
      ...mine.input,
      credentials: [...mine.input.credentials, { type: "pmh_c" }],
    });
    expect(changed.json.status).toBe("approved");
    expect(changed.json.pendingCredentials).toEqual([
      { type: "lcsw", detail: "CA LCSW 12345" },
      { type: "pmh_c" },
    ]);
    // Still public with the checked credential only, and in the queue as a credential change.
    expect(
      (await visitor.get(`/api/directory/providers/${id}`)).json.credentials.map(
        (c: { type: string }) => c.type,
      ),
    ).toEqual(["lcsw"]);
    expect(await publicIds("credential=pmh_c")).not.toContain(id);
    const queued = (await moderator.get("/api/directory/moderation/queue")).json.items.find(
      (i: { id: string }) => i.id === id,
    );
    expect(queued.review).toBe("credential_change");

    await moderator.post(`/api/directory/moderation/${id}/credential-changes/approve`, {});
    const after = (await visitor.get(`/api/directory/providers/${id}`)).json;
    expect(after.credentials.map((c: { type: string; verified: boolean }) => [c.type, c.verified])).toEqual([
      ["lcsw", true],
      ["pmh_c", false],
    ]);
    expect(await publicIds("credential=pmh_c")).toContain(id);
    expect(
      (await moderator.post(`/api/directory/moderation/${id}/credential-changes/approve`, {})).status,
    ).toBe(409);
  });

  it("brings a stale listing back when its provider reconfirms", async () => {
    const id = (await provider.post("/api/directory/applications", application("Kim Stale"))).json.id;
    await moderator.post(`/api/directory/moderation/${id}/approve`, {});
    // 181 days without a confirmation, as the clock would leave it.
    await server.app.attune.database.db
      .updateTable("directory_providers")
      .set({ confirmed_at: Date.now() - 181 * DAY_MS })
      .where("id", "=", id)
      .execute();
    expect(await publicIds()).not.toContain(id);
    const stale = (await provider.get("/api/directory/mine")).json.items.find(
      (i: { id: string }) => i.id === id,
    );
    expect(stale.freshness).toBe("stale");
    const reconfirmed = await provider.post(`/api/directory/providers/${id}/reconfirm`, { accepting: false });
    expect(reconfirmed.json).toMatchObject({ freshness: "fresh", accepting: false });
    expect(await publicIds()).toContain(id);
  });

  it("lets only moderators moderate and only owners manage their listing", async () => {
    const id = (await provider.post("/api/directory/applications", application("Lee Own"))).json.id;
    for (const path of ["queue", id])
      expect((await other.get(`/api/directory/moderation/${path}`)).status).toBe(403);
    expect((await other.post(`/api/directory/moderation/${id}/approve`, {})).status).toBe(403);
    expect((await provider.post(`/api/directory/moderation/${id}/approve`, {})).status).toBe(403);
    expect((await visitor.get("/api/directory/moderation/queue")).status).toBe(401);
    // Someone else's listing does not exist for them.
    const mine = (await provider.get("/api/directory/mine")).json.items.find(
      (i: { id: string }) => i.id === id,
    );
    expect((await other.put(`/api/directory/providers/${id}`, mine.input)).status).toBe(404);
    expect((await other.post(`/api/directory/providers/${id}/reconfirm`, { accepting: true })).status).toBe(
      404,
    );
    expect((await other.delete(`/api/directory/providers/${id}`)).status).toBe(404);
    expect((await other.get("/api/directory/mine")).json.items).toEqual([]);
    // The owner can withdraw it.
    expect((await provider.delete(`/api/directory/providers/${id}`)).status).toBe(204);
    expect((await moderator.get(`/api/directory/moderation/${id}`)).status).toBe(404);
  });

  it("refuses an application it cannot place or that is incomplete, saying what to fix", async () => {
    const unplaced = await provider.post(
      "/api/directory/applications",
      application("Nowhere", { inPerson: { city: "Atlantisville", country: "US" } }),
    );
    expect(unplaced.status).toBe(400);
    expect(unplaced.json.error.code).toBe("unknown_place");
    const incomplete = await provider.post("/api/directory/applications", { name: "X", kind: "individual" });
    expect(incomplete.status).toBe(400);
    expect(incomplete.json.error.message).toMatch(/about|services|languages|contact/);
  });

  it("writes an audit event for every moderation decision", async () => {
    const id = (await provider.post("/api/directory/applications", application("Audit Me"))).json.id;
    await moderator.post(`/api/directory/moderation/${id}/approve`, {});
    const rows = await server.app.attune.database.db
      .selectFrom("audit_events")
      .select(["action", "actor_id"])
      .where("subject_id", "=", id)
      .execute();
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(["directory.apply", "directory.approve"]),
    );
  });
});
