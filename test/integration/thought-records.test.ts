import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { thoughtRecordsRepository } from "../../src/db/repositories/thought-records.js";
import { uuidv7 } from "../../src/domain/ids.js";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import type { HttpClient } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const record = (familyId: string, extra: Record<string, unknown> = {}) => ({
  familyId,
  situation: "3 a.m., the baby would not settle after the feed",
  automaticThought: "I'm getting this all wrong",
  feelings: [
    { name: "Worried", intensity: 80 },
    { name: "Sad", intensity: 60, after: null },
  ],
  evidenceFor: "She cried for an hour",
  evidenceAgainst: "She settled last night; the nurse said she is growing well",
  balancedThought: "Some nights are hard, and I keep showing up for her",
  ...extra,
});
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe.each(databaseKinds)("thought records on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;

  beforeAll(async () => {
    server = await startTestServer(kind);
    cast = await twoFamilies(server);
  });
  afterAll(() => server?.close());

  /** Rows stored under one id, counted in the database itself. */
  const rowsWith = async (id: string) =>
    (
      await server.app.attune.database.db
        .withTables<{ thought_records: { id: string } }>()
        .selectFrom("thought_records")
        .select("id")
        .where("id", "=", id)
        .execute()
    ).length;
  const meOf = async (client: HttpClient) => (await client.get("/api/me")).json.user.id as string;

  it("writes, lists, reads, changes and deletes a record, private by default and audited", async () => {
    const { mum, familyId } = cast;
    const made = await mum.post("/api/thought-records", record(familyId));
    expect(made.status).toBe(201);
    expect(made.json).toMatchObject({
      familyId,
      situation: "3 a.m., the baby would not settle after the feed",
      automaticThought: "I'm getting this all wrong",
      feelings: [
        { name: "Worried", intensity: 80, after: null },
        { name: "Sad", intensity: 60, after: null },
      ],
      sharedWithClinicians: false,
    });
    const { id } = made.json;
    expect(made.json.createdAt).toBe(made.json.updatedAt);

    const second = await mum.post("/api/thought-records", {
      familyId,
      automaticThought: "Everyone else copes better",
    });
    expect(second.status).toBe(201);
    expect(second.json).toMatchObject({
      situation: null,
      evidenceFor: null,
      feelings: [],
      sharedWithClinicians: false,
    });

    const listed = await mum.get("/api/thought-records");
    expect(listed.status).toBe(200);
    // Newest first.
    expect(ids(listed.json.items).slice(0, 2)).toEqual([second.json.id, id]);
    expect((await mum.get(`/api/thought-records/${id}`)).json).toEqual(made.json);

    // Only the fields given change; the feelings after are filled in later.
    const changed = await mum.patch(`/api/thought-records/${id}`, {
      feelings: [
        { name: "Worried", intensity: 80, after: 45 },
        { name: "Sad", intensity: 60, after: 40 },
      ],
      balancedThought: "  Some nights are hard, and she still reaches for me  ",
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({
      id,
      situation: made.json.situation,
      balancedThought: "Some nights are hard, and she still reaches for me",
      feelings: [
        { name: "Worried", intensity: 80, after: 45 },
        { name: "Sad", intensity: 60, after: 40 },
      ],
    });
    // Emptying a field is null, not an empty string.
    const emptied = await mum.patch(`/api/thought-records/${id}`, { evidenceFor: "   " });
    expect(emptied.json.evidenceFor).toBeNull();

    const gone = await mum.delete(`/api/thought-records/${id}`);
    expect(gone.status).toBe(204);
    expect((await mum.get(`/api/thought-records/${id}`)).status).toBe(404);
    expect((await mum.delete(`/api/thought-records/${id}`)).status).toBe(404);
    expect(ids((await mum.get("/api/thought-records")).json.items)).not.toContain(id);

    // Each write is in the author's own trail, naming the record and the fields, never the words.
    const trail = (await mum.get("/api/audit?limit=50")).json.items.filter(
      (e: { subjectId?: string }) => e.subjectId === id,
    );
    expect(trail.map((e: { action: string }) => e.action)).toEqual([
      "thought_record.delete",
      "thought_record.update",
      "thought_record.update",
      "thought_record.create",
    ]);
    expect(trail[2].details).toEqual({ changed: ["balancedThought", "feelings"] });
    expect(JSON.stringify(trail)).not.toMatch(/nights are hard|getting this all wrong/);
    expect(trail.every((e: { familyId?: string }) => e.familyId === undefined)).toBe(true);
  });

  it("pages the list with a cursor", async () => {
    const { dad, familyId } = cast;
    const made: string[] = [];
    for (const n of [1, 2, 3]) {
      const res = await dad.post("/api/thought-records", { familyId, situation: `Moment ${n}` });
      expect(res.status).toBe(201);
      made.push(res.json.id);
    }
    const first = await dad.get("/api/thought-records?limit=2");
    expect(ids(first.json.items)).toEqual([made[2], made[1]]);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    const next = await dad.get(`/api/thought-records?limit=2&cursor=${first.json.nextCursor}`);
    expect(ids(next.json.items)).toEqual([made[0]]);
    expect(next.json.nextCursor).toBeNull();
    const bad = await dad.get("/api/thought-records?cursor=not-one-of-ours");
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("invalid_cursor");
  });

  it("answers 404 to another caregiver of the family and to another family, and 401 to nobody", async () => {
    const { mum, dad, other, familyId } = cast;
    const { id } = (await mum.post("/api/thought-records", record(familyId))).json;
    for (const someone of [dad, other]) {
      for (const res of [
        await someone.get(`/api/thought-records/${id}`),
        await someone.patch(`/api/thought-records/${id}`, { situation: "mine now" }),
        await someone.delete(`/api/thought-records/${id}`),
      ]) {
        expect(res.status).toBe(404);
        expect(res.json.error).toEqual({
          code: "not_found",
          message: "That thought record was not found.",
          details: { resource: "thought_record" },
        });
      }
      expect(ids((await someone.get("/api/thought-records")).json.items)).not.toContain(id);
    }
    // The same answer as an id that never existed: nothing is learnt about someone else's records.
    const never = await dad.get(`/api/thought-records/${uuidv7()}`);
    expect(never.json.error).toEqual({
      code: "not_found",
      message: "That thought record was not found.",
      details: { resource: "thought_record" },
    });

    const nobody = server.client();
    expect((await nobody.get("/api/thought-records")).status).toBe(401);
    expect((await nobody.get(`/api/thought-records/${id}`)).status).toBe(401);
    expect((await nobody.post("/api/thought-records", record(familyId))).status).toBe(401);

    // Untouched.
    expect((await mum.get(`/api/thought-records/${id}`)).json.situation).toBe(record(familyId).situation);
  });

  it("keeps a record only with one of the writer's own families", async () => {
    const { mum, other, familyId, otherFamilyId } = cast;
    const theirs = await mum.post("/api/thought-records", record(otherFamilyId));
    expect(theirs.status).toBe(404);
    expect(theirs.json.error.message).toBe("That family was not found.");
    expect((await mum.post("/api/thought-records", record("no-such-family"))).status).toBe(404);

    const { id } = (await mum.post("/api/thought-records", record(familyId))).json;
    const moved = await mum.patch(`/api/thought-records/${id}`, { familyId: otherFamilyId });
    expect(moved.status).toBe(404);
    expect((await mum.get(`/api/thought-records/${id}`)).json.familyId).toBe(familyId);
    // The other family's owner may keep one with their own family.
    expect((await other.post("/api/thought-records", record(otherFamilyId))).status).toBe(201);
  });

  it("refuses what it cannot store with a message a person can act on, and stores nothing", async () => {
    const { mum, familyId } = cast;
    const before = (await mum.get("/api/thought-records?limit=200")).json.items.length;
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ ...record(familyId), familyId: undefined }, /familyId/],
      [record(familyId, { feelings: [{ name: "Worried", intensity: 101 }] }), /0 to 100/],
      [record(familyId, { feelings: [{ name: "Worried", intensity: -1 }] }), /0 to 100/],
      [record(familyId, { feelings: [{ name: "Worried", intensity: 2.5 }] }), /whole number/],
      [record(familyId, { feelings: [{ name: "Worried", intensity: "high" }] }), /feelings\.0\.intensity/],
      [record(familyId, { feelings: [{ name: "Worried", intensity: 50, after: 200 }] }), /0 to 100/],
      [record(familyId, { feelings: [{ name: "  ", intensity: 50 }] }), /name the feeling/],
      [record(familyId, { feelings: [{ name: "Worried", intensity: 50, why: "x" }] }), /why/],
      [record(familyId, { situation: "x".repeat(2001) }), /under 2000 characters/],
      [record(familyId, { sharedWithClinicians: "yes" }), /sharedWithClinicians/],
      [record(familyId, { mood: "low" }), /mood/],
      [record(familyId, { id: "not-a-uuid" }), /id must be a UUID/],
      [record(familyId, { situation: " ", automaticThought: null }), /situation or the thought/],
      [
        record(familyId, {
          feelings: [
            { name: "Worried", intensity: 50 },
            { name: "worried", intensity: 70 },
          ],
        }),
        /listed already/,
      ],
    ];
    for (const [body, message] of bad) {
      const res = await mum.post("/api/thought-records", body);
      expect(res.status, JSON.stringify(body).slice(0, 120)).toBe(400);
      expect(res.json.error.message).toMatch(message);
      expect(res.json.error.message).toMatch(
        /^(The request was not valid|This thought record cannot be saved)/,
      );
    }
    expect((await mum.get("/api/thought-records?limit=200")).json.items.length).toBe(before);

    const { id } = (await mum.post("/api/thought-records", record(familyId))).json;
    const badChanges: [Record<string, unknown>, RegExp][] = [
      [{}, /say what to change/],
      [{ situation: null, automaticThought: "" }, /situation or the thought/],
      [{ feelings: [{ name: "Calm", intensity: 500 }] }, /0 to 100/],
      [{ id: uuidv7() }, /Unrecognized key: "id"/],
      [{ createdAt: "2020-01-01T00:00:00Z" }, /Unrecognized key: "createdAt"/],
    ];
    for (const [body, message] of badChanges) {
      const res = await mum.patch(`/api/thought-records/${id}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.message).toMatch(message);
    }
    const unchanged = (await mum.get(`/api/thought-records/${id}`)).json;
    expect(unchanged).toMatchObject({
      situation: record(familyId).situation,
      updatedAt: unchanged.createdAt,
    });
    expect(unchanged.feelings.map((f: { intensity: number }) => f.intensity)).toEqual([80, 60]);
  });

  it("stores a record sent again under its id once, and refuses that id for other words", async () => {
    const { mum, dad, familyId } = cast;
    const id = uuidv7();
    const body = record(familyId, { id });
    const first = await mum.post("/api/thought-records", body);
    expect(first.status).toBe(201);
    expect(first.json.id).toBe(id);

    // A lost reply, sent again: the record kept the first time, 200. Spaces around the words do not count.
    const again = await mum.post("/api/thought-records", { ...body, situation: `  ${body.situation} ` });
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    // Sent twice at once: still one.
    const racing = await Promise.all([
      mum.post("/api/thought-records", body),
      mum.post("/api/thought-records", body),
    ]);
    expect(racing.map((r) => r.status)).toEqual([200, 200]);
    expect(await rowsWith(id)).toBe(1);

    const other = await mum.post("/api/thought-records", { ...body, balancedThought: "Something else" });
    expect(other.status).toBe(409);
    expect(other.json.error.code).toBe("id_in_use");
    expect(other.json.error.message).toMatch(/Make a new id/);
    const shared = await mum.post("/api/thought-records", { ...body, sharedWithClinicians: true });
    expect(shared.status).toBe(409);
    // Someone else sending that id is told only that it is taken, with the same words.
    const theirs = await dad.post("/api/thought-records", body);
    expect(theirs.status).toBe(409);
    expect(theirs.json.error).toEqual(other.json.error);
    expect((await mum.get(`/api/thought-records/${id}`)).json).toEqual(first.json);

    // Two sends of a new record made at once both get the one record.
    const fresh = uuidv7();
    const both = await Promise.all([
      mum.post("/api/thought-records", record(familyId, { id: fresh })),
      mum.post("/api/thought-records", record(familyId, { id: fresh })),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(both[0]?.json).toEqual(both[1]?.json);
    expect(await rowsWith(fresh)).toBe(1);
    const created = (await mum.get("/api/audit?limit=100")).json.items.filter(
      (e: { action: string; subjectId?: string }) =>
        e.action === "thought_record.create" && e.subjectId === fresh,
    );
    expect(created).toHaveLength(1);
  });

  it("shares a record only when its author says so, and gives the clinician side only the family's shared ones", async () => {
    // A family of its own: a caregiver leaves it below.
    const { mum, dad, other, familyId, otherFamilyId } = await twoFamilies(server);
    const mine = (await mum.post("/api/thought-records", record(familyId))).json;
    expect(mine.sharedWithClinicians).toBe(false);
    const kept = (await mum.post("/api/thought-records", record(familyId, { situation: "Private" }))).json;
    const shared = (
      await mum.post(
        "/api/thought-records",
        record(familyId, { situation: "Shared at once", sharedWithClinicians: true }),
      )
    ).json;
    expect(shared.sharedWithClinicians).toBe(true);
    const dads = (await dad.post("/api/thought-records", record(familyId, { situation: "Dad's" }))).json;
    const elsewhere = (
      await other.post("/api/thought-records", record(otherFamilyId, { sharedWithClinicians: true }))
    ).json;

    const repo = thoughtRecordsRepository(server.app.attune.database.db);
    expect(ids(await repo.sharedInFamily(familyId))).toEqual([shared.id]);

    // Marking one shared (and back) is the author's choice, recorded as such.
    const on = await mum.patch(`/api/thought-records/${mine.id}`, { sharedWithClinicians: true });
    expect(on.status).toBe(200);
    expect(on.json.sharedWithClinicians).toBe(true);
    expect((await dad.patch(`/api/thought-records/${dads.id}`, { sharedWithClinicians: true })).status).toBe(
      200,
    );
    const found = await repo.sharedInFamily(familyId);
    expect(ids(found).sort()).toEqual([mine.id, shared.id, dads.id].sort());
    expect(ids(found)).not.toContain(kept.id);
    expect(ids(found)).not.toContain(elsewhere.id);
    expect(found.every((r) => r.familyId === familyId && r.sharedWithClinicians)).toBe(true);
    expect(ids(await repo.sharedInFamily(otherFamilyId))).toEqual([elsewhere.id]);
    const sharing = (await mum.get("/api/audit?limit=50")).json.items.find(
      (e: { action: string; subjectId?: string }) =>
        e.action === "thought_record.sharing" && e.subjectId === mine.id,
    );
    expect(sharing.details).toEqual({ sharedWithClinicians: true });

    await mum.patch(`/api/thought-records/${mine.id}`, { sharedWithClinicians: false });
    expect(ids(await repo.sharedInFamily(familyId))).not.toContain(mine.id);

    // A caregiver who leaves the family takes their records' sharing with them.
    const dadId = await meOf(dad);
    expect((await dad.delete(`/api/families/${familyId}/caregivers/${dadId}`)).status).toBe(204);
    expect(ids(await repo.sharedInFamily(familyId))).toEqual([shared.id]);
    // Still the author's own.
    expect((await dad.get(`/api/thought-records/${dads.id}`)).status).toBe(200);

    // Nothing about thought records appears in the family's access log, which every caregiver reads.
    const log = (await mum.get(`/api/audit?familyId=${familyId}&limit=200`)).json.items;
    expect(log.filter((e: { action: string }) => e.action.startsWith("thought_record"))).toEqual([]);
  });

  it("documents its routes in the OpenAPI document", async () => {
    const doc = (await server.client().get("/api/openapi.json")).json;
    expect(Object.keys(doc.paths["/api/thought-records"])).toEqual(expect.arrayContaining(["get", "post"]));
    expect(Object.keys(doc.paths["/api/thought-records/{id}"])).toEqual(
      expect.arrayContaining(["get", "patch", "delete"]),
    );
    const body = doc.paths["/api/thought-records"].post.requestBody.content["application/json"].schema;
    expect(body.additionalProperties).toBe(false);
    expect(body.properties.sharedWithClinicians.default).toBe(false);
    expect(body.required).toContain("familyId");
    const policies = server.app.routeTable
      .filter((r) => r.url.startsWith("/api/thought-records"))
      .map((r) => `${r.method} ${r.url}: ${r.policy}`);
    expect(policies.filter((p) => p.endsWith("undefined"))).toEqual([]);
    expect(policies.length).toBeGreaterThanOrEqual(5);
  });
});
