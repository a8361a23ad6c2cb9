// Every family-side route, from the route table, refuses a person outside the family and a caregiver who was
// removed from it, on both databases. Each is called on a real resource of the family (its baby, an entry,
// an import, what the care team sent, a share, the owner's check-in and thought record), so a refusal is of
// something that exists. A family-side rule added without a way to call it here fails the first test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

/** The rules that guard a family's own data, by their names in src/server/policies and routes. */
const familyRules = [
  "family: caregiver",
  "family: owner",
  "baby: caregiver",
  "baby (?babyId): caregiver",
  "baby: an owner of its family",
  "entry: caregiver of its baby",
  "import: caregiver of its baby",
  "observation: a caregiver of its family",
  "referral: a caregiver of its family",
  "assignment: a caregiver of its family",
  "consent: a caregiver of its family",
  "screening: own",
  "thought record: its author",
];

const HUCKLEBERRY =
  '"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes"\n"Diaper","2026-10-18 18:55",,,,,"Pee",';

describe.each(databaseKinds)("the family's routes refuse outsiders and removed caregivers, on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;
  let removed: HttpClient;
  /** The family's real resources, by the rule that guards each one's id. */
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(kind);
    cast = await twoFamilies(server);
    const { mum, familyId, babyId } = cast;
    ids.family = familyId;
    ids.baby = babyId;

    // A grandparent who was a caregiver and was removed: once in, now out.
    removed = server.client();
    await removed.signUp(uniqueEmail("gran"));
    const code = (await mum.post(`/api/families/${familyId}/invites`, { relationship: "grandparent" })).json
      .code;
    expect((await removed.post(`/api/invites/${code}/accept`, {})).status).toBe(200);
    const caregivers = (await mum.get(`/api/families/${familyId}`)).json.caregivers as { userId: string }[];
    const granId = caregivers.at(-1)?.userId as string;
    expect((await mum.delete(`/api/families/${familyId}/caregivers/${granId}`)).status).toBe(204);
    ids.userId = granId;
    ids.inviteId = (
      await mum.post(`/api/families/${familyId}/invites`, { relationship: "grandparent" })
    ).json.id;

    const entry = await mum.post(`/api/babies/${babyId}/entries`, {
      type: "bath",
      startedAt: new Date(Date.now() - 3_600_000).toISOString(),
      endedAt: new Date(Date.now() - 3_000_000).toISOString(),
      moments: ["singing"],
      cues: [],
    });
    ids.entry = entry.json.id;
    const imported = await mum.request(
      "POST",
      `/api/babies/${babyId}/imports?dryRun=false&timeZone=UTC`,
      HUCKLEBERRY,
      { "content-type": "text/csv" },
    );
    ids.import = imported.json.id;

    // What a clinician the family shares with sends it.
    const clinician = server.client();
    await clinician.signUp(uniqueEmail("clinician"), { role: "clinician" });
    const share = await mum.post("/api/consents", { familyId, scopes: ["entries"] });
    ids.consent = share.json.id;
    const caseId = (await clinician.post(`/api/consents/${share.json.code}/accept`, {})).json.caseId;
    ids.observation = (
      await clinician.post(`/api/cases/${caseId}/observations`, { text: "You paused when she looked away." })
    ).json.id;
    ids.referral = (
      await clinician.post(`/api/cases/${caseId}/referrals`, {
        name: "Bay Lactation Circle",
        service: "lactation",
        contact: { phone: "555 0100" },
      })
    ).json.id;
    ids.assignment = (
      await clinician.post(`/api/cases/${caseId}/assignments`, {
        kind: "article",
        ref: "attachment-quality-of-care",
      })
    ).json.id;

    ids.screening = (
      await mum.post("/api/screenings", {
        instrumentId: "phq9",
        subject: "self",
        answers: [0, 0, 0, 0, 0, 0, 0, 0, 0].map((option, i) => ({ item: String(i + 1), option })),
      })
    ).json.id;
    ids.thoughtRecord = (await mum.post("/api/thought-records", { familyId, situation: "3 a.m." })).json.id;
    for (const [name, id] of Object.entries(ids)) expect(id, `setup: ${name}`).toEqual(expect.any(String));
  });
  afterAll(() => server?.close());

  /** Which resource a rule's `:id` names. */
  const resourceOf: Record<string, string> = {
    "family: caregiver": "family",
    "family: owner": "family",
    "baby: caregiver": "baby",
    "baby (?babyId): caregiver": "baby",
    "baby: an owner of its family": "baby",
    "entry: caregiver of its baby": "entry",
    "import: caregiver of its baby": "import",
    "observation: a caregiver of its family": "observation",
    "referral: a caregiver of its family": "referral",
    "assignment: a caregiver of its family": "assignment",
    "consent: a caregiver of its family": "consent",
    "screening: own": "screening",
    "thought record: its author": "thoughtRecord",
  };

  /** The route's address with the family's real ids in it, or null when a parameter has no id here. */
  function address(url: string, rule: string): string | null {
    let missing = false;
    const path = url.replace(/:(\w+)/g, (_, param: string) => {
      const id = param === "id" ? ids[resourceOf[rule] ?? ""] : ids[param];
      if (!id) missing = true;
      return id ?? "";
    });
    if (missing) return null;
    if (rule === "baby (?babyId): caregiver") return `${path}?babyId=${ids.baby}`;
    if (rule === "family: caregiver" && !url.includes(":id")) return `${path}?familyId=${ids.family}`;
    return path;
  }

  const familyRoutes = () =>
    server.app.routeTable.filter((r) => r.method !== "HEAD" && familyRules.includes(r.policy ?? ""));

  it("knows how to call every family-side route", () => {
    const routes = familyRoutes();
    expect(routes.length).toBeGreaterThan(40);
    const uncallable = routes
      .filter((r) => address(r.url, r.policy ?? "") === null)
      .map((r) => `${r.method} ${r.url}`);
    expect(uncallable).toEqual([]);
  });

  it("refuses the outsider and the removed caregiver on every one, and lets the family in", async () => {
    for (const route of familyRoutes()) {
      const path = address(route.url, route.policy ?? "") as string;
      const name = `${route.method} ${route.url} (${route.policy})`;
      const body = route.method === "GET" || route.method === "DELETE" ? undefined : {};
      for (const [who, client] of [
        ["an outsider", cast.other],
        ["a removed caregiver", removed],
      ] as const) {
        const reply = await client.request(route.method, path, body);
        expect([403, 404], `${name} as ${who}: ${reply.status} ${reply.text.slice(0, 160)}`).toContain(
          reply.status,
        );
      }
      // The owner is not refused (a write with an empty body may still be a 400: that is not a refusal).
      if (route.method === "GET") {
        const own = await cast.mum.request(route.method, path);
        expect([401, 403], `${name} as the owner: ${own.status}`).not.toContain(own.status);
      }
    }
  });
});
