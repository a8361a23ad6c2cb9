// A family's country for help lines: guessed from its time zone when it starts, set or cleared by an owner,
// and followed by the crisis lines of a check-in and the crying helper's numbers when none is asked for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const US_BROWSER = { "accept-language": "en-US,en;q=0.9" };
const phq9Item9 = (extra: Record<string, unknown> = {}) => ({
  instrumentId: "phq9",
  subject: "self",
  answers: [0, 0, 0, 0, 0, 0, 0, 0, 1].map((option, i) => ({ item: String(i + 1), option })),
  ...extra,
});

describe.each(databaseKinds)("a family's region for help lines on %s", (kind) => {
  let server: TestServer;
  let mum: HttpClient;
  let dad: HttpClient;
  let stranger: HttpClient;
  let familyId: string;
  let babyId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    [mum, dad, stranger] = [server.client(), server.client(), server.client()];
    await mum.signUp(uniqueEmail("mum"));
    await dad.signUp(uniqueEmail("dad"));
    await stranger.signUp(uniqueEmail("stranger"));
    const family = await mum.post("/api/families", { name: "The Hughes", timeZone: "Europe/Madrid" });
    expect(family.status).toBe(201);
    familyId = family.json.id;
    const born = new Date(Date.now() - 35 * 86_400_000).toISOString().slice(0, 10);
    babyId = (await mum.post(`/api/families/${familyId}/babies`, { name: "Ffion", birthDate: born })).json.id;
    const code = (await mum.post(`/api/families/${familyId}/invites`, { relationship: "father" })).json.code;
    expect((await dad.post(`/api/invites/${code}/accept`, {})).status).toBe(200);
  });
  afterAll(() => server?.close());

  it("guesses the region from the time zone when a family starts without one", async () => {
    const created = await stranger.post("/api/families", { name: "Lee", timeZone: "America/Chicago" });
    expect(created.json.region).toBe("US");
    // No zone (UTC) or a zone outside the regions with checked numbers: not set.
    expect((await stranger.post("/api/families", { name: "Utc" })).json.region).toBeNull();
    expect(
      (await stranger.post("/api/families", { name: "Dupont", timeZone: "Europe/Paris" })).json.region,
    ).toBeNull();
    // Asked for, it wins over the guess; null means "do not guess".
    expect(
      (await stranger.post("/api/families", { name: "Ó Briain", timeZone: "Europe/London", region: "IE" }))
        .json.region,
    ).toBe("IE");
    expect(
      (await stranger.post("/api/families", { name: "Quiet", timeZone: "Europe/Madrid", region: null })).json
        .region,
    ).toBeNull();
    const bad = await stranger.post("/api/families", { name: "Nope", region: "FR" });
    expect(bad.status).toBe(400);

    // The Madrid family started as Spain, in the list and in the family itself.
    expect((await mum.get(`/api/families/${familyId}`)).json.region).toBe("ES");
    expect((await mum.get("/api/families")).json.items).toEqual([
      expect.objectContaining({ id: familyId, region: "ES" }),
    ]);
  });

  it("lets an owner set and clear the region; a caregiver sees it and cannot change it", async () => {
    const set = await mum.patch(`/api/families/${familyId}`, { region: "GB" });
    expect(set.status).toBe(200);
    expect(set.json).toMatchObject({ id: familyId, region: "GB", timeZone: "Europe/Madrid" });
    expect((await dad.get(`/api/families/${familyId}`)).json.region).toBe("GB");

    const byCaregiver = await dad.patch(`/api/families/${familyId}`, { region: "US" });
    expect(byCaregiver.status).toBe(403);
    expect((await stranger.patch(`/api/families/${familyId}`, { region: "US" })).status).toBe(404);
    // Renaming leaves the region alone.
    expect((await mum.patch(`/api/families/${familyId}`, { name: "The Hughes family" })).json.region).toBe(
      "GB",
    );

    const cleared = await mum.patch(`/api/families/${familyId}`, { region: null });
    expect(cleared.status).toBe(200);
    expect(cleared.json.region).toBeNull();
    expect((await mum.get(`/api/families/${familyId}`)).json.region).toBeNull();
    expect((await mum.patch(`/api/families/${familyId}`, { region: "GB" })).json.region).toBe("GB");
  });

  it("refuses a region it has no help lines for, naming the ones it has", async () => {
    for (const region of ["FR", "UK", "gb", 44, ""]) {
      const res = await mum.patch(`/api/families/${familyId}`, { region });
      expect(res.status, String(region)).toBe(400);
      expect(res.json.error.code).toBe("invalid_input");
      expect(res.json.error.message).toContain("body.region");
      expect(res.json.error.message).toContain("US, GB, IE, ES, MX, CA, AU");
      expect(res.json.error.message).toContain("GB for the United Kingdom");
    }
    expect((await mum.get(`/api/families/${familyId}`)).json.region).toBe("GB");
  });

  it("shows the family's crisis lines after a check-in when no region is asked for", async () => {
    // About the baby: the baby's family's region, before the browser's language.
    const pbq = await mum.post(
      "/api/screenings",
      {
        instrumentId: "pbq",
        subject: { babyId },
        answers: Array.from({ length: 25 }, (_, i) => ({ item: String(i + 1), option: i === 17 ? 4 : 5 })),
      },
      US_BROWSER,
    );
    expect(pbq.status).toBe(201);
    expect(pbq.json.crisis.region).toBe("GB");
    expect(pbq.json.crisis.lines[0]).toMatchObject({ name: "Samaritans", kind: "crisis" });

    // About oneself: the caregiver's family, for the owner and for another caregiver alike.
    for (const who of [mum, dad]) {
      const self = await who.post("/api/screenings", phq9Item9(), US_BROWSER);
      expect(self.status).toBe(201);
      expect(self.json.crisis.region).toBe("GB");
      expect(self.json.crisis.lines[0].name).toBe("Samaritans");
    }

    // A region asked for still wins.
    const asked = await mum.post("/api/screenings", phq9Item9({ region: "US" }), US_BROWSER);
    expect(asked.json.crisis.region).toBe("US");
    expect(asked.json.crisis.lines[0]).toMatchObject({ call: "988" });

    // Someone whose families have no region set: the browser's language, as before.
    const loner = server.client();
    await loner.signUp(uniqueEmail("loner"));
    await loner.post("/api/families", { name: "Unset", timeZone: "UTC" });
    const mx = await loner.post("/api/screenings", phq9Item9(), { "accept-language": "es-MX,es;q=0.9" });
    expect(mx.json.crisis.region).toBe("MX");
  });

  it("gives the crying helper the family's numbers before the browser's language", async () => {
    const crying = (query = "", headers: Record<string, string> = US_BROWSER) =>
      mum.get(`/api/guidance/crying?babyId=${babyId}${query}`, headers);
    const family = await crying();
    expect(family.status).toBe(200);
    expect(family.json.help).toMatchObject({ region: "GB", emergency: "999" });
    expect((await crying("&region=US")).json.help).toMatchObject({ region: "US", emergency: "911" });

    expect((await mum.patch(`/api/families/${familyId}`, { region: null })).status).toBe(200);
    expect((await crying("", { "accept-language": "es-MX,es;q=0.9" })).json.help.region).toBe("MX");
    expect((await crying()).json.help.region).toBe("US");
  });

  it("documents the region in the OpenAPI schemas", async () => {
    const doc = (await server.client().get("/api/openapi.json")).json;
    const patch = doc.paths["/api/families/{id}"].patch;
    const body = patch.requestBody.content["application/json"].schema;
    const regionOf = (schema: { anyOf?: { enum?: string[] }[]; enum?: string[] }) =>
      schema.enum ?? schema.anyOf?.find((s) => s.enum)?.enum;
    expect(regionOf(body.properties.region)).toEqual(["US", "GB", "IE", "ES", "MX", "CA", "AU"]);
    const reply = patch.responses["200"].content["application/json"].schema;
    expect(reply.required).toContain("region");
  });
});
