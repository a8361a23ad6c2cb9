import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const PW = "correct horse battery 9";
const pt = (code: string, at: number) => ({ id: randomUUID(), code, at });
const st = (code: string, at: number, end: number) => ({ id: randomUUID(), code, at, end });

describe.each(databaseKinds)("coding sessions in the case file, on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;
  let lee: HttpClient;
  let kim: HttpClient;
  let leeId: string;
  let caseId: string;
  let shareId: string;

  const familyLog = async () =>
    (await cast.mum.get(`/api/audit?familyId=${cast.familyId}&limit=200`)).json.items as {
      action: string;
      details?: Record<string, unknown>;
    }[];
  const newSession = (body: Record<string, unknown> = {}) =>
    lee.post(`/api/cases/${caseId}/coding-sessions`, { title: "Play on the mat", mode: "live", ...body });
  const sessionPath = (id: string) => `/api/cases/${caseId}/coding-sessions/${id}`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    cast = await twoFamilies(server);
    lee = server.client();
    kim = server.client();
    await lee.signUp(uniqueEmail("lee"), { name: "Dr Lee", role: "clinician" });
    await kim.signUp(uniqueEmail("kim"), { name: "Dr Kim", role: "clinician" });
    leeId = (await lee.get("/api/me")).json.user.id;
    const made = await cast.mum.post("/api/consents", { familyId: cast.familyId, scopes: ["screenings"] });
    expect(made.status, made.text).toBe(201);
    shareId = made.json.id;
    const taken = await lee.post(`/api/consents/${made.json.code}/accept`, {});
    expect(taken.status, taken.text).toBe(200);
    caseId = taken.json.caseId;
  });
  afterAll(() => server?.close());

  it("creates, lists and reads a session, each read in the family's access log", async () => {
    const made = await newSession({ babyId: cast.babyId });
    expect(made.status, made.text).toBe(201);
    expect(made.json).toMatchObject({
      caseId,
      babyId: cast.babyId,
      mode: "live",
      schemeId: "default",
      video: null,
    });
    const video = await newSession({
      title: "Bath time",
      mode: "video",
      duration: 120,
      video: { name: "bath.mp4", duration: 120, sha256: "a".repeat(64) },
    });
    expect(video.status, video.text).toBe(201);
    expect(video.json.video).toEqual({ name: "bath.mp4", duration: 120, sha256: "a".repeat(64) });

    const listed = await lee.get(`/api/cases/${caseId}/coding-sessions?limit=1`);
    expect(listed.status, listed.text).toBe(200);
    expect(listed.json.items.map((s: { id: string }) => s.id)).toEqual([video.json.id]);
    const next = await lee.get(
      `/api/cases/${caseId}/coding-sessions?limit=1&cursor=${listed.json.nextCursor}`,
    );
    expect(next.json.items.map((s: { id: string }) => s.id)).toEqual([made.json.id]);

    const one = await lee.get(sessionPath(made.json.id));
    expect(one.status, one.text).toBe(200);
    expect(one.json).toMatchObject({ id: made.json.id, title: "Play on the mat", coders: [], events: [] });

    const log = await familyLog();
    expect(log.some((e) => e.action === "case.read" && e.details?.part === "coding")).toBe(true);
    expect(
      log.some(
        (e) => e.action === "case.write" && e.details?.part === "coding" && e.details?.change === "create",
      ),
    ).toBe(true);
  });

  it("refuses a baby of another family and a scheme that is not the clinician's", async () => {
    const baby = await newSession({ babyId: cast.otherBabyId });
    expect(baby.status).toBe(400);
    expect(baby.json.error.message).toMatch(/babyId/);
    const kimScheme = await kim.post("/api/coding-schemes/default/copy", {});
    expect(kimScheme.status, kimScheme.text).toBe(201);
    const scheme = await newSession({ schemeId: kimScheme.json.id });
    expect(scheme.status).toBe(400);
    expect(scheme.json.error.message).toMatch(/schemeId/);
  });

  it("stores a batch exactly once when it is sent again, and refuses an unknown code naming the event", async () => {
    const session = (await newSession()).json.id as string;
    const batch = { events: [pt("gaze", 1), pt("mirror", 2.5), st("held", 0, 4)] };
    const first = await lee.post(`${sessionPath(session)}/events`, batch);
    expect(first.status, first.text).toBe(200);
    expect(first.json).toEqual({ added: 3, alreadyStored: 0, total: 3 });
    const again = await lee.post(`${sessionPath(session)}/events`, batch);
    expect(again.json).toEqual({ added: 0, alreadyStored: 3, total: 3 });
    const read = await lee.get(sessionPath(session));
    expect(read.json.events.map((e: { code: string }) => e.code)).toEqual(["held", "gaze", "mirror"]);
    expect(read.json.coders).toEqual([leeId]);

    const unknown = await lee.post(`${sessionPath(session)}/events`, {
      events: [pt("gaze", 5), pt("wave", 6)],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.message).toMatch(/events\[1\].*wave at 6 s/);
    const pointWithEnd = await lee.post(`${sessionPath(session)}/events`, { events: [st("smile", 1, 2)] });
    expect(pointWithEnd.status).toBe(400);
    expect((await lee.get(sessionPath(session))).json.events).toHaveLength(3);
  });

  it("analyses the stored events as POST /api/coding/analysis does, with the caution beside it", async () => {
    const session = (await newSession({ duration: 10 })).json.id as string;
    const events = [
      pt("gaze", 1),
      pt("mirror", 0.5),
      st("held", 0, 4),
      pt("mirror", 2.5),
      pt("gaze", 5),
      pt("mirror", 6),
      st("held", 6, 7.5),
      pt("mirror", 7),
      pt("gaze", 8.5),
    ];
    expect((await lee.post(`${sessionPath(session)}/events`, { events })).status).toBe(200);
    const analysis = await lee.get(`${sessionPath(session)}/analysis?pairs=gaze:mirror`);
    expect(analysis.status, analysis.text).toBe(200);
    const direct = await lee.post("/api/coding/analysis", {
      duration: 10,
      coders: [{ id: leeId, events: events.map(({ id: _, ...e }) => e) }],
      pairs: [{ given: "gaze", target: "mirror" }],
    });
    const { duration, coders, caution, ...numbers } = analysis.json;
    expect(numbers).toEqual(direct.json);
    expect(duration).toBe(10);
    expect(coders).toEqual([leeId]);
    expect(caution).toMatch(/not a better one/);
    expect(analysis.json.pairs[0]).toMatchObject({
      givenCount: 3,
      followed: 2,
      table: { a: 3, b: 5, c: 1, d: 1 },
    });

    const second = await lee.post(`${sessionPath(session)}/events`, {
      coderId: "second pass",
      events: [pt("gaze", 1.2), pt("mirror", 2.4)],
    });
    expect(second.status).toBe(200);
    const two = await lee.get(`${sessionPath(session)}/analysis?pairs=gaze:mirror`);
    expect(two.json.coders).toEqual([leeId, "second pass"]);
    expect(two.json.agreement).toBeDefined();
    expect((await lee.get(`${sessionPath(session)}/analysis?pairs=gaze:mirror&coders=nobody`)).status).toBe(
      400,
    );
  });

  it("exports CSV, TSV and SDIS", async () => {
    const session = (await newSession({ duration: 8, title: "Mat" })).json.id as string;
    await lee.post(`${sessionPath(session)}/events`, {
      events: [{ ...pt("smile", 1), modifier: "broad" }, st("held", 0.5, 3), pt("touch", 2)],
    });
    const csv = await lee.get(`${sessionPath(session)}/export?format=csv`);
    expect(csv.status, csv.text).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.text.trim().split("\r\n")).toEqual([
      "Time,Subject,Behavior,Modifier,Status,Coder",
      `0.5,dyad,held,,START,${leeId}`,
      `1,infant,smile,broad,POINT,${leeId}`,
      `2,caregiver,touch,,POINT,${leeId}`,
      `3,dyad,held,,STOP,${leeId}`,
    ]);
    const tsv = await lee.get(`${sessionPath(session)}/export?format=tsv`);
    expect(tsv.text.split("\r\n")[1]).toBe(`0.5\tdyad\theld\t\tSTART\t${leeId}`);
    const sdis = await lee.get(`${sessionPath(session)}/export?format=sdis`);
    expect(sdis.status).toBe(200);
    const lines = sdis.text.trim().split("\n");
    expect(lines[0]).toMatch(/^Timed \(.*\bsmile\b.*\);$/);
    expect(lines[2]).toBe(",0 held,0.5-3 smile,1 touch,2 ,8/");
  });

  it("is not found for another clinician, or for a session in another case", async () => {
    const session = (await newSession()).json.id as string;
    expect((await kim.get(`/api/cases/${caseId}/coding-sessions`)).status).toBe(404);
    expect((await kim.get(sessionPath(session))).status).toBe(404);
    expect(
      (await kim.post(`/api/cases/${caseId}/coding-sessions`, { title: "x", mode: "live" })).status,
    ).toBe(404);
    // Kim's own case with the other family: Lee's session id does not exist there.
    const share = await cast.other.post("/api/consents", {
      familyId: cast.otherFamilyId,
      scopes: ["screenings"],
    });
    const kimCase = (await kim.post(`/api/consents/${share.json.code}/accept`, {})).json.caseId;
    expect((await kim.get(`/api/cases/${kimCase}/coding-sessions/${session}`)).status).toBe(404);
    // A caregiver is no clinician of the case.
    expect((await cast.mum.get(`/api/cases/${caseId}/coding-sessions`)).status).toBe(404);
  });

  it("keeps each clinician's schemes their own: list, create, copy, edit", async () => {
    const list = await lee.get("/api/coding-schemes");
    expect(list.json.items[0]).toMatchObject({ id: "default", editable: false });
    expect(list.json.items[0].sources.length).toBeGreaterThan(0);
    const copy = await lee.post("/api/coding-schemes/default/copy", { name: "Mine" });
    expect(copy.status, copy.text).toBe(201);
    expect(copy.json).toMatchObject({ name: "Mine", copiedFrom: "default", editable: true });
    const codes = [
      ...copy.json.codes,
      {
        id: "wave",
        subject: "infant",
        kind: "point",
        key: "w",
        color: "#123456",
        name: { en: "Wave", es: "Saluda" },
        description: { en: "Waves an arm.", es: "Agita un brazo." },
      },
    ];
    const edited = await lee.patch(`/api/coding-schemes/${copy.json.id}`, { codes });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.json.codes.at(-1).id).toBe("wave");
    const twiceKey = await lee.patch(`/api/coding-schemes/${copy.json.id}`, {
      codes: [...codes, { ...codes.at(-1), id: "wave2" }],
    });
    expect(twiceKey.status).toBe(400);
    expect(twiceKey.json.error.message).toMatch(/key "w" is used by two codes/);
    expect((await kim.patch(`/api/coding-schemes/${copy.json.id}`, { name: "Hers" })).status).toBe(404);
    expect((await kim.post(`/api/coding-schemes/${copy.json.id}/copy`, {})).status).toBe(404);
    expect((await cast.mum.get("/api/coding-schemes")).status).toBe(403);
    const made = await lee.post("/api/coding-schemes", { name: "Tiny", codes: codes.slice(-1) });
    expect(made.status, made.text).toBe(201);
    expect((await lee.get("/api/coding-schemes")).json.items.map((s: { name: string }) => s.name)).toEqual([
      list.json.items[0].name,
      ...list.json.items.slice(1).map((s: { name: string }) => s.name),
      "Mine",
      "Tiny",
    ]);

    // A session coded with the edited scheme takes its new code.
    const session = (await newSession({ schemeId: copy.json.id })).json.id as string;
    expect((await lee.post(`${sessionPath(session)}/events`, { events: [pt("wave", 1)] })).status).toBe(200);
  });

  it("is not found once the family ends the share", async () => {
    const session = (await newSession()).json.id as string;
    expect((await cast.mum.delete(`/api/consents/${shareId}`)).status).toBe(200);
    expect((await lee.get(`/api/cases/${caseId}/coding-sessions`)).status).toBe(404);
    expect((await lee.get(sessionPath(session))).status).toBe(404);
    expect((await lee.post(`${sessionPath(session)}/events`, { events: [pt("gaze", 1)] })).status).toBe(404);
  });

  it("goes with the family when it is erased", async () => {
    const db = server.app.attune.database.db;
    const before = await db
      .selectFrom("coding_sessions")
      .select("id")
      .where("family_id", "=", cast.familyId)
      .execute();
    expect(before.length).toBeGreaterThan(0);
    const gone = await cast.mum.request("DELETE", `/api/families/${cast.familyId}`, { password: PW });
    expect(gone.status, gone.text).toBe(204);
    const after = await db
      .selectFrom("coding_sessions")
      .select("id")
      .where("family_id", "=", cast.familyId)
      .execute();
    expect(after).toEqual([]);
    const events = await db
      .selectFrom("coding_events")
      .select("id")
      .where(
        "session_id",
        "in",
        before.map((s) => s.id),
      )
      .execute();
    expect(events).toEqual([]);
  });
});
