import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays } from "../../src/domain/time.js";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const phq9 = {
  instrumentId: "phq9",
  subject: "self",
  answers: [1, 1, 0, 0, 0, 0, 0, 0, 0].map((option, i) => ({ item: String(i + 1), option })),
};

interface Due {
  requestId: string;
  instrumentId: string;
  caregiverId: string;
  dueOn: string;
  overdue: boolean;
}
interface Row {
  id: string;
  familyName: string;
  checkinsDue: Due[];
}

describe.each(databaseKinds)("check-ins due on the caseload, on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;
  let lee: HttpClient;
  let colleague: HttpClient;
  let mumId: string;
  let dadId: string;
  let caseId: string;
  let otherCaseId: string;
  let today: string;

  const shareWith = async (clinician: HttpClient, scopes: string[], as: HttpClient, familyId: string) => {
    const made = await as.post("/api/consents", { familyId, scopes });
    expect(made.status, made.text).toBe(201);
    const taken = await clinician.post(`/api/consents/${made.json.code}/accept`, {});
    expect(taken.status, taken.text).toBe(200);
    return taken.json.caseId as string;
  };
  const caseload = async (query = "", as = lee) => {
    const res = await as.get(`/api/caseload${query}`);
    expect(res.status, res.text).toBe(200);
    return res.json as { items: Row[]; total: number };
  };
  const dueOn = async (id: string, as = lee) =>
    (await caseload("", as)).items.find((c) => c.id === id)?.checkinsDue ?? [];
  const ask = async (id: string, body: Record<string, unknown>, as = lee) => {
    const made = await as.post(`/api/cases/${id}/checkins`, body);
    expect(made.status, made.text).toBe(201);
    return made.json as { id: string; schedule: { startsOn: string } };
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    cast = await twoFamilies(server);
    [lee, colleague] = [server.client(), server.client()];
    await lee.signUp(uniqueEmail("lee"), { name: "Dr Lee", role: "clinician" });
    await colleague.signUp(uniqueEmail("colleague"), { role: "clinician" });
    mumId = (await cast.mum.get("/api/me")).json.user.id;
    dadId = (await cast.dad.get("/api/me")).json.user.id;
    caseId = await shareWith(lee, ["entries", "screenings"], cast.mum, cast.familyId);
    otherCaseId = await shareWith(lee, ["entries"], cast.other, cast.otherFamilyId);
  });
  afterAll(() => server?.close());

  it("lists nothing due before anything is asked", async () => {
    const all = await caseload();
    expect(all.items.map((c) => c.checkinsDue)).toEqual([[], []]);
    expect((await caseload("?due=true")).total).toBe(0);
  });

  it("shows a check-in asked for today as due, on the caseload and the case overview", async () => {
    const made = await ask(caseId, { caregiverId: mumId, instrumentId: "phq9" });
    today = made.schedule.startsOn;
    const expected = [
      { requestId: made.id, instrumentId: "phq9", caregiverId: mumId, dueOn: today, overdue: false },
    ];
    expect(await dueOn(caseId)).toEqual(expected);
    expect((await lee.get(`/api/cases/${caseId}`)).json.checkinsDue).toEqual(expected);
    // One that starts next week is not due yet.
    await ask(caseId, {
      caregiverId: dadId,
      instrumentId: "gad7",
      startsOn: addCalendarDays(today, 7),
      everyWeeks: 2,
      times: 2,
    });
    expect((await dueOn(caseId)).map((d) => d.instrumentId)).toEqual(["phq9"]);
  });

  it("marks one whose due date has passed as overdue, and filters and sorts by what is due", async () => {
    const made = await ask(otherCaseId, {
      caregiverId: (await cast.other.get("/api/me")).json.user.id,
      instrumentId: "gad7",
    });
    // Requests cannot start in the past; move this one back as if it had been asked five days ago.
    await server.app.attune.database.db
      .updateTable("checkin_requests")
      .set({ starts_on: addCalendarDays(today, -5) })
      .where("id", "=", made.id)
      .execute();
    expect(await dueOn(otherCaseId)).toEqual([
      expect.objectContaining({ requestId: made.id, dueOn: addCalendarDays(today, -5), overdue: true }),
    ]);
    expect((await caseload("?sort=name")).items.map((c) => c.id)).toEqual([caseId, otherCaseId]);
    expect((await caseload("?sort=due")).items.map((c) => c.id)).toEqual([otherCaseId, caseId]);
    expect((await caseload("?due=true")).total).toBe(2);
    expect((await lee.get("/api/caseload?due=maybe")).status).toBe(400);
  });

  it("is not cleared by a result kept private, and is by one shared with clinicians", async () => {
    const done = await cast.mum.post("/api/screenings", phq9);
    expect(done.status, done.text).toBe(201);
    expect((await dueOn(caseId)).map((d) => d.instrumentId)).toEqual(["phq9"]);
    const shared = await cast.mum.patch(`/api/screenings/${done.json.id}`, {
      sharing: { clinicians: true },
    });
    expect(shared.status, shared.text).toBe(200);
    expect(await dueOn(caseId)).toEqual([]);
    expect((await caseload("?due=true")).items.map((c) => c.id)).toEqual([otherCaseId]);
  });

  it("drops a stopped request", async () => {
    const [due] = await dueOn(otherCaseId);
    expect(due).toBeDefined();
    expect((await lee.delete(`/api/cases/${otherCaseId}/checkins/${due?.requestId}`)).status).toBe(200);
    expect(await dueOn(otherCaseId)).toEqual([]);
    expect((await caseload("?due=true")).total).toBe(0);
  });

  it("keeps each clinician's requests to their own caseload", async () => {
    const theirs = await shareWith(colleague, ["screenings"], cast.mum, cast.familyId);
    const asked = await ask(theirs, { caregiverId: dadId, instrumentId: "phq9" }, colleague);
    expect(await dueOn(theirs, colleague)).toEqual([
      expect.objectContaining({ requestId: asked.id, caregiverId: dadId }),
    ]);
    // Lee's case on the same family shows none of the colleague's, and the colleague none of Lee's.
    expect(await dueOn(caseId)).toEqual([]);
    const leeRequest = await ask(caseId, { caregiverId: dadId, instrumentId: "gad7" });
    expect((await dueOn(caseId)).map((d) => d.requestId)).toEqual([leeRequest.id]);
    expect((await dueOn(theirs, colleague)).map((d) => d.requestId)).toEqual([asked.id]);
    expect((await caseload("", colleague)).items.map((c) => c.id)).toEqual([theirs]);
  });
});
