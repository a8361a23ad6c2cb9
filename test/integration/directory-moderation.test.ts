import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listing, seedListing } from "../support/directory-fixture.js";
import { type HttpClient, type Reply, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";
import { markEmailVerified } from "../support/verified.js";

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

const today = () => new Date().toISOString().slice(0, 10);

describe.each(databaseKinds)("joining the directory and moderation on %s", (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  let moderator: HttpClient;
  let provider: HttpClient;
  let other: HttpClient;
  let visitor: HttpClient;
  let moderatorId: string;
  let providerId: string;
  const providerEmail = uniqueEmail("provider");

  beforeAll(async () => {
    server = await startTestServer(kind);
    [admin, moderator, provider, other, visitor] = [
      server.client(),
      server.client(),
      server.client(),
      server.client(),
      server.client(),
    ];
    // The first account on a fresh instance is its admin; the admin appoints a moderator.
    await admin.signUp(uniqueEmail("owner"));
    await moderator.signUp(uniqueEmail("moderator"));
    await provider.signUp(providerEmail, { role: "clinician" });
    // A listing goes public only for a provider who verified their address (mail.test.ts follows the link).
    await markEmailVerified(server, providerEmail);
    await other.signUp(uniqueEmail("other"));
    moderatorId = (await moderator.get("/api/me")).json.user.id;
    providerId = (await provider.get("/api/me")).json.user.id;
    expect((await admin.patch(`/api/admin/users/${moderatorId}`, { role: "moderator" })).status).toBe(200);
  });
  afterAll(async () => server?.close());

  const publicIds = async (query = "limit=50") => {
    const reply = await visitor.get(`/api/directory/providers?${query}`);
    expect(reply.status, JSON.stringify(reply.json)).toBe(200);
    return reply.json.items.map((i: { id: string }) => i.id);
  };
  const apply = async (name: string, extra: Record<string, unknown> = {}, as = provider) => {
    const reply = await as.post("/api/directory/applications", application(name, extra));
    expect(reply.status, JSON.stringify(reply.json)).toBe(201);
    return reply.json.id as string;
  };
  const mineOf = async (id: string, as = provider) =>
    (await as.get("/api/directory/mine")).json.items.find((i: { id: string }) => i.id === id);
  /** The admin's view of the audit trail for one listing, read through the API, oldest first. */
  const auditOf = async (id: string) => {
    const found: { action: string; actorId: string; ip?: string; details?: Record<string, unknown> }[] = [];
    let cursor = "";
    do {
      const page = await admin.get(`/api/audit?all=true&limit=200${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.status).toBe(200);
      found.push(...page.json.items.filter((e: { subjectId?: string }) => e.subjectId === id));
      cursor = page.json.nextCursor ?? "";
    } while (cursor);
    return found.reverse();
  };

  it("takes an application through changes asked, resubmission and approval; nothing is public before", async () => {
    const applied = await provider.post("/api/directory/applications", application("Rosa Díaz"));
    expect(applied.status, JSON.stringify(applied.json)).toBe(201);
    const id = applied.json.id;
    expect(applied.json).toMatchObject({ status: "pending", freshness: "fresh", moderationNote: null });
    expect(applied.json.coordinates).not.toBeNull();

    // Waiting for review: in the queue, nowhere public.
    const queue = await moderator.get("/api/directory/moderation/queue");
    expect(queue.status).toBe(200);
    const queued = queue.json.items.find((i: { id: string }) => i.id === id);
    expect(queued).toMatchObject({ review: "new", source: "application", status: "pending" });
    expect(queued.owner).toEqual({ id: providerId, name: providerEmail.split("@")[0], email: providerEmail });
    expect(await publicIds()).not.toContain(id);
    expect(await publicIds("q=Rosa")).not.toContain(id);
    expect((await visitor.get(`/api/directory/providers/${id}`)).status).toBe(404);

    // Asking for changes needs a reason the provider can read.
    const noReason = await moderator.post(`/api/directory/moderation/${id}/request-changes`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.json.error.message).toMatch(/reason/);
    const asked = await moderator.post(`/api/directory/moderation/${id}/request-changes`, {
      reason: "Please add your licence number's state.",
    });
    expect(asked.status).toBe(200);
    expect(asked.json.status).toBe("changes_requested");
    const mine = await mineOf(id);
    expect(mine).toMatchObject({
      id,
      status: "changes_requested",
      moderationNote: "Please add your licence number's state.",
    });
    expect(await publicIds()).not.toContain(id);
    expect((await visitor.get(`/api/directory/providers/${id}`)).status).toBe(404);

    // The provider edits; it goes back to the moderators.
    const edited = await provider.put(`/api/directory/providers/${id}`, {
      ...mine.input,
      about: `${mine.input.about} Licensed in California.`,
    });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ status: "pending", moderationNote: null });
    expect(edited.json.history.map((h: { action: string }) => h.action)).toEqual([
      "request_changes",
      "resubmit",
    ]);
    expect(edited.json.history[0].reason).toBe("Please add your licence number's state.");
    // The history the provider sees never names the moderator; the moderator's view does.
    expect(JSON.stringify(edited.json)).not.toContain(moderatorId);
    const detail = (await moderator.get(`/api/directory/moderation/${id}`)).json;
    expect(detail.events.map((e: { action: string; actorId: string }) => [e.action, e.actorId])).toEqual([
      ["request_changes", moderatorId],
      ["resubmit", providerId],
    ]);
    expect(await publicIds()).not.toContain(id);

    const approved = await moderator.post(`/api/directory/moderation/${id}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.json.status).toBe("approved");
    expect(await publicIds()).toContain(id);
    expect(await publicIds("near=94110&radiusKm=5")).toContain(id);
    const shown = await visitor.get(`/api/directory/providers/${id}`);
    expect(shown.status).toBe(200);
    expect(shown.json.about).toContain("Licensed in California.");
    // The public view carries none of the review.
    for (const hidden of ["status", "moderationNote", "history", "owner", "pendingCredentials", "input"])
      expect(shown.json).not.toHaveProperty(hidden);

    // A move the status does not allow is a 409 that says where it stands.
    for (const [path, body] of [
      ["approve", {}],
      ["request-changes", { reason: "Please add your licence state." }],
      ["reject", { reason: "We could not confirm this licence." }],
    ] as const) {
      const refused = await moderator.post(`/api/directory/moderation/${id}/${path}`, body);
      expect(refused.status, path).toBe(409);
      expect(refused.json.error).toMatchObject({ code: "listing_status", details: { status: "approved" } });
      expect(refused.json.error.message).toMatch(/^This listing is approved, so it cannot be/);
    }
    expect(await publicIds()).toContain(id);
  });

  it("lets only one of two moderators acting at once win", async () => {
    const id = await apply("Two Moderators");
    const [approve, sendBack] = await Promise.all([
      moderator.post(`/api/directory/moderation/${id}/approve`, {}),
      admin.post(`/api/directory/moderation/${id}/request-changes`, {
        reason: "Please add your licence state.",
      }),
    ]);
    const replies = [approve, sendBack];
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = replies.find((r) => r.status === 200)?.json.status;
    const loser = replies.find((r) => r.status === 409)?.json.error;
    // The refusal names where the listing stands now (the winner's doing).
    expect(loser.details).toEqual({ status: winner });
    const detail = (await moderator.get(`/api/directory/moderation/${id}`)).json;
    expect(detail.status).toBe(winner);
    expect(detail.events).toHaveLength(1);

    // Requests over HTTP rarely interleave exactly, so the guard under them is asked directly: a move from
    // a status the listing has left changes nothing and records nothing.
    const late = await server.app.attune.directory.transition(id, {
      from: "pending",
      to: "rejected",
      action: "reject",
      actorId: moderatorId,
      reason: "Too late.",
    });
    expect(late).toBeUndefined();
    expect((await moderator.get(`/api/directory/moderation/${id}`)).json).toMatchObject({
      status: winner,
      events: [expect.objectContaining({ action: winner === "approved" ? "approve" : "request_changes" })],
    });
  });

  it("rejects with a reason, and the provider can answer by editing", async () => {
    const id = await apply("Sam Lee");
    expect((await moderator.post(`/api/directory/moderation/${id}/reject`, { reason: "" })).status).toBe(400);
    expect((await moderator.post(`/api/directory/moderation/${id}/reject`, {})).status).toBe(400);
    const rejected = await moderator.post(`/api/directory/moderation/${id}/reject`, {
      reason: "We could not confirm this licence.",
    });
    expect(rejected.json.status).toBe("rejected");
    expect(await publicIds()).not.toContain(id);
    expect((await visitor.get(`/api/directory/providers/${id}`)).status).toBe(404);
    const approveRejected = await moderator.post(`/api/directory/moderation/${id}/approve`, {});
    expect(approveRejected.status).toBe(409);
    expect(approveRejected.json.error.message).toMatch(/This listing is not accepted/);

    const mine = await mineOf(id);
    expect(mine).toMatchObject({ status: "rejected", moderationNote: "We could not confirm this licence." });
    const resubmitted = await provider.put(`/api/directory/providers/${id}`, mine.input);
    expect(resubmitted.json.status).toBe("pending");
    expect(
      (await moderator.get("/api/directory/moderation/queue")).json.items.map((i: { id: string }) => i.id),
    ).toContain(id);
    expect(await publicIds()).not.toContain(id);
  });

  it("holds credential changes on a live listing for review, and records who checked a credential and how", async () => {
    const id = await apply("Ana Ruiz");
    await moderator.post(`/api/directory/moderation/${id}/approve`, {});
    expect((await moderator.post(`/api/directory/moderation/${id}/credentials/lcsw/verify`, {})).status).toBe(
      400,
    );
    // A credential the listing does not hold cannot be checked.
    expect(
      (
        await moderator.post(`/api/directory/moderation/${id}/credentials/pmh_c/verify`, {
          method: "PSI registry",
        })
      ).status,
    ).toBe(404);
    const before = Date.now();
    const verified = await moderator.post(`/api/directory/moderation/${id}/credentials/lcsw/verify`, {
      method: "California BBS licence lookup",
    });
    expect(verified.status).toBe(200);
    const check = verified.json.verifications.find((v: { type: string }) => v.type === "lcsw");
    expect(check.verified).toMatchObject({ method: "California BBS licence lookup", by: moderatorId });
    expect(Date.parse(check.verified.at)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(check.verified.at)).toBeLessThanOrEqual(Date.now());
    // The public sees that it was verified and when, never by whom or how.
    const publicView = (await visitor.get(`/api/directory/providers/${id}`)).json;
    expect(publicView.credentials).toEqual([{ type: "lcsw", verified: true, verifiedOn: today() }]);
    expect(JSON.stringify(publicView)).not.toContain(moderatorId);
    expect(JSON.stringify(publicView)).not.toContain("BBS");
    const card = (await visitor.get("/api/directory/providers?q=Ruiz")).json.items.find(
      (i: { id: string }) => i.id === id,
    );
    expect(card.credentials).toEqual([{ type: "lcsw", verified: true, verifiedOn: today() }]);

    // The owner adds a credential: it waits for a moderator; the listing stays live with the checked one.
    const mine = await mineOf(id);
    const changed = await provider.put(`/api/directory/providers/${id}`, {
      ...mine.input,
      credentials: [...mine.input.credentials, { type: "pmh_c" }],
    });
    expect(changed.json.status).toBe("approved");
    expect(changed.json.pendingCredentials).toEqual([
      { type: "lcsw", detail: "CA LCSW 12345" },
      { type: "pmh_c" },
    ]);
    const shownTypes = async () =>
      (await visitor.get(`/api/directory/providers/${id}`)).json.credentials.map(
        (c: { type: string }) => c.type,
      );
    expect(await shownTypes()).toEqual(["lcsw"]);
    expect(await publicIds("credential=pmh_c")).not.toContain(id);
    const queued = (await moderator.get("/api/directory/moderation/queue")).json.items.find(
      (i: { id: string }) => i.id === id,
    );
    expect(queued).toMatchObject({ review: "credential_change", status: "approved" });

    // Turned down (with a reason): the change goes, the checked credential stays.
    expect(
      (await moderator.post(`/api/directory/moderation/${id}/credential-changes/reject`, {})).status,
    ).toBe(400);
    const turnedDown = await moderator.post(`/api/directory/moderation/${id}/credential-changes/reject`, {
      reason: "We could not find this certification.",
    });
    expect(turnedDown.status).toBe(200);
    expect(turnedDown.json.pendingCredentials).toBeNull();
    expect(await shownTypes()).toEqual(["lcsw"]);
    const afterReject = await mineOf(id);
    expect(afterReject.pendingCredentials).toBeNull();
    expect(afterReject.history.at(-1)).toMatchObject({
      action: "credential_changes_reject",
      reason: "We could not find this certification.",
    });
    expect(
      (await moderator.get("/api/directory/moderation/queue")).json.items.map((i: { id: string }) => i.id),
    ).not.toContain(id);

    // Asked again and accepted: now shown, the new one unchecked and the checked one still checked.
    await provider.put(`/api/directory/providers/${id}`, {
      ...afterReject.input,
      credentials: [...afterReject.input.credentials, { type: "pmh_c" }],
    });
    expect(await shownTypes()).toEqual(["lcsw"]);
    const accepted = await moderator.post(`/api/directory/moderation/${id}/credential-changes/approve`, {});
    expect(accepted.status).toBe(200);
    const after = (await visitor.get(`/api/directory/providers/${id}`)).json;
    expect(after.credentials).toEqual([
      { type: "lcsw", verified: true, verifiedOn: today() },
      { type: "pmh_c", verified: false, verifiedOn: null },
    ]);
    expect(await publicIds("credential=pmh_c")).toContain(id);
    const nothingLeft = await moderator.post(
      `/api/directory/moderation/${id}/credential-changes/approve`,
      {},
    );
    expect(nothingLeft.status).toBe(409);
    expect(nothingLeft.json.error.code).toBe("no_credential_changes");
  });

  it("brings a stale listing back when its provider reconfirms", async () => {
    const seeded = await seedListing(
      server,
      listing({ name: "Kim Stale", telehealth: ["US-OR"], inPerson: null }),
      { ownerId: providerId, confirmedDaysAgo: 181 },
    );
    const due = await seedListing(
      server,
      listing({ name: "Kim Due", telehealth: ["US-OR"], inPerson: null }),
      { ownerId: providerId, confirmedDaysAgo: 100 },
    );
    const id = seeded.id;
    // Unconfirmed for 181 days: out of search and its page gone, and its owner told why.
    expect(await publicIds("telehealth=US-OR")).toEqual([due.id]);
    expect((await visitor.get(`/api/directory/providers/${id}`)).status).toBe(404);
    expect(await mineOf(id)).toMatchObject({ freshness: "stale", status: "approved" });
    expect(await mineOf(due.id)).toMatchObject({ freshness: "reconfirm_due" });

    const reconfirmed = await provider.post(`/api/directory/providers/${id}/reconfirm`, { accepting: false });
    expect(reconfirmed.status).toBe(200);
    expect(reconfirmed.json).toMatchObject({
      freshness: "fresh",
      accepting: false,
      acceptingConfirmedOn: today(),
    });
    const in90 = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    expect(reconfirmed.json.reconfirmBy).toBe(in90);
    expect(await publicIds("telehealth=US-OR")).toEqual(expect.arrayContaining([id, due.id]));
    expect((await visitor.get(`/api/directory/providers/${id}`)).json.accepting).toBe(false);
    expect(
      (await provider.post(`/api/directory/providers/${id}/reconfirm`, { accepting: "yes" })).status,
    ).toBe(400);
  });

  it("refuses every moderator route to anyone who is not a moderator", async () => {
    const id = await apply("Lee Guarded");
    const bodies: Record<string, unknown> = {
      approve: {},
      reject: { reason: "We could not confirm this licence." },
      "request-changes": { reason: "Please add your licence state." },
      verify: { method: "State licence lookup" },
    };
    // Every moderation route the server has, so a new one cannot slip past this test.
    const routes = server.app.routeTable.filter(
      (r) =>
        (r.url.startsWith("/api/directory/moderation") && ["GET", "POST"].includes(r.method)) ||
        (r.url === "/api/directory/applications" && r.method === "GET"),
    );
    expect(routes.length).toBeGreaterThanOrEqual(9);
    for (const route of routes) {
      const path = route.url.replace(":id", id).replace(":type", "lcsw");
      const body = bodies[path.split("/").at(-1) ?? ""] ?? {};
      const call = (who: HttpClient) =>
        route.method === "GET" ? who.get(path) : who.post(path, body as Record<string, unknown>);
      for (const who of [other, provider]) {
        const refused = await call(who);
        expect(refused.status, `${route.method} ${route.url}`).toBe(403);
        expect(refused.json.error.code).toBe("forbidden");
      }
      expect((await call(visitor)).status, `${route.method} ${route.url} signed out`).toBe(401);
    }
    // An admin moderates without being appointed.
    expect((await admin.get(`/api/directory/moderation/${id}`)).status).toBe(200);
    // None of it touched the listing.
    const detail = (await moderator.get(`/api/directory/moderation/${id}`)).json;
    expect(detail).toMatchObject({ status: "pending", events: [] });
    expect(detail.verifications[0].verified).toBeNull();
  });

  it("lets only the owner manage a listing", async () => {
    const id = await apply("Lee Own");
    const mine = await mineOf(id);
    // Someone else's listing does not exist for them, even for a moderator.
    for (const who of [other, moderator]) {
      expect((await who.put(`/api/directory/providers/${id}`, { ...mine.input, name: "Taken" })).status).toBe(
        404,
      );
      expect((await who.post(`/api/directory/providers/${id}/reconfirm`, { accepting: false })).status).toBe(
        404,
      );
      expect((await who.delete(`/api/directory/providers/${id}`)).status).toBe(404);
    }
    expect((await other.get("/api/directory/mine")).json.items).toEqual([]);
    expect(await mineOf(id)).toMatchObject({ name: "Lee Own", accepting: true, status: "pending" });
    expect((await provider.put("/api/directory/providers/no-such-listing", mine.input)).status).toBe(404);

    expect((await visitor.get("/api/directory/mine")).status).toBe(401);
    expect((await visitor.delete(`/api/directory/providers/${id}`)).status).toBe(401);
  });

  it("withdraws a listing with everything stored about it, the word index included", async () => {
    const id = await apply("Zephyrine Withdrawn");
    await moderator.post(`/api/directory/moderation/${id}/credentials/lcsw/verify`, {
      method: "California BBS licence lookup",
    });
    await moderator.post(`/api/directory/moderation/${id}/approve`, {});
    expect(await publicIds("q=zephyrine")).toEqual([id]);
    const { db } = server.app.attune.database;
    const { num } = await db
      .selectFrom("directory_providers")
      .select("num")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const rowsOf = async () =>
      Promise.all(
        (["directory_terms", "directory_credentials", "directory_moderation_events"] as const).map(
          async (table) =>
            (await db.selectFrom(table).select("provider_num").where("provider_num", "=", num).execute())
              .length,
        ),
      );
    expect((await rowsOf()).every((n) => n > 0)).toBe(true);
    const indexed = async () =>
      (
        await sql<{ rowid: number }>`select rowid from directory_providers_fts
          where directory_providers_fts match 'zephyrine'`.execute(db)
      ).rows.map((r) => Number(r.rowid));
    if (kind === "sqlite") expect(await indexed()).toEqual([Number(num)]);

    expect((await provider.delete(`/api/directory/providers/${id}`)).status).toBe(204);
    expect(await publicIds("q=zephyrine")).toEqual([]);
    expect((await visitor.get(`/api/directory/providers/${id}`)).status).toBe(404);
    expect((await moderator.get(`/api/directory/moderation/${id}`)).status).toBe(404);
    expect(await mineOf(id)).toBeUndefined();
    expect(await rowsOf()).toEqual([0, 0, 0]);
    if (kind === "sqlite") {
      // The external-content FTS index lost the row's words too (its delete trigger), and agrees with the table.
      expect(await indexed()).toEqual([]);
      await sql`insert into directory_providers_fts(directory_providers_fts, rank) values ('integrity-check', 1)`.execute(
        db,
      );
    }
    expect((await provider.delete(`/api/directory/providers/${id}`)).status).toBe(404);
  });

  it("places an application by its postcode or town, and refuses one it cannot place", async () => {
    const unplaced = await provider.post(
      "/api/directory/applications",
      application("Nowhere", { inPerson: { city: "Atlantisville", country: "US" } }),
    );
    expect(unplaced.status).toBe(400);
    expect(unplaced.json.error.code).toBe("unknown_place");
    expect(unplaced.json.error.message).toMatch(/ZIP code/);
    expect(
      (await provider.get("/api/directory/mine")).json.items.map((i: { name: string }) => i.name),
    ).not.toContain("Nowhere");

    // Coordinates a provider sends are not taken: the ZIP code places it.
    const id = await apply("Pia Placed", {
      inPerson: { city: "San Francisco", postcode: "94110", country: "US", lat: 51.5, lon: -0.12 },
    });
    await moderator.post(`/api/directory/moderation/${id}/approve`, {});
    expect(await publicIds("near=94110&radiusKm=5")).toContain(id);
    expect(await publicIds("near=London%20UK&radiusKm=50")).not.toContain(id);

    // Moving practice: the edit form sends the stored coordinates back, and the new ZIP still wins.
    const mine = await mineOf(id);
    expect(mine.input.inPerson).toMatchObject({ postcode: "94110" });
    const moved = await provider.put(`/api/directory/providers/${id}`, {
      ...mine.input,
      inPerson: { ...mine.input.inPerson, city: "New York", region: "NY", postcode: "10001" },
    });
    expect(moved.status).toBe(200);
    expect(await publicIds("near=10001&radiusKm=5")).toContain(id);
    expect(await publicIds("near=94110&radiusKm=50")).not.toContain(id);

    const unplacedEdit = await provider.put(`/api/directory/providers/${id}`, {
      ...mine.input,
      inPerson: { city: "Atlantisville", country: "US", lat: 40.75, lon: -73.99 },
    });
    expect(unplacedEdit.status).toBe(400);
    expect(unplacedEdit.json.error.code).toBe("unknown_place");
    expect((await mineOf(id)).inPerson.city).toBe("New York");
  });

  it("takes a short application without an account, holds it until whole, and hands it to the account made with its email", async () => {
    const email = uniqueEmail("newcomer");
    const minimal = {
      name: "Nia Newcomer",
      email: email.toUpperCase(), // the address matches however it is typed
      services: ["lactation"],
      telehealth: ["US-NY"],
      languages: ["en"],
    };
    // Without an account, an email is needed to reach the applicant.
    const { email: _none, ...noEmail } = minimal;
    const refused = await visitor.post("/api/directory/applications", noEmail);
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({ code: "email_required", details: { field: "email" } });
    expect(refused.json.error.message).toMatch(/email/);

    const applied = await visitor.post("/api/directory/applications", minimal);
    expect(applied.status, JSON.stringify(applied.json)).toBe(201);
    const id = applied.json.id as string;
    // Nothing claims openings or a profile the applicant did not give; the email becomes the contact.
    expect(applied.json).toMatchObject({ status: "pending", accepting: false, kind: "individual" });
    expect(applied.json.input.contact).toEqual({ email: email.toUpperCase() });
    expect(await publicIds("q=newcomer")).toEqual([]);
    expect((await visitor.get(`/api/directory/providers/${id}`)).status).toBe(404);
    // The audit trail has it, with no account behind it.
    expect((await auditOf(id)).map((e) => [e.action, e.actorId ?? null])).toEqual([
      ["directory.apply", null],
    ]);

    // The moderator sees who to write to and what is missing, and cannot approve it as it stands.
    const queued = (await moderator.get("/api/directory/applications")).json.items.find(
      (i: { id: string }) => i.id === id,
    );
    expect(queued).toMatchObject({ owner: null, applicantEmail: email.toLowerCase(), review: "new" });
    expect(queued.missing.join(" ")).toMatch(/^about: /);
    const early = await moderator.post(`/api/directory/moderation/${id}/approve`, {});
    expect(early.status).toBe(409);
    expect(early.json.error.code).toBe("listing_incomplete");
    expect(early.json.error.message).toMatch(/about.*Ask its provider for changes/);
    expect(await publicIds("q=newcomer")).toEqual([]);
    await moderator.post(`/api/directory/moderation/${id}/request-changes`, {
      reason: "Please tell families about your work.",
    });

    // Someone else signing up does not get it; signing up with that email is not enough either: the account
    // gets it on its first look once it has verified the address (the link mailed at sign-up).
    expect((await other.get("/api/directory/mine")).json.items).toEqual([]);
    const newcomer = server.client();
    await newcomer.signUp(email, { role: "clinician" });
    expect(await mineOf(id, newcomer)).toBeUndefined();
    await markEmailVerified(server, email);
    const mine = await mineOf(id, newcomer);
    expect(mine).toMatchObject({ status: "changes_requested" });
    expect((await moderator.get(`/api/directory/moderation/${id}`)).json).toMatchObject({
      owner: { email: email.toLowerCase() },
      applicantEmail: null,
    });
    // Completing it sends it back to the moderators, who can now approve it.
    const completed = await newcomer.put(`/api/directory/providers/${id}`, {
      ...mine.input,
      about: "Nia is an IBCLC who helps families with feeding by video across New York.",
      accepting: true,
    });
    expect(completed.status, JSON.stringify(completed.json)).toBe(200);
    expect(completed.json.status).toBe("pending");
    const approved = await moderator.post(`/api/directory/moderation/${id}/approve`, {});
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    expect(approved.json.missing).toEqual([]);
    expect(await publicIds("q=newcomer")).toEqual([id]);
    expect((await auditOf(id)).map((e) => e.action)).toContain("directory.claim");
  });

  it("does not hand a live listing to whoever signs up with its applicant's email later", async () => {
    const email = uniqueEmail("latecomer");
    const applied = await visitor.post("/api/directory/applications", {
      ...application("Lou Latecomer"),
      contact: undefined,
      email,
    });
    expect(applied.status, JSON.stringify(applied.json)).toBe(201);
    const id = applied.json.id as string;
    // Nobody has shown the applicant's address is theirs, so it cannot go public…
    const refused = await moderator.post(`/api/directory/moderation/${id}/approve`, {});
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe("provider_email_not_verified");
    // …but one approved before verification was asked for is live; a verified latecomer does not get it.
    await server.app.attune.database.db
      .updateTable("directory_providers")
      .set({ status: "approved", approved_at: Date.now() })
      .where("id", "=", id)
      .execute();
    const late = server.client();
    await late.signUp(email);
    await markEmailVerified(server, email);
    expect((await late.get("/api/directory/mine")).json.items).toEqual([]);
    expect((await late.put(`/api/directory/providers/${id}`, application("Hijacked"))).status).toBe(404);
    expect((await moderator.get(`/api/directory/moderation/${id}`)).json).toMatchObject({
      owner: null,
      applicantEmail: email.toLowerCase(),
    });
  });

  it("refuses an incomplete application, saying what to fix", async () => {
    const incomplete = await provider.post("/api/directory/applications", { name: "X", kind: "individual" });
    expect(incomplete.status).toBe(400);
    expect(incomplete.json.error.message).toMatch(/about|services|languages|contact/);
  });

  it("lets one account hold up to ten listings", async () => {
    const busy = server.client();
    await busy.signUp(uniqueEmail("busy"));
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(await apply(`Practice ${i}`, { inPerson: null }, busy));
    const eleventh = await busy.post(
      "/api/directory/applications",
      application("One more", { inPerson: null }),
    );
    expect(eleventh.status).toBe(409);
    expect(eleventh.json.error.code).toBe("too_many_listings");
    expect((await busy.get("/api/directory/mine")).json.items).toHaveLength(10);
    expect((await busy.delete(`/api/directory/providers/${ids[0]}`)).status).toBe(204);
    await apply("One more", { inPerson: null }, busy);
  });

  it("pages the queue oldest first, by status", async () => {
    const seeded: string[] = [];
    for (let i = 0; i < 27; i++)
      seeded.push(
        (
          await seedListing(server, listing({ name: `Queued ${i}`, telehealth: ["US"] }), {
            status: "pending",
            source: "hsds_import",
          })
        ).id,
      );
    const walked: { id: string; createdAt: string; review: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Reply = await moderator.get(
        `/api/directory/moderation/queue${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      expect(page.status).toBe(200);
      walked.push(...page.json.items);
      cursor = page.json.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(pages).toBeGreaterThanOrEqual(2);
    const ids = walked.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => seeded.includes(id))).toEqual(seeded);
    const times = walked.map((i) => Date.parse(i.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(walked.find((i) => i.id === seeded[0])).toMatchObject({ review: "new", owner: null });

    const approved = (await moderator.get("/api/directory/moderation/queue?status=approved")).json.items;
    expect(approved.length).toBeGreaterThan(0);
    expect(approved.every((i: { status: string }) => i.status === "approved")).toBe(true);
    const rejected = (await moderator.get("/api/directory/moderation/queue?status=rejected")).json.items;
    expect(rejected.every((i: { status: string }) => i.status === "rejected")).toBe(true);

    const badStatus = await moderator.get("/api/directory/moderation/queue?status=live");
    expect(badStatus.status).toBe(400);
    expect(badStatus.json.error.message).toMatch(/pending/);
    const badCursor = await moderator.get("/api/directory/moderation/queue?cursor=not-ours");
    expect(badCursor.status).toBe(400);
    expect(badCursor.json.error.code).toBe("invalid_cursor");
  });

  it("writes an audit event for every change to a listing, with who did it", async () => {
    const id = await apply("Audit Me");
    const reason = "Please add your licence state.";
    await moderator.post(`/api/directory/moderation/${id}/request-changes`, { reason });
    let mine = await mineOf(id);
    await provider.put(`/api/directory/providers/${id}`, mine.input);
    await moderator.post(`/api/directory/moderation/${id}/approve`, {});
    await moderator.post(`/api/directory/moderation/${id}/credentials/lcsw/verify`, { method: "BBS lookup" });
    mine = await mineOf(id);
    const withPmhc = { ...mine.input, credentials: [...mine.input.credentials, { type: "pmh_c" }] };
    await provider.put(`/api/directory/providers/${id}`, withPmhc);
    await moderator.post(`/api/directory/moderation/${id}/credential-changes/reject`, {
      reason: "We could not find it.",
    });
    await provider.put(`/api/directory/providers/${id}`, withPmhc);
    await moderator.post(`/api/directory/moderation/${id}/credential-changes/approve`, {});
    await provider.post(`/api/directory/providers/${id}/reconfirm`, { accepting: true });

    // Each moderation action is in the listing's own history too, with the moderator's id.
    const history = (await moderator.get(`/api/directory/moderation/${id}`)).json.events;
    expect(history.map((e: { action: string; actorId: string }) => [e.action, e.actorId])).toEqual([
      ["request_changes", moderatorId],
      ["resubmit", providerId],
      ["approve", moderatorId],
      ["verify_credential", moderatorId],
      ["credential_changes_reject", moderatorId],
      ["credential_changes_approve", moderatorId],
    ]);

    expect((await provider.delete(`/api/directory/providers/${id}`)).status).toBe(204);
    const trail = await auditOf(id);
    const by = (who: string) => (who === moderatorId ? "moderator" : who === providerId ? "provider" : who);
    expect(trail.map((e) => `${e.action} by ${by(e.actorId)}`).sort()).toEqual(
      [
        "directory.apply by provider",
        "directory.request_changes by moderator",
        "directory.edit by provider",
        "directory.approve by moderator",
        "directory.verify_credential by moderator",
        "directory.edit by provider",
        "directory.credential_changes_reject by moderator",
        "directory.edit by provider",
        "directory.credential_changes_approve by moderator",
        "directory.reconfirm by provider",
        "directory.withdraw by provider",
      ].sort(),
    );
    expect(trail.every((e) => e.ip)).toBe(true);
    expect(trail.find((e) => e.action === "directory.request_changes")?.details).toEqual({ reason });
    expect(trail.find((e) => e.action === "directory.verify_credential")?.details).toEqual({
      credential: "lcsw",
      method: "BBS lookup",
    });

    const rejectedId = await apply("Audit Reject");
    await moderator.post(`/api/directory/moderation/${rejectedId}/reject`, {
      reason: "Not a perinatal service.",
    });
    expect((await auditOf(rejectedId)).map((e) => `${e.action} by ${by(e.actorId)}`)).toEqual([
      "directory.apply by provider",
      "directory.reject by moderator",
    ]);
    // A refused move changes nothing and records nothing.
    await moderator.post(`/api/directory/moderation/${rejectedId}/reject`, {
      reason: "Not a perinatal service.",
    });
    expect(await auditOf(rejectedId)).toHaveLength(2);
  });
});
