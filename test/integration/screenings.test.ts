import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

type Answer = { item: string; option: number };
/** Answers 1…n from the options' positions, in order. */
const sheet = (options: number[]): Answer[] => options.map((option, i) => ({ item: String(i + 1), option }));
const phq9 = (options: number[], extra: Record<string, unknown> = {}) => ({
  instrumentId: "phq9",
  subject: "self",
  answers: sheet(options),
  ...extra,
});
const kindRank = ["crisis", "emergency", "perinatal", "support"];
const lineCalls = (crisis: { lines: { call?: string }[] }) => crisis.lines.map((l) => l.call);

describe.each(databaseKinds)("well-being check-ins on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;

  beforeAll(async () => {
    server = await startTestServer(kind);
    cast = await twoFamilies(server);
  });
  afterAll(() => server?.close());

  it("asks for a session to check in or read instruments (401)", async () => {
    const anonymous = server.client();
    expect((await anonymous.get("/api/instruments")).status).toBe(401);
    expect((await anonymous.get("/api/screenings")).status).toBe(401);
    expect((await anonymous.post("/api/screenings", phq9(Array(9).fill(0)))).status).toBe(401);
  });

  it("lists all eight instruments, the EPDS as unavailable with its reason", async () => {
    const res = await cast.mum.get("/api/instruments");
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.json.items.map((i: { id: string }) => [i.id, i]));
    expect(Object.keys(byId).sort()).toEqual(
      ["citybits", "epds", "gad7", "kpcs", "maas", "paas", "pbq", "phq9"].sort(),
    );
    expect(byId.phq9).toMatchObject({ name: "PHQ-9", available: true, languages: ["en", "es"] });
    expect(byId.phq9.licence.kind).toBe("public_domain");
    expect(byId.maas.reflectionOnly).toBe(true);
    expect(byId.epds.available).toBe(false);
    expect(byId.epds.unavailableReason).toMatch(/Royal College of Psychiatrists/);
    expect(byId.epds.unavailableReason).toMatch(/ATTUNE_EPDS_TEXT/);

    const epds = await cast.mum.get("/api/instruments/epds");
    expect(epds.status).toBe(409);
    expect(epds.json.error.message).toMatch(/^EPDS is not available on this server: /);
    expect((await cast.mum.get("/api/instruments/nope")).status).toBe(404);
  });

  it("refuses the EPDS with 409 and its reason, still carrying the crisis lines for item 10", async () => {
    const epds = await cast.mum.post("/api/screenings", {
      instrumentId: "epds",
      subject: "self",
      answers: sheet([0, 0, 3, 0, 3, 3, 3, 3, 3, 0]),
    });
    expect(epds.status).toBe(409);
    expect(epds.json.error.code).toBe("instrument_unavailable");
    expect(epds.json.error.message).toMatch(/^EPDS is not available on this server: /);
    expect(epds.json.error.details.flags).toEqual([{ type: "self_harm", item: "10" }]);
    expect(epds.json.error.details.crisis.lines[0].call).toBe("988");
  });

  it("gives PHQ-9 in its published Spanish, and PBQ in English with a note when Spanish is asked", async () => {
    const phq = (await cast.mum.get("/api/instruments/phq9?lang=es")).json;
    expect(phq.language).toBe("es");
    expect(phq.note).toBeUndefined();
    expect(phq.items).toHaveLength(9);
    expect(phq.items[8].text).toMatch(/lastimarse/);
    expect(phq.items[8].options.map((o: { position: number }) => o.position)).toEqual([0, 1, 2, 3]);
    expect(phq.items[8].options[1].text).toBe("Varios días");
    expect(phq.scoring.total.code).toBe("44261-6");
    expect(phq.scoring.total.bands[0].label).not.toBe("");

    const pbq = (await cast.mum.get("/api/instruments/pbq?lang=es")).json;
    expect(pbq.language).toBe("en");
    expect(pbq.requestedLanguage).toBe("es");
    expect(pbq.note).toMatch(/inglés/);
    expect(pbq.items).toHaveLength(25);
    expect(pbq.items[0].options).toHaveLength(6);
    expect(pbq.scoring.subscales.map((s: { key: string }) => s.key)).toEqual([
      "impaired_bonding",
      "rejection_anger",
      "infant_anxiety",
      "risk_of_abuse",
    ]);
  });

  it("flags PHQ-9 item 9 'several days' as self-harm, with 988 first in the US and Samaritans first in the UK", async () => {
    const us = await cast.mum.post("/api/screenings", phq9([0, 0, 0, 0, 0, 0, 0, 0, 1], { region: "US" }));
    expect(us.status).toBe(201);
    expect(us.json.flags).toEqual([{ type: "self_harm", item: "9" }]);
    expect(us.json.total).toBe(1);
    expect(us.json.crisis.region).toBe("US");
    expect(us.json.crisis.lines[0]).toMatchObject({ kind: "crisis", call: "988" });
    expect(lineCalls(us.json.crisis)).toContain("911");
    // Crisis, then emergency, then perinatal: never a non-crisis helpline before a crisis line.
    const rank = us.json.crisis.lines.map((l: { kind: string }) => kindRank.indexOf(l.kind));
    expect(rank).toEqual([...rank].sort());

    const uk = await cast.mum.post("/api/screenings", phq9([0, 0, 0, 0, 0, 0, 0, 0, 1], { region: "UK" }));
    expect(uk.json.crisis.region).toBe("GB");
    expect(uk.json.crisis.lines[0]).toMatchObject({ name: "Samaritans", call: "116 123", kind: "crisis" });

    // Without a region, the one in Accept-Language.
    const gb = await cast.mum.post("/api/screenings", phq9([0, 0, 0, 0, 0, 0, 0, 0, 1]), {
      "accept-language": "en-GB,en;q=0.8",
    });
    expect(gb.json.crisis.lines[0].name).toBe("Samaritans");

    const calm = await cast.mum.post("/api/screenings", phq9(Array(9).fill(0)));
    expect(calm.status).toBe(201);
    expect(calm.json.flags).toEqual([]);
    expect(calm.json.crisis).toBeUndefined();
    expect(calm.json.bands[0]).toMatchObject({ scale: "total" });
  });

  it("keeps the result private to the person who answered, listed newest first", async () => {
    const { mum, dad, other } = cast;
    const made = await mum.post("/api/screenings", phq9([1, 2, 1, 0, 0, 3, 0, 0, 0]));
    expect(made.status).toBe(201);
    expect(made.json.total).toBe(7);
    const { id } = made.json;

    const got = await mum.get(`/api/screenings/${id}`);
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject({ id, instrumentId: "phq9", subject: "self", total: 7, flags: [] });
    expect(got.json.answers).toHaveLength(9);
    expect(got.json.answers[5]).toEqual({ item: "6", option: 3, score: 3 });

    const list = await mum.get("/api/screenings?subject=self&instrumentId=phq9");
    expect(list.status).toBe(200);
    expect(list.json.items[0].id).toBe(id);
    const times = list.json.items.map((s: { completedAt: string }) => s.completedAt);
    expect(times).toEqual([...times].sort().reverse());
    const paged = await mum.get("/api/screenings?limit=1");
    expect(paged.json.items).toHaveLength(1);
    const next = await mum.get(`/api/screenings?limit=1&cursor=${paged.json.nextCursor}`);
    expect(next.json.items[0].id).not.toBe(paged.json.items[0].id);

    // Another caregiver of the same baby, and a stranger: not theirs, so not found.
    for (const someone of [dad, other]) {
      expect((await someone.get(`/api/screenings/${id}`)).status).toBe(404);
      expect((await someone.get(`/api/screenings/${id}/fhir`)).status).toBe(404);
      const theirs = (await someone.get("/api/screenings")).json.items.map((s: { id: string }) => s.id);
      expect(theirs).not.toContain(id);
    }
  });

  it("refuses a missing or out-of-range answer, naming the item", async () => {
    const missing = await cast.mum.post("/api/screenings", {
      instrumentId: "phq9",
      subject: "self",
      answers: sheet([0, 0, 0, 0, 0, 0, 0, 0]),
    });
    expect(missing.status).toBe(400);
    expect(missing.json.error.details).toMatchObject({ item: "9", kind: "missing" });
    expect(missing.json.error.message).toMatch(/item 9/);
    expect(missing.json.error.details.crisis).toBeUndefined();

    const outOfRange = await cast.mum.post("/api/screenings", phq9([0, 0, 4, 0, 0, 0, 0, 0, 0]));
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.json.error.details).toMatchObject({ item: "3", kind: "option_out_of_range" });
    expect(outOfRange.json.error.message).toMatch(/item 3/);

    const duplicate = await cast.mum.post("/api/screenings", {
      instrumentId: "phq9",
      subject: "self",
      answers: [...sheet(Array(9).fill(0)), { item: "2", option: 1 }],
    });
    expect(duplicate.json.error.details).toMatchObject({ item: "2", kind: "duplicate" });
  });

  it("still answers a partial screening with item 9 above 0 with the crisis lines, and stores nothing", async () => {
    const before = (await cast.mum.get("/api/screenings?limit=200")).json.items.length;
    const partial = await cast.mum.post("/api/screenings", {
      instrumentId: "phq9",
      subject: "self",
      region: "US",
      answers: [{ item: "9", option: 2 }],
    });
    expect(partial.status).toBe(400);
    expect(partial.json.error.details.item).toBe("1");
    expect(partial.json.error.details.flags).toEqual([{ type: "self_harm", item: "9" }]);
    expect(partial.json.error.details.crisis.lines[0].call).toBe("988");
    expect((await cast.mum.get("/api/screenings?limit=200")).json.items.length).toBe(before);

    // Recorded in the person's audit trail, without the answers.
    const audit = await cast.mum.get("/api/audit");
    const flagged = audit.json.items.filter((e: { action: string }) => e.action === "screening.safety_flag");
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged[0].details).toMatchObject({ instrumentId: "phq9", stored: false });
    expect(JSON.stringify(flagged)).not.toMatch(/"answers"|"option"/);
  });

  it("scores the PBQ's four scales about a baby and flags items 18 and 24", async () => {
    const { mum, babyId } = cast;
    const always = await mum.post("/api/screenings", {
      instrumentId: "pbq",
      subject: { babyId },
      answers: sheet(Array(25).fill(0)),
    });
    expect(always.status).toBe(201);
    expect(always.json.subject).toEqual({ babyId });
    expect(always.json.total).toBe(85);
    expect(Object.keys(always.json.subscales).sort()).toEqual(
      ["impaired_bonding", "infant_anxiety", "rejection_anger", "risk_of_abuse"].sort(),
    );
    expect(always.json.subscales.risk_of_abuse).toBe(10);
    expect(always.json.flags).toEqual([
      { type: "harm_to_baby", item: "18" },
      { type: "harm_to_baby", item: "24" },
    ]);
    expect(always.json.crisis.lines[0].kind).toBe("crisis");

    // "Never" everywhere but item 18 "rarely": one endorsement, one flag.
    const options = Array(25).fill(5);
    options[17] = 4;
    const one = await mum.post("/api/screenings", {
      instrumentId: "pbq",
      subject: { babyId },
      answers: sheet(options),
    });
    expect(one.json.flags).toEqual([{ type: "harm_to_baby", item: "18" }]);
    expect(one.json.subscales.risk_of_abuse).toBe(1);
    const aboutBaby = await mum.get(`/api/screenings?subject=${babyId}`);
    const ids = aboutBaby.json.items.map((s: { id: string }) => s.id);
    expect(ids.sort()).toEqual([one.json.id, always.json.id].sort());
    const self = (await mum.get("/api/screenings?subject=self")).json.items.map((s: { id: string }) => s.id);
    expect(self).not.toContain(one.json.id);
  });

  it("refuses a baby who is not theirs as not found", async () => {
    const res = await cast.mum.post("/api/screenings", {
      instrumentId: "pbq",
      subject: { babyId: cast.otherBabyId },
      answers: sheet(Array(25).fill(5)),
    });
    expect(res.status).toBe(404);
    // Only what was not found, as for a baby that never existed: nothing about the other family's baby.
    expect(res.json.error.details).toEqual({ resource: "baby" });
  });

  it("exports a result as a FHIR R4 Bundle with the LOINC total", async () => {
    const made = (await cast.mum.post("/api/screenings", phq9([1, 1, 1, 1, 1, 0, 0, 0, 0]))).json;
    const res = await cast.mum.get(`/api/screenings/${made.id}/fhir`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/fhir\+json/);
    const bundle = res.json;
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    const types = bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType);
    expect(types).toEqual(["QuestionnaireResponse", "Observation"]);
    for (const e of bundle.entry) expect(e.fullUrl).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);

    const [qr, total] = bundle.entry.map((e: { resource: unknown }) => e.resource);
    expect(qr).toMatchObject({ status: "completed", questionnaire: "urn:attune:instrument:phq9|1" });
    expect(qr.item).toHaveLength(9);
    expect(qr.item[0].linkId).toBe("1");
    const coding = qr.item[0].answer[0].valueCoding;
    expect(coding).toMatchObject({ system: "http://loinc.org", code: "LA6569-3" });
    expect(coding.extension[0]).toEqual({
      url: "http://hl7.org/fhir/StructureDefinition/ordinalValue",
      valueDecimal: 1,
    });
    expect(total).toMatchObject({ status: "final", valueInteger: 5 });
    expect(total.code.coding[0]).toEqual({ system: "http://loinc.org", code: "44261-6" });
    expect(total.effectiveDateTime).toBe(made.completedAt);
    expect(total.subject.identifier.system).toBe("urn:attune:user");
    expect(total.derivedFrom[0].reference).toBe(bundle.entry[0].fullUrl);
    expect(res.text).not.toMatch(/@example\.com/);

    // PBQ: one Observation for the total and one per scale.
    const pbq = (await cast.mum.get("/api/screenings?instrumentId=pbq&limit=1")).json.items[0];
    const pbqBundle = (await cast.mum.get(`/api/screenings/${pbq.id}/fhir`)).json;
    expect(pbqBundle.entry).toHaveLength(6);
  });

  it("suggests check-in times for a caregiver of the baby, and honours the reminder setting", async () => {
    const { dad, babyId, other } = cast;
    const res = await dad.get(`/api/screenings/suggestions?babyId=${babyId}`);
    expect(res.status).toBe(200);
    expect(res.json.reminders).toBe(true);
    // Robin is five weeks old: the one-month mood check-in is due, with PHQ-9 (the EPDS is not offered).
    const due = res.json.items.find((i: { status: string }) => i.status === "due");
    expect(due).toMatchObject({ key: "after_birth_1_month", instrumentId: "phq9" });
    expect(res.json.items.map((i: { key: string }) => i.key)).not.toContain("after_birth_2_weeks");

    expect((await dad.post("/api/screenings", phq9(Array(9).fill(0)))).status).toBe(201);
    const after = await dad.get(`/api/screenings/suggestions?babyId=${babyId}`);
    expect(after.json.items.map((i: { key: string }) => i.key)).not.toContain("after_birth_1_month");

    await dad.patch("/api/me/preferences", { checkinReminders: false });
    expect((await dad.get(`/api/screenings/suggestions?babyId=${babyId}`)).json.reminders).toBe(false);
    expect((await other.get(`/api/screenings/suggestions?babyId=${babyId}`)).status).toBe(404);
  });

  it("serves help lines and resources to anyone, signed in or not", async () => {
    const anonymous = server.client();
    const us = await anonymous.get("/api/help-resources?region=US");
    expect(us.status).toBe(200);
    expect(us.json.lines[0]).toMatchObject({
      name: "988 Suicide & Crisis Lifeline",
      call: "988",
      kind: "crisis",
    });
    const mmh = us.json.lines.find((l: { key: string }) => l.key === "us_mmh_hotline");
    expect(mmh).toMatchObject({ kind: "perinatal", call: "1-833-852-6262" });
    expect(us.json.resources.map((r: { name: string }) => r.name)).toContain(
      "Postpartum Support International",
    );
    for (const r of us.json.resources) expect(r.description.es).not.toBe("");

    const uk = await anonymous.get("/api/help-resources?region=UK");
    expect(uk.json.region).toBe("GB");
    expect(lineCalls(uk.json)[0]).toBe("116 123");
    expect(uk.text).toContain("85258");
    expect(uk.json.resources.map((r: { name: string }) => r.name)).toContain("PANDAS Foundation");

    for (const region of ["IE", "ES", "MX", "CA", "AU"]) {
      const r = await anonymous.get(`/api/help-resources?region=${region}`);
      expect(r.status).toBe(200);
      expect(r.json.lines[0].kind).toBe("crisis");
      expect(r.json.known).toBe(true);
    }
    const france = await anonymous.get("/api/help-resources?region=FR");
    expect(france.json).toMatchObject({ known: false, lines: [{ kind: "emergency" }] });
    expect((await anonymous.get("/api/help-resources?region=ES")).json.lines[0].call).toBe("024");
    expect((await anonymous.get("/api/help-resources")).json.region).toBe("US");
    expect((await anonymous.get("/api/help-resources?region=nowhere")).status).toBe(400);
  });
});

describe.each(databaseKinds)("the EPDS with licensed wording on %s", (kind) => {
  let server: TestServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "attune-epds-"));
    const file = join(dir, "epds.json");
    // Placeholder wording: the real text is the Royal College's and is never put in the repository.
    const items = Array.from({ length: 10 }, (_, i) => ({
      text: `Test question ${i + 1}`,
      options: [1, 2, 3, 4].map((o) => `Test answer ${i + 1}.${o}`),
    }));
    writeFileSync(file, JSON.stringify({ source: "test wording", instructions: "Test instructions", items }));
    server = await startTestServer(kind, { env: { ATTUNE_EPDS_TEXT: file } });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("offers the EPDS and scores item 10 above 0 as self-harm", async () => {
    const c = server.client();
    await c.signUp(uniqueEmail("epds"));
    const list = (await c.get("/api/instruments")).json.items;
    const epds = list.find((i: { id: string }) => i.id === "epds");
    expect(epds.available).toBe(true);
    expect(epds.unavailableReason).toBeUndefined();

    const def = (await c.get("/api/instruments/epds")).json;
    expect(def.intro).toBe("Test instructions");
    expect(def.items[9].text).toBe("Test question 10");
    // Item 10 is reverse-scored: the first printed answer scores 3, the last 0.
    expect(def.items[9].options.map((o: { score: number }) => o.score)).toEqual([3, 2, 1, 0]);

    // Items 1, 2 and 4 score 0 at the first option; the rest at the last.
    const lowest = [0, 0, 3, 0, 3, 3, 3, 3, 3, 3];
    const none = await c.post("/api/screenings", {
      instrumentId: "epds",
      subject: "self",
      answers: sheet(lowest),
    });
    expect(none.status).toBe(201);
    expect(none.json.total).toBe(0);
    expect(none.json.flags).toEqual([]);

    const item10 = [...lowest];
    item10[9] = 2; // "hardly ever": scores 1
    const flagged = await c.post("/api/screenings", {
      instrumentId: "epds",
      subject: "self",
      region: "GB",
      answers: sheet(item10),
    });
    expect(flagged.status).toBe(201);
    expect(flagged.json.total).toBe(1);
    expect(flagged.json.flags).toEqual([{ type: "self_harm", item: "10" }]);
    expect(flagged.json.crisis.lines[0].name).toBe("Samaritans");

    // The EPDS wording is the College's: the FHIR export carries codes and scores, not the text.
    const fhir = await c.get(`/api/screenings/${flagged.json.id}/fhir`);
    expect(fhir.status).toBe(200);
    expect(fhir.text).not.toContain("Test question");
  });
});
