import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

type Answer = { item: string; option: number };
const sheet = (options: number[]): Answer[] => options.map((option, i) => ({ item: String(i + 1), option }));
const phq9 = (options: number[], extra: Record<string, unknown> = {}) => ({
  instrumentId: "phq9",
  subject: "self",
  answers: sheet(options),
  ...extra,
});
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe.each(databaseKinds)("sharing check-in results, and offline check-ins sent again, on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;

  beforeAll(async () => {
    server = await startTestServer(kind);
    cast = await twoFamilies(server);
  });
  afterAll(() => server?.close());

  /** Rows stored under one clientId, counted in the database itself. */
  const rowsWith = async (clientId: string) =>
    (
      await server.app.attune.database.db
        .selectFrom("screenings")
        .select("id")
        .where("client_id", "=", clientId)
        .execute()
    ).length;

  it("starts shared with nobody, and lets only the person who answered change that", async () => {
    const { mum, dad, other } = cast;
    const made = await mum.post("/api/screenings", phq9([1, 1, 1, 1, 1, 1, 0, 0, 0]));
    expect(made.status).toBe(201);
    expect(made.json.sharing).toEqual({ visitSummary: false, clinicians: false });
    const { id } = made.json;

    const visit = await mum.patch(`/api/screenings/${id}`, { sharing: { visitSummary: true } });
    expect(visit.status).toBe(200);
    expect(visit.json).toMatchObject({ id, total: 6, sharing: { visitSummary: true, clinicians: false } });
    // Only the choices given change.
    const both = await mum.patch(`/api/screenings/${id}`, { sharing: { clinicians: true } });
    expect(both.json.sharing).toEqual({ visitSummary: true, clinicians: true });
    expect((await mum.get(`/api/screenings/${id}`)).json.sharing).toEqual({
      visitSummary: true,
      clinicians: true,
    });
    const listed = (await mum.get("/api/screenings")).json.items.find((s: { id: string }) => s.id === id);
    expect(listed.sharing).toEqual({ visitSummary: true, clinicians: true });

    // Another caregiver of the same baby, a stranger, nobody: told it does not exist (or to sign in).
    for (const someone of [dad, other]) {
      const res = await someone.patch(`/api/screenings/${id}`, { sharing: { visitSummary: false } });
      expect(res.status).toBe(404);
    }
    expect(
      (await server.client().patch(`/api/screenings/${id}`, { sharing: { clinicians: false } })).status,
    ).toBe(401);
    expect((await mum.get(`/api/screenings/${id}`)).json.sharing.visitSummary).toBe(true);

    // The choice is in the person's audit trail.
    const audit = (await mum.get("/api/audit")).json.items;
    expect(audit.find((e: { action: string }) => e.action === "screening.sharing")).toMatchObject({
      subjectId: id,
    });
  });

  it("refuses a sharing change it cannot read, saying what would work", async () => {
    const { id } = (await cast.mum.post("/api/screenings", phq9(Array(9).fill(0)))).json;
    const bad = [
      { sharing: {} },
      { sharing: { visitSummary: "yes" } },
      { sharing: { visitSummary: true, everyone: true } },
      { sharing: { visitSummary: true }, total: 0 },
      { visitSummary: true },
    ];
    for (const body of bad) {
      const res = await cast.mum.patch(`/api/screenings/${id}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.code).toBe("invalid_input");
      expect(res.json.error.message).toMatch(/sharing|visitSummary|everyone|total/);
    }
    const empty = await cast.mum.patch(`/api/screenings/${id}`, { sharing: {} });
    expect(empty.json.error.message).toMatch(/sharing\.visitSummary, sharing\.clinicians/);
    expect((await cast.mum.patch("/api/screenings/nope", { sharing: { clinicians: true } })).status).toBe(
      404,
    );
    expect((await cast.mum.get(`/api/screenings/${id}`)).json.sharing).toEqual({
      visitSummary: false,
      clinicians: false,
    });
  });

  it("puts in the visit summary only the viewer's own check-ins they included, in its days", async () => {
    const { mum, dad, babyId, familyId } = cast;
    const twinId = (
      await mum.post(`/api/families/${familyId}/babies`, {
        name: "Wren",
        birthDate: new Date(Date.now() - 35 * 86_400_000).toISOString().slice(0, 10),
      })
    ).json.id;
    const include = async (body: object) => {
      const made = await mum.post("/api/screenings", body);
      expect(made.status).toBe(201);
      expect(
        (await mum.patch(`/api/screenings/${made.json.id}`, { sharing: { visitSummary: true } })).status,
      ).toBe(200);
      return made.json.id as string;
    };
    const mood = await include(phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]));
    const bonding = await include({
      instrumentId: "pbq",
      subject: { babyId },
      answers: sheet(Array(25).fill(5)),
    });
    const reflection = await include({
      instrumentId: "maas",
      subject: "self",
      answers: sheet(Array(19).fill(0)),
    });
    const aboutTwin = await include({
      instrumentId: "pbq",
      subject: { babyId: twinId },
      answers: sheet(Array(25).fill(5)),
    });
    const old = await include(phq9(Array(9).fill(0)));
    // Three weeks ago: outside even the fortnight.
    await server.app.attune.database.db
      .updateTable("screenings")
      .set({ completed_at: Date.now() - 21 * 86_400_000 })
      .where("id", "=", old)
      .execute();
    const notIncluded = (await mum.post("/api/screenings", phq9(Array(9).fill(2)))).json.id;
    const dads = (await dad.post("/api/screenings", phq9(Array(9).fill(1)))).json.id;
    await dad.patch(`/api/screenings/${dads}`, { sharing: { visitSummary: true } });

    const mine = await mum.get(`/api/babies/${babyId}/visit-summary?days=14`);
    expect(mine.status).toBe(200);
    const found = ids(mine.json.checkIns);
    expect(found).toEqual(expect.arrayContaining([mood, bonding, reflection]));
    for (const left of [aboutTwin, old, notIncluded, dads]) expect(found).not.toContain(left);
    const byId = Object.fromEntries(mine.json.checkIns.map((c: { id: string }) => [c.id, c]));
    expect(byId[mood]).toMatchObject({
      instrumentId: "phq9",
      shortName: "PHQ-9",
      about: "self",
      total: 8,
      range: { min: 0, max: 27 },
      band: expect.any(String),
    });
    expect(byId[mood].band).not.toBe("");
    expect(byId[bonding]).toMatchObject({
      shortName: "PBQ",
      about: "baby",
      // "Never" everywhere: 40, the positively worded items scoring 5 each.
      total: 40,
      range: { min: 0, max: 125 },
    });
    // Reflection-only: a score on its range, never a band.
    expect(byId[reflection].band).toBeNull();
    // Oldest first, as the page reads.
    const times = mine.json.checkIns.map((c: { completedAt: string }) => c.completedAt);
    expect(times).toEqual([...times].sort());

    // The band in the asked language.
    const es = await mum.get(`/api/babies/${babyId}/visit-summary?days=14&lang=es`);
    const esMood = es.json.checkIns.find((c: { id: string }) => c.id === mood);
    expect(esMood.band).not.toBe(byId[mood].band);

    // The twin's summary holds the check-in about the twin and mum's own, never Robin's PBQ.
    const twins = ids((await mum.get(`/api/babies/${twinId}/visit-summary?days=14`)).json.checkIns);
    expect(twins).toEqual(expect.arrayContaining([mood, aboutTwin]));
    expect(twins).not.toContain(bonding);

    // Dad sees his own, not mum's, on the same baby's page.
    const his = ids((await dad.get(`/api/babies/${babyId}/visit-summary?days=14`)).json.checkIns);
    expect(his).toEqual([dads]);

    // Taken out again: gone from the summary.
    await mum.patch(`/api/screenings/${mood}`, { sharing: { visitSummary: false } });
    expect(ids((await mum.get(`/api/babies/${babyId}/visit-summary?days=14`)).json.checkIns)).not.toContain(
      mood,
    );
  });

  it("dates a check-in finished offline when it was finished, not when it arrived", async () => {
    const finished = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const late = await cast.mum.post(
      "/api/screenings",
      phq9([0, 0, 0, 0, 0, 0, 0, 0, 0], { clientId: randomUUID(), completedAt: finished }),
    );
    expect(late.status).toBe(201);
    expect(Date.parse(late.json.completedAt)).toBe(Date.parse(finished));
    // A phone clock running ahead is taken as now; a check-in older than a year is refused with the reason.
    const ahead = await cast.mum.post(
      "/api/screenings",
      phq9([0, 0, 0, 0, 0, 0, 0, 0, 0], { completedAt: new Date(Date.now() + 3_600_000).toISOString() }),
    );
    expect(ahead.status).toBe(201);
    expect(Date.parse(ahead.json.completedAt)).toBeLessThanOrEqual(Date.now());
    const ancient = await cast.mum.post(
      "/api/screenings",
      phq9([0, 0, 0, 0, 0, 0, 0, 0, 0], { completedAt: "2020-01-01T00:00:00Z" }),
    );
    expect(ancient.status).toBe(400);
    expect(ancient.json.error.message).toMatch(/within the last 365 days/);
    const garbled = await cast.mum.post(
      "/api/screenings",
      phq9([0, 0, 0, 0, 0, 0, 0, 0, 0], { completedAt: "yesterday" }),
    );
    expect(garbled.status).toBe(400);
  });

  it("stores a check-in sent again with its clientId once, answering with the one kept", async () => {
    const clientId = randomUUID();
    const body = phq9([2, 1, 0, 0, 1, 0, 0, 0, 0], { clientId });
    const first = await cast.mum.post("/api/screenings", body);
    expect(first.status).toBe(201);
    const again = await cast.mum.post("/api/screenings", body);
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(first.json.id);
    expect(again.json.total).toBe(4);
    // The answers in another order are the same check-in.
    const reordered = await cast.mum.post("/api/screenings", {
      ...body,
      answers: [...body.answers].reverse(),
    });
    expect(reordered.status).toBe(200);
    expect(reordered.json.id).toBe(first.json.id);
    expect(await rowsWith(clientId)).toBe(1);
    const listed = (await cast.mum.get("/api/screenings?limit=200")).json.items;
    expect(ids(listed).filter((id) => id === first.json.id)).toHaveLength(1);

    // A clientId is per person: someone else's check-in with the same one is theirs, stored apart.
    const dads = await cast.dad.post("/api/screenings", body);
    expect(dads.status).toBe(201);
    expect(dads.json.id).not.toBe(first.json.id);
  });

  it("stores one row when the same check-in arrives twice at once", async () => {
    const clientId = randomUUID();
    const body = phq9([1, 1, 1, 0, 0, 0, 0, 0, 0], { clientId });
    const replies = await Promise.all([1, 2, 3].map(() => cast.mum.post("/api/screenings", body)));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(replies.map((r) => r.json.id)).size).toBe(1);
    expect(await rowsWith(clientId)).toBe(1);
  });

  it("refuses another check-in under a clientId already used (409), keeping the first", async () => {
    const clientId = randomUUID();
    const first = await cast.mum.post("/api/screenings", phq9(Array(9).fill(0), { clientId }));
    expect(first.status).toBe(201);
    const changed = await cast.mum.post("/api/screenings", phq9([1, 0, 0, 0, 0, 0, 0, 0, 0], { clientId }));
    expect(changed.status).toBe(409);
    expect(changed.json.error.code).toBe("client_id_reused");
    expect(changed.json.error.message).toMatch(/already used for a different check-in/);
    const otherInstrument = await cast.mum.post("/api/screenings", {
      instrumentId: "gad7",
      subject: "self",
      answers: sheet(Array(7).fill(0)),
      clientId,
    });
    expect(otherInstrument.status).toBe(409);
    // A safety answer still brings the crisis lines, even on a refusal.
    const flagged = await cast.mum.post("/api/screenings", phq9([0, 0, 0, 0, 0, 0, 0, 0, 2], { clientId }));
    expect(flagged.status).toBe(409);
    expect(flagged.json.error.details.crisis.lines[0].kind).toBe("crisis");
    expect(await rowsWith(clientId)).toBe(1);
    expect((await cast.mum.get(`/api/screenings/${first.json.id}`)).json.total).toBe(0);

    const notUuid = await cast.mum.post("/api/screenings", phq9(Array(9).fill(0), { clientId: "abc" }));
    expect(notUuid.status).toBe(400);
    expect(notUuid.json.error.message).toMatch(/clientId/);
  });
});
