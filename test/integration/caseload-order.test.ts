// The caseload sorts and filters every case by a few keys, then builds the full summary of one page only.
// These tests hold the two passes to one answer: each order, each filter, and paging that visits every case
// exactly once, with the page's cases summarised in full.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const phq9 = (options: number[]) => ({
  instrumentId: "phq9",
  subject: "self",
  answers: options.map((option, i) => ({ item: String(i + 1), option })),
});
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

interface Row {
  id: string;
  familyName: string;
  sharedUntil: string;
  lastActivityAt: string | null;
  babies: { name: string }[];
  caregivers: { name: string }[];
  screenings: { instrumentId: string }[];
  safetyFlags: unknown[];
}

interface Family {
  name: string;
  caregiver: HttpClient;
  babyId: string;
  caseId: string;
}

describe.each(databaseKinds)("the caseload's order, filters and pages, on %s", (kind) => {
  let server: TestServer;
  let clinician: HttpClient;
  const families: Record<string, Family> = {};

  const caseload = async (query = "") => {
    const res = await clinician.get(`/api/caseload${query}`);
    expect(res.status, res.text).toBe(200);
    return res.json as { items: Row[]; total: number; nextCursor: string | null };
  };
  const names = async (query: string) => (await caseload(query)).items.map((c) => c.familyName);

  /** A family with one caregiver and one baby, shared with the clinician for `days` with `scopes`. */
  const family = async (
    name: string,
    caregiverName: string,
    babyName: string,
    scopes: string[],
    days: number,
  ) => {
    const caregiver = server.client();
    const signedUp = await caregiver.signUp(uniqueEmail(name.toLowerCase()), { name: caregiverName });
    expect(signedUp.status, signedUp.text).toBe(200);
    const familyId = (await caregiver.post("/api/families", { name })).json.id as string;
    const born = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    const babyId = (
      await caregiver.post(`/api/families/${familyId}/babies`, { name: babyName, birthDate: born })
    ).json.id as string;
    const made = await caregiver.post("/api/consents", { familyId, scopes, days });
    expect(made.status, made.text).toBe(201);
    const taken = await clinician.post(`/api/consents/${made.json.code}/accept`, {});
    expect(taken.status, taken.text).toBe(200);
    families[name] = { name, caregiver, babyId, caseId: taken.json.caseId };
  };
  const logFeed = async (name: string, minutesAgo: number) => {
    const f = families[name] as Family;
    const made = await f.caregiver.post(`/api/babies/${f.babyId}/entries`, {
      type: "feed",
      startedAt: ago(minutesAgo),
      details: { method: "bottle" },
    });
    expect(made.status, made.text).toBe(201);
  };
  const shareCheckIn = async (name: string, options: number[]) => {
    const f = families[name] as Family;
    const made = await f.caregiver.post("/api/screenings", phq9(options));
    expect(made.status, made.text).toBe(201);
    const shared = await f.caregiver.patch(`/api/screenings/${made.json.id}`, {
      sharing: { clinicians: true },
    });
    expect(shared.status, shared.text).toBe(200);
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    clinician = server.client();
    await clinician.signUp(uniqueEmail("order"), { name: "Dr Order", role: "clinician" });
    // Created in an order that none of the sorts keeps, so each sort has to move them.
    await family("Castillo", "Inés", "Teo", ["entries", "screenings"], 30);
    await family("Abara", "Ngozi", "Ada", ["entries"], 120);
    await family("Dunn", "Morgan", "Wren", ["screenings"], 90);
    await family("Baker", "Sam", "Juniper", ["entries", "screenings"], 60);
    // Last activity is when the log last changed, not when the feed began: Abara logs last, Baker first.
    await logFeed("Baker", 30);
    await logFeed("Castillo", 90);
    await logFeed("Abara", 300);
    // A safety answer (item 9) in a result Dunn shared, and one Baker shared without one.
    await shareCheckIn("Dunn", [2, 2, 1, 1, 1, 1, 1, 0, 1]);
    await shareCheckIn("Baker", [1, 1, 0, 0, 0, 0, 0, 0, 0]);
  });
  afterAll(() => server?.close());

  it("puts a case with a safety answer first, then the most recently active, and one with no log it may see last", async () => {
    expect(await names("")).toEqual(["Dunn", "Abara", "Castillo", "Baker"]);
    // Dunn shares no log: no activity, so last among the rest.
    expect(await names("?sort=activity")).toEqual(["Abara", "Castillo", "Baker", "Dunn"]);
  });

  it("orders by name and by the share that ends soonest", async () => {
    expect(await names("?sort=name")).toEqual(["Abara", "Baker", "Castillo", "Dunn"]);
    expect(await names("?sort=ending")).toEqual(["Castillo", "Baker", "Dunn", "Abara"]);
    const ending = (await caseload("?sort=ending")).items.map((c) => c.sharedUntil);
    expect([...ending].sort()).toEqual(ending);
  });

  it("finds a case by the family's, a baby's or a caregiver's name, and by its safety flags", async () => {
    expect(await names("?q=juni")).toEqual(["Baker"]);
    expect(await names("?q=ines")).toEqual(["Castillo"]);
    expect(await names("?q=abara")).toEqual(["Abara"]);
    expect(await names("?q=nobody")).toEqual([]);
    expect(await names("?flagged=true")).toEqual(["Dunn"]);
    expect(await names("?flagged=true&q=baker")).toEqual([]);
  });

  it("pages through every case exactly once, each in full, with the same total on every page", async () => {
    const seen: Row[] = [];
    let cursor: string | null = null;
    do {
      const page = await caseload(`?sort=name&limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.total).toBe(4);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.map((c) => c.familyName)).toEqual(["Abara", "Baker", "Castillo", "Dunn"]);
    const baker = seen.find((c) => c.familyName === "Baker") as Row;
    expect(baker.babies.map((b) => b.name)).toEqual(["Juniper"]);
    expect(baker.caregivers.map((c) => c.name)).toEqual(["Sam"]);
    expect(baker.screenings.map((s) => s.instrumentId)).toEqual(["phq9"]);
    expect(baker.lastActivityAt).not.toBeNull();
    expect(seen.find((c) => c.familyName === "Dunn")?.safetyFlags).toHaveLength(1);
  });

  it("drops a case from every order and count the moment its share is revoked", async () => {
    const abara = families.Abara as Family;
    const [share] = (await abara.caregiver.get("/api/consents")).json.items;
    expect((await abara.caregiver.delete(`/api/consents/${share.id}`)).status).toBe(200);
    expect(await names("?sort=name")).toEqual(["Baker", "Castillo", "Dunn"]);
    expect((await caseload("?q=abara")).total).toBe(0);
  });
});
