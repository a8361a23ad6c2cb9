import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays } from "../../src/domain/time.js";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const phq9 = (options: number[]) => ({
  instrumentId: "phq9",
  subject: "self",
  answers: options.map((option, i) => ({ item: String(i + 1), option })),
});

describe.each(databaseKinds)("assignments and check-in requests, on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;
  let lee: HttpClient;
  let leeId: string;
  let mumId: string;
  let dadId: string;
  let shareId: string;
  let caseId: string;

  const shareWith = async (
    clinician: HttpClient,
    scopes: string[],
    as = cast.mum,
    familyId = cast.familyId,
  ) => {
    const made = await as.post("/api/consents", { familyId, scopes });
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
    mumId = (await cast.mum.get("/api/me")).json.user.id;
    dadId = (await cast.dad.get("/api/me")).json.user.id;
    ({ shareId, caseId } = await shareWith(lee, ["entries", "screenings"]));
  });
  afterAll(() => server?.close());

  describe("assignments", () => {
    it("refuses what names no content, and says what is wrong", async () => {
      for (const [kind, ref] of [
        ["article", "how-to-be-perfect"],
        ["cue_section", "hunger-extreme"],
        ["idea", "no-such-idea"],
      ]) {
        const bad = await lee.post(`/api/cases/${caseId}/assignments`, { kind, ref });
        expect(bad.status, bad.text).toBe(400);
        expect(bad.json.error.message).toContain(`"${ref}"`);
      }
      for (const body of [
        { kind: "video", ref: "attachment-quality-of-care" },
        { kind: "article", ref: "attachment-quality-of-care", extra: 1 },
        { kind: "article", ref: "attachment-quality-of-care", note: "x".repeat(501) },
        { kind: "article" },
      ])
        expect((await lee.post(`/api/cases/${caseId}/assignments`, body)).status).toBe(400);
      expect((await lee.get(`/api/cases/${caseId}/assignments`)).json.items).toEqual([]);
    });

    it("sends an article, a cue-guide section and an idea; the family reads them in their language", async () => {
      const sent = [];
      for (const body of [
        { kind: "article", ref: "attachment-quality-of-care", note: "  For Thursday.  " },
        { kind: "cue_section", ref: "hunger-early" },
        { kind: "idea", ref: "skin-to-skin-chest" },
      ]) {
        const made = await lee.post(`/api/cases/${caseId}/assignments`, body);
        expect(made.status, made.text).toBe(201);
        sent.push(made.json);
      }
      expect(sent[0]).toMatchObject({
        kind: "article",
        title: "Attachment: the how matters more than the how long",
        path: "/guide/learn/attachment-quality-of-care",
        note: "For Thursday.",
        status: "sent",
        clinician: { id: leeId, name: "Dr Lee" },
        reflection: null,
      });

      const en = await cast.mum.get(`/api/families/${cast.familyId}/assignments`);
      expect(en.status).toBe(200);
      expect(en.json.items.map((a: { kind: string; path: string | null }) => [a.kind, a.path])).toEqual([
        ["idea", null],
        ["cue_section", "/guide/cues#hunger-early"],
        ["article", "/guide/learn/attachment-quality-of-care"],
      ]);
      expect(en.json.items[1].title).toBe("Hungry: Early signs");
      expect(en.json.items[0].title).toMatch(/skin to skin on your chest/);
      const es = await cast.dad.get(`/api/families/${cast.familyId}/assignments?lang=es`);
      expect(es.json.items.map((a: { title: string }) => a.title)).toEqual([
        expect.stringMatching(/piel con piel/),
        "Tiene hambre: Primeras señales",
        "El apego: importa más el cómo que el cuánto",
      ]);
      // Another family sees nothing of it, and cannot reach it.
      expect((await cast.other.get(`/api/families/${cast.familyId}/assignments`)).status).toBe(404);
      expect((await cast.other.get(`/api/families/${cast.otherFamilyId}/assignments`)).json.items).toEqual(
        [],
      );
    });

    it("lets a caregiver mark one read or tried with a reflection, and shows the clinician", async () => {
      const [idea, , article] = (await cast.mum.get(`/api/families/${cast.familyId}/assignments`)).json.items;
      const read = await cast.mum.patch(`/api/assignments/${article.id}`, {
        status: "read",
        reflection: "  It helped to read that repair counts.  ",
      });
      expect(read.status, read.text).toBe(200);
      expect(read.json).toMatchObject({
        status: "read",
        reflection: "It helped to read that repair counts.",
        answeredBy: { id: mumId },
      });
      const tried = await cast.dad.patch(`/api/assignments/${idea.id}`, { status: "tried" });
      expect(tried.json).toMatchObject({ status: "tried", reflection: null, answeredBy: { id: dadId } });

      // Bad answers are refused: "sent" is not an answer, a reflection has a limit, no unknown fields.
      for (const body of [
        { status: "sent" },
        { status: "read", reflection: "x".repeat(1001) },
        { status: "read", mood: "great" },
      ])
        expect((await cast.mum.patch(`/api/assignments/${article.id}`, body)).status).toBe(400);
      // Outsiders, and the clinician, cannot answer for the family.
      for (const who of [cast.other, lee])
        expect((await who.patch(`/api/assignments/${article.id}`, { status: "tried" })).status).toBe(404);
      expect(
        (await cast.mum.patch("/api/assignments/0190a6d1-0000-7000-8000-00000000abcd", { status: "read" }))
          .status,
      ).toBe(404);

      const inCase = (await lee.get(`/api/cases/${caseId}/assignments`)).json.items;
      expect(inCase.find((a: { id: string }) => a.id === article.id)).toMatchObject({
        status: "read",
        reflection: "It helped to read that repair counts.",
        answeredBy: { id: mumId },
        statusAt: expect.any(String),
      });
      expect(inCase.find((a: { id: string }) => a.id === idea.id)).toMatchObject({ status: "tried" });

      // The clinician's send and read are in the family's access log.
      const log = await familyLog();
      expect(
        log.some((e) => e.action === "case.read" && e.actorId === leeId && e.details?.part === "assignments"),
      ).toBe(true);
      expect(
        log.filter(
          (e) => e.action === "case.write" && e.details?.part === "assignments" && e.subjectId === caseId,
        ),
      ).toHaveLength(3);
    });
  });

  describe("check-in requests", () => {
    let today: string;

    it("refuses an instrument this server does not offer, someone outside the family, and a schedule it cannot keep", async () => {
      const ask = (body: Record<string, unknown>) =>
        lee.post(`/api/cases/${caseId}/checkins`, { caregiverId: mumId, instrumentId: "phq9", ...body });
      const unknown = await ask({ instrumentId: "beck" });
      expect(unknown.status).toBe(400);
      expect(unknown.json.error.message).toMatch(/"beck".*phq9/);
      // The EPDS is listed but not offered without its licensed wording.
      expect((await ask({ instrumentId: "epds" })).json.error.message).toContain('"epds"');
      const otherId = (await cast.other.get("/api/me")).json.user.id;
      const outsider = await ask({ caregiverId: otherId });
      expect(outsider.status).toBe(400);
      expect(outsider.json.error.message).toMatch(/caregiverId/);
      for (const body of [
        { everyWeeks: 13, times: 2 },
        { everyWeeks: 0, times: 2 },
        { everyWeeks: 4 },
        { everyWeeks: 4, times: 2, until: "2099-01-01" },
        { times: 3 },
        { startsOn: "2020-01-01" },
        { startsOn: "next week" },
        { everyWeeks: 2, times: 53 },
        { everyWeeks: 2, times: 2, remind: true },
      ]) {
        const bad = await ask(body);
        expect(bad.status, JSON.stringify(body)).toBe(400);
        expect(bad.json.error.message.length).toBeGreaterThan(10);
      }
      expect((await lee.get(`/api/cases/${caseId}/checkins`)).json.items).toEqual([]);
    });

    it("shows each caregiver what is due, and whether it is done only to the one it asks", async () => {
      const once = await lee.post(`/api/cases/${caseId}/checkins`, {
        caregiverId: mumId,
        instrumentId: "phq9",
      });
      expect(once.status, once.text).toBe(201);
      today = once.json.schedule.startsOn;
      expect(once.json).toMatchObject({
        caregiver: { id: mumId },
        instrumentName: "PHQ-9",
        dueDates: [today],
        latestDueOn: today,
        result: "not_shared_yet",
        running: true,
      });
      const later = addCalendarDays(today, 7);
      const series = await lee.post(`/api/cases/${caseId}/checkins`, {
        caregiverId: dadId,
        instrumentId: "gad7",
        startsOn: later,
        everyWeeks: 2,
        times: 3,
      });
      expect(series.status, series.text).toBe(201);
      expect(series.json.dueDates).toEqual([later, addCalendarDays(later, 14), addCalendarDays(later, 28)]);
      expect(series.json).toMatchObject({ result: "not_due_yet", latestDueOn: null, nextDueOn: later });

      const mine = (await cast.mum.get(`/api/families/${cast.familyId}/checkin-requests`)).json;
      expect(mine.today).toBe(today);
      expect(mine.items).toEqual([
        expect.objectContaining({
          instrumentId: "gad7",
          caregiver: { id: dadId, name: expect.any(String) },
          mine: false,
          state: null,
          nextDueOn: later,
        }),
        expect.objectContaining({
          instrumentId: "phq9",
          clinician: { id: leeId, name: "Dr Lee" },
          mine: true,
          state: "due",
          dueOn: today,
          path: "/wellbeing/phq9",
        }),
      ]);
      const dads = (await cast.dad.get(`/api/families/${cast.familyId}/checkin-requests`)).json.items;
      expect(
        dads.map((r: { instrumentId: string; mine: boolean; state: string | null }) => [
          r.instrumentId,
          r.mine,
          r.state,
        ]),
      ).toEqual([
        ["gad7", true, "upcoming"],
        ["phq9", false, null],
      ]);
      expect((await cast.other.get(`/api/families/${cast.familyId}/checkin-requests`)).status).toBe(404);
      expect(
        (await cast.other.get(`/api/families/${cast.otherFamilyId}/checkin-requests`)).json.items,
      ).toEqual([]);
    });

    it("does not reveal a check-in the caregiver kept to themself, and shows it once they share it", async () => {
      const done = await cast.mum.post("/api/screenings", phq9([1, 1, 1, 0, 0, 0, 0, 0, 0]));
      expect(done.status, done.text).toBe(201);
      // The caregiver sees it done; the clinician reads exactly what they read before it was done.
      const mine = (await cast.mum.get(`/api/families/${cast.familyId}/checkin-requests`)).json.items;
      expect(mine.find((r: { instrumentId: string }) => r.instrumentId === "phq9")).toMatchObject({
        state: "done",
      });
      const dads = (await cast.dad.get(`/api/families/${cast.familyId}/checkin-requests`)).json.items;
      expect(dads.find((r: { instrumentId: string }) => r.instrumentId === "phq9")).toMatchObject({
        state: null,
      });
      const hidden = (await lee.get(`/api/cases/${caseId}/checkins`)).json;
      expect(hidden.resultsShared).toBe(true);
      const phq = hidden.items.find((r: { instrumentId: string }) => r.instrumentId === "phq9");
      expect(phq).toMatchObject({ result: "not_shared_yet", shared: null });
      expect(JSON.stringify(hidden)).not.toContain(done.json.id);

      const shared = await cast.mum.patch(`/api/screenings/${done.json.id}`, {
        sharing: { clinicians: true },
      });
      expect(shared.status, shared.text).toBe(200);
      const seen = (await lee.get(`/api/cases/${caseId}/checkins`)).json.items;
      expect(seen.find((r: { instrumentId: string }) => r.instrumentId === "phq9")).toMatchObject({
        result: "shared",
        shared: { screeningId: done.json.id, total: 3 },
      });

      // Narrowing the share to leave out check-in results hides it again, from the next request.
      expect((await cast.mum.patch(`/api/consents/${shareId}`, { scopes: ["entries"] })).status).toBe(200);
      const narrowed = (await lee.get(`/api/cases/${caseId}/checkins`)).json;
      expect(narrowed.resultsShared).toBe(false);
      expect(narrowed.items.find((r: { instrumentId: string }) => r.instrumentId === "phq9")).toMatchObject({
        result: "not_shared_yet",
        shared: null,
      });
      expect(JSON.stringify(narrowed)).not.toContain(done.json.id);
      expect(
        (await cast.mum.patch(`/api/consents/${shareId}`, { scopes: ["entries", "screenings"] })).status,
      ).toBe(200);
    });

    it("stops a request: the family is no longer asked, the case keeps it", async () => {
      const items = (await lee.get(`/api/cases/${caseId}/checkins`)).json.items;
      const gad = items.find((r: { instrumentId: string }) => r.instrumentId === "gad7");
      expect((await lee.delete(`/api/cases/${caseId}/checkins/${gad.id}`)).json).toEqual({
        id: gad.id,
        stopped: true,
      });
      expect((await lee.delete(`/api/cases/${caseId}/checkins/${gad.id}`)).status).toBe(200);
      expect(
        (await lee.delete(`/api/cases/${caseId}/checkins/0190a6d1-0000-7000-8000-00000000abcd`)).status,
      ).toBe(404);
      const dads = (await cast.dad.get(`/api/families/${cast.familyId}/checkin-requests`)).json.items;
      expect(dads.map((r: { instrumentId: string }) => r.instrumentId)).toEqual(["phq9"]);
      const after = (await lee.get(`/api/cases/${caseId}/checkins`)).json.items;
      expect(after.find((r: { id: string }) => r.id === gad.id)).toMatchObject({
        running: false,
        stoppedAt: expect.any(String),
      });
      const log = await familyLog();
      expect(
        log
          .filter((e) => e.action === "case.write" && e.details?.part === "checkins")
          .map((e) => e.details?.change),
      ).toEqual(["stop", "create", "create"]);
      expect(
        log.some((e) => e.action === "case.read" && e.actorId === leeId && e.details?.part === "checkins"),
      ).toBe(true);
      // Another clinician's case on the same family cannot stop this one's requests.
      const colleague = server.client();
      await colleague.signUp(uniqueEmail("colleague"), { role: "clinician" });
      const theirs = await shareWith(colleague, ["screenings"]);
      const phq = after.find((r: { instrumentId: string }) => r.instrumentId === "phq9");
      expect((await colleague.delete(`/api/cases/${theirs.caseId}/checkins/${phq.id}`)).status).toBe(404);
      expect((await colleague.get(`/api/cases/${theirs.caseId}/checkins`)).json.items).toEqual([]);
    });
  });

  it("after the family ends the share, the clinician finds nothing and the family keeps what was sent", async () => {
    expect((await cast.mum.delete(`/api/consents/${shareId}`)).status).toBe(200);
    for (const path of ["assignments", "checkins"]) {
      expect((await lee.get(`/api/cases/${caseId}/${path}`)).status).toBe(404);
    }
    expect(
      (await lee.post(`/api/cases/${caseId}/assignments`, { kind: "idea", ref: "skin-to-skin-chest" }))
        .status,
    ).toBe(404);
    expect(
      (await lee.post(`/api/cases/${caseId}/checkins`, { caregiverId: mumId, instrumentId: "phq9" })).status,
    ).toBe(404);
    expect((await cast.mum.get(`/api/families/${cast.familyId}/assignments`)).json.items).toHaveLength(3);
    // A check-in asked for by someone the family no longer shares with is no longer asked.
    expect((await cast.mum.get(`/api/families/${cast.familyId}/checkin-requests`)).json.items).toEqual([]);
  });
});
