import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

interface Note {
  id: string;
  kind: string;
  text: string;
  author: { id: string; name: string };
  signedAt: string | null;
  amendments: { author: { id: string; name: string } | null; text: string; createdAt: string }[];
}

describe.each(databaseKinds)("the case formulation and the clinician's notes, on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;
  let lee: HttpClient;
  let leeId: string;
  let mumId: string;
  let dadId: string;
  let caseId: string;
  let shareId: string;

  const familyLog = async () =>
    (await cast.mum.get(`/api/audit?familyId=${cast.familyId}&limit=200`)).json.items as {
      action: string;
      actorId: string;
      subjectId?: string;
      details?: Record<string, unknown>;
    }[];
  const save = (baseVersion: number, strengths: string, caregiverId = mumId, babyId = cast.babyId) =>
    lee.put(`/api/cases/${caseId}/formulation`, {
      caregiverId,
      babyId,
      baseVersion,
      content: {
        caregiver: { ghostsAndAngels: "Her grandmother sang to her." },
        relationship: { strengths },
      },
    });

  beforeAll(async () => {
    server = await startTestServer(kind);
    cast = await twoFamilies(server);
    lee = server.client();
    await lee.signUp(uniqueEmail("lee"), { name: "Dr Lee", role: "clinician" });
    leeId = (await lee.get("/api/me")).json.user.id;
    mumId = (await cast.mum.get("/api/me")).json.user.id;
    dadId = (await cast.dad.get("/api/me")).json.user.id;
    // Writing needs an open case, not any particular scope.
    const made = await cast.mum.post("/api/consents", { familyId: cast.familyId, scopes: ["screenings"] });
    expect(made.status, made.text).toBe(201);
    shareId = made.json.id;
    const taken = await lee.post(`/api/consents/${made.json.code}/accept`, {});
    expect(taken.status, taken.text).toBe(200);
    caseId = taken.json.caseId;
  });
  afterAll(() => server?.close());

  it("keeps every saved version of a dyad's formulation, in order, and shows the latest per dyad", async () => {
    expect((await lee.get(`/api/cases/${caseId}/formulation`)).json).toEqual({ items: [] });
    const first = await save(0, "She reads his hunger cues early.");
    expect(first.status, first.text).toBe(200);
    expect(first.json).toMatchObject({
      version: 1,
      caregiverId: mumId,
      babyId: cast.babyId,
      author: { id: leeId, name: "Dr Lee" },
      content: {
        caregiver: {
          history: "",
          supports: "",
          stresses: "",
          ghostsAndAngels: "Her grandmother sang to her.",
        },
        baby: { temperament: "", health: "", prematurity: "", nicu: "" },
        relationship: { strengths: "She reads his hunger cues early.", worries: "" },
        plan: { goals: "" },
      },
    });
    expect((await save(1, "Second thoughts.")).json.version).toBe(2);
    expect((await save(2, "Third thoughts.")).json.version).toBe(3);
    // Another dyad of the same baby (with dad) is versioned on its own.
    expect((await save(0, "He holds her skin to skin.", dadId)).json.version).toBe(1);

    const latest = (await lee.get(`/api/cases/${caseId}/formulation`)).json.items;
    expect(latest).toHaveLength(2);
    const mums = latest.find((d: { caregiver: { id: string } }) => d.caregiver.id === mumId);
    expect(mums).toMatchObject({
      baby: { id: cast.babyId, name: "Robin" },
      versions: 3,
      latest: { version: 3, content: { relationship: { strengths: "Third thoughts." } } },
    });

    const history = await lee.get(
      `/api/cases/${caseId}/formulation/versions?caregiverId=${mumId}&babyId=${cast.babyId}`,
    );
    expect(history.status).toBe(200);
    expect(
      history.json.items.map((v: { version: number; content: { relationship: { strengths: string } } }) => [
        v.version,
        v.content.relationship.strengths,
      ]),
    ).toEqual([
      [3, "Third thoughts."],
      [2, "Second thoughts."],
      [1, "She reads his hunger cues early."],
    ]);
    // Paged by version number.
    const firstPage = await lee.get(
      `/api/cases/${caseId}/formulation/versions?caregiverId=${mumId}&babyId=${cast.babyId}&limit=2`,
    );
    expect(firstPage.json.items.map((v: { version: number }) => v.version)).toEqual([3, 2]);
    const rest = await lee.get(
      `/api/cases/${caseId}/formulation/versions?caregiverId=${mumId}&babyId=${cast.babyId}&limit=2&cursor=${firstPage.json.nextCursor}`,
    );
    expect(rest.json).toMatchObject({ items: [{ version: 1 }], nextCursor: null });
  });

  it("refuses a save from a stale version with 409, saving nothing", async () => {
    const head = (await lee.get(`/api/cases/${caseId}/formulation`)).json.items.find(
      (d: { caregiver: { id: string } }) => d.caregiver.id === mumId,
    ).latest.version as number;
    // Two tabs opened the same version; the first save wins, the second is told what happened.
    expect((await save(head, "Tab one.")).status).toBe(200);
    const stale = await save(head, "Tab two.");
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe("formulation_stale");
    expect(stale.json.error.message).toMatch(/saved again.*reload/i);
    expect(stale.json.error.details).toEqual({ latestVersion: head + 1 });
    // A version from the future is refused as well.
    expect((await save(head + 5, "Ahead.")).status).toBe(409);
    const history = await lee.get(
      `/api/cases/${caseId}/formulation/versions?caregiverId=${mumId}&babyId=${cast.babyId}`,
    );
    expect(history.json.items[0].content.relationship.strengths).toBe("Tab one.");
    expect(history.json.items).toHaveLength(head + 1);

    // Saves racing from the same base: exactly one is stored.
    const base = head + 1;
    const raced = await Promise.all([1, 2, 3, 4].map((n) => save(base, `Race ${n}.`)));
    expect(raced.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const after = await lee.get(
      `/api/cases/${caseId}/formulation/versions?caregiverId=${mumId}&babyId=${cast.babyId}&limit=1`,
    );
    expect(after.json.items[0].version).toBe(base + 1);
  });

  it("takes a dyad only from the case's own family, and something written", async () => {
    const otherMumId = (await cast.other.get("/api/me")).json.user.id;
    for (const [caregiverId, babyId] of [
      [mumId, cast.otherBabyId],
      [otherMumId, cast.babyId],
      [otherMumId, cast.otherBabyId],
      [leeId, cast.babyId],
    ] as const) {
      const refused = await save(0, "x", caregiverId, babyId);
      expect(refused.status).toBe(400);
      expect(refused.json.error.message).toMatch(/caregiver and a baby of this case's family/);
      const history = await lee.get(
        `/api/cases/${caseId}/formulation/versions?caregiverId=${caregiverId}&babyId=${babyId}`,
      );
      expect(history.status).toBe(404);
    }
    const empty = await lee.put(`/api/cases/${caseId}/formulation`, {
      caregiverId: mumId,
      babyId: cast.babyId,
      baseVersion: 0,
      content: { relationship: { strengths: "   " } },
    });
    expect(empty.status).toBe(400);
    const unknown = await lee.put(`/api/cases/${caseId}/formulation`, {
      caregiverId: mumId,
      babyId: cast.babyId,
      baseVersion: 0,
      content: { relationship: { diagnosis: "x" } },
    });
    expect(unknown.status).toBe(400);
  });

  it("locks a signed note: no edits, only amendments, kept in a trail", async () => {
    const made = await lee.post(`/api/cases/${caseId}/notes`, { kind: "progress", text: " Home visit. " });
    expect(made.status, made.text).toBe(201);
    const note = made.json as Note;
    expect(note).toMatchObject({ kind: "progress", text: "Home visit.", signedAt: null, amendments: [] });
    expect(note.author).toEqual({ id: leeId, name: "Dr Lee" });

    // Before signing: edit freely; amending makes no sense yet.
    const edited = await lee.patch(`/api/cases/${caseId}/notes/${note.id}`, { text: "Home visit, 50 min." });
    expect(edited.status).toBe(200);
    expect(edited.json.text).toBe("Home visit, 50 min.");
    const early = await lee.post(`/api/cases/${caseId}/notes/${note.id}/amendments`, { text: "x" });
    expect(early.status).toBe(409);
    expect(early.json.error.code).toBe("note_not_signed");

    const signed = await lee.post(`/api/cases/${caseId}/notes/${note.id}/sign`, {});
    expect(signed.status).toBe(200);
    expect(signed.json.signedAt).toEqual(expect.any(String));
    const again = await lee.post(`/api/cases/${caseId}/notes/${note.id}/sign`, {});
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("note_already_signed");

    for (const body of [{ text: "Rewritten." }, { kind: "private" }]) {
      const locked = await lee.patch(`/api/cases/${caseId}/notes/${note.id}`, body);
      expect(locked.status).toBe(409);
      expect(locked.json.error.code).toBe("note_signed");
      expect(locked.json.error.message).toMatch(/add an amendment instead/);
    }

    const first = await lee.post(`/api/cases/${caseId}/notes/${note.id}/amendments`, {
      text: "Dad joined for the last ten minutes.",
    });
    expect(first.status, first.text).toBe(201);
    const second = await lee.post(`/api/cases/${caseId}/notes/${note.id}/amendments`, {
      text: "Corrected: 55 min.",
    });
    expect(second.status).toBe(201);
    const read = (await lee.get(`/api/cases/${caseId}/notes/${note.id}`)).json as Note;
    expect(read.text).toBe("Home visit, 50 min.");
    expect(read.signedAt).toBe(signed.json.signedAt);
    expect(read.amendments.map((a) => [a.author?.name, a.text])).toEqual([
      ["Dr Lee", "Dad joined for the last ten minutes."],
      ["Dr Lee", "Corrected: 55 min."],
    ]);
    expect(Date.parse(read.amendments[0]?.createdAt ?? "")).toBeGreaterThanOrEqual(
      Date.parse(read.signedAt ?? ""),
    );
  });

  it("keeps private notes apart from progress notes", async () => {
    const mine = await lee.post(`/api/cases/${caseId}/notes`, { kind: "private", text: "My own hunch." });
    expect(mine.status).toBe(201);
    const progress = (await lee.get(`/api/cases/${caseId}/notes`)).json.items as Note[];
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((n) => n.kind === "progress")).toBe(true);
    expect((await lee.get(`/api/cases/${caseId}/notes?kind=progress`)).json.items).toEqual(progress);
    const privates = (await lee.get(`/api/cases/${caseId}/notes?kind=private`)).json.items as Note[];
    expect(privates.map((n) => n.text)).toEqual(["My own hunch."]);
    expect((await lee.get(`/api/cases/${caseId}/notes?kind=diary`)).status).toBe(400);
    // An unsigned note may change kind.
    const moved = await lee.patch(`/api/cases/${caseId}/notes/${mine.json.id}`, { kind: "progress" });
    expect(moved.json.kind).toBe("progress");
    expect((await lee.get(`/api/cases/${caseId}/notes?kind=private`)).json.items).toEqual([]);
    expect((await lee.patch(`/api/cases/${caseId}/notes/${mine.json.id}`, {})).status).toBe(400);
    expect((await lee.post(`/api/cases/${caseId}/notes`, { kind: "progress", text: "  " })).status).toBe(400);
  });

  it("lets only the case's clinician, while shared, reach its notes and formulation", async () => {
    const note = (await lee.post(`/api/cases/${caseId}/notes`, { kind: "progress", text: "Mine." }))
      .json as Note;
    const colleague = server.client();
    await colleague.signUp(uniqueEmail("colleague"), { role: "clinician" });
    // The colleague's own case with the same family: a note of Lee's is not in it.
    const theirs = await cast.dad.post("/api/consents", { familyId: cast.familyId, scopes: ["entries"] });
    const taken = await colleague.post(`/api/consents/${theirs.json.code}/accept`, {});
    const colleagueCase = taken.json.caseId as string;
    expect(colleagueCase).not.toBe(caseId);
    expect((await colleague.get(`/api/cases/${colleagueCase}/notes/${note.id}`)).status).toBe(404);
    expect(
      (await colleague.patch(`/api/cases/${colleagueCase}/notes/${note.id}`, { text: "x" })).status,
    ).toBe(404);
    expect((await colleague.get(`/api/cases/${colleagueCase}/notes`)).json.items).toEqual([]);
    expect((await colleague.get(`/api/cases/${colleagueCase}/formulation`)).json.items).toEqual([]);
    for (const who of [colleague, cast.mum, cast.other]) {
      expect((await who.get(`/api/cases/${caseId}/notes/${note.id}`)).status).toBe(404);
      expect((await who.get(`/api/cases/${caseId}/formulation`)).status).toBe(404);
    }
    // The family ends the share: the notes and formulation are kept, but unreachable until a new share.
    expect((await cast.mum.delete(`/api/consents/${shareId}`)).status).toBe(200);
    expect((await lee.get(`/api/cases/${caseId}/notes/${note.id}`)).status).toBe(404);
    expect((await lee.post(`/api/cases/${caseId}/notes`, { kind: "progress", text: "x" })).status).toBe(404);
    expect((await save(0, "x")).status).toBe(404);
    const again = await cast.mum.post("/api/consents", { familyId: cast.familyId, scopes: ["screenings"] });
    shareId = again.json.id;
    expect((await lee.post(`/api/consents/${again.json.code}/accept`, {})).json.caseId).toBe(caseId);
    expect((await lee.get(`/api/cases/${caseId}/notes/${note.id}`)).json.text).toBe("Mine.");
    expect((await lee.get(`/api/cases/${caseId}/formulation`)).json.items.length).toBe(2);
  });

  it("writes every read and write to the family's access log, never the words", async () => {
    const before = (await familyLog()).length;
    await lee.get(`/api/cases/${caseId}/formulation`);
    const saved = await save(
      (await lee.get(`/api/cases/${caseId}/formulation`)).json.items.find(
        (d: { caregiver: { id: string } }) => d.caregiver.id === mumId,
      ).latest.version,
      "Logged.",
    );
    expect(saved.status).toBe(200);
    const note = (await lee.post(`/api/cases/${caseId}/notes`, { kind: "private", text: "Secret words." }))
      .json as Note;
    await lee.get(`/api/cases/${caseId}/notes?kind=private`);
    await lee.post(`/api/cases/${caseId}/notes/${note.id}/sign`, {});
    await lee.post(`/api/cases/${caseId}/notes/${note.id}/amendments`, { text: "More secret words." });
    const log = (await familyLog()).slice(0, (await familyLog()).length - before).reverse();
    expect(log.map((e) => [e.action, e.actorId, e.subjectId, e.details?.part, e.details?.change])).toEqual([
      ["case.read", leeId, caseId, "formulation", undefined],
      ["case.read", leeId, caseId, "formulation", undefined],
      ["case.write", leeId, caseId, "formulation", "save"],
      ["case.write", leeId, caseId, "notes", "create"],
      ["case.read", leeId, caseId, "notes", undefined],
      ["case.write", leeId, caseId, "notes", "sign"],
      ["case.write", leeId, caseId, "notes", "amend"],
    ]);
    expect(JSON.stringify(log)).not.toMatch(/Secret|Logged/);
  });
});
