import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instruments } from "../../src/content/instruments/index.js";
import { uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

type Answer = { item: string; option: number };
/** Answers 1…29 from the options' positions, in order. */
const sheet = (options: number[]): Answer[] => options.map((option, i) => ({ item: String(i + 1), option }));
const citybits = (options: number[]) => ({
  instrumentId: "citybits",
  subject: "self",
  answers: sheet(options),
});

// Placeholder wording only: the City BiTS's published words are City, University of London's, and are not
// in the repository. A deployment that downloads them supplies them through ATTUNE_CITYBITS_TEXT.
const placeholderWording = () => ({
  source: "test wording (placeholder)",
  instructions: "Placeholder instructions for the City BiTS",
  items: instruments.citybits.item.map((item, i) => ({
    text: `Placeholder question ${i + 1}`,
    options: item.answerOption.map((_, o) => `Answer ${i + 1}.${o + 1}`),
  })),
});

describe.each(databaseKinds)("the City BiTS with its wording supplied on %s", (kind) => {
  let server: TestServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "attune-citybits-"));
    const file = join(dir, "citybits.json");
    writeFileSync(file, JSON.stringify(placeholderWording()));
    server = await startTestServer(kind, { env: { ATTUNE_CITYBITS_TEXT: file } });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists the City BiTS as available, with its 29 items and its credit", async () => {
    const c = server.client();
    await c.signUp(uniqueEmail("citybits"));
    const list = (await c.get("/api/instruments")).json.items;
    const summary = list.find((i: { id: string }) => i.id === "citybits");
    expect(summary.available).toBe(true);
    expect(summary.unavailableReason).toBeUndefined();
    expect(summary.itemCount).toBe(29);
    // The EPDS has no file here, so it stays unavailable.
    expect(list.find((i: { id: string }) => i.id === "epds").available).toBe(false);

    const res = await c.get("/api/instruments/citybits");
    expect(res.status).toBe(200);
    const def = res.json;
    expect(def.items).toHaveLength(29);
    expect(def.intro).toBe("Placeholder instructions for the City BiTS");
    expect(def.items[2].text).toBe("Placeholder question 3");
    expect(def.items.every((i: { verified: boolean }) => i.verified)).toBe(true);
    // Yes scores 1 on Q1-Q2; Q3 is a frequency 0-3: the file gave words, the scores are Attune's.
    expect(def.items[0].options.map((o: { score: number }) => o.score)).toEqual([1, 0]);
    expect(def.items[2].options.map((o: { score: number }) => o.score)).toEqual([0, 1, 2, 3]);
    // CC BY on condition of credit: the copyright and the attribution stay whatever the file says.
    expect(def.copyright).toContain("City, University of London");
    expect(def.copyright).toContain("Ayers");
    expect(def.licence.kind).toBe("cc_by");
    expect(def.licence.attribution).toMatch(/^Ayers S, Wright DB, Thornton A \(2018\)/);
    expect(def.scoring.total.range).toEqual({ min: 0, max: 60 });
    expect(def.scoring.criteria.note).toMatch(/screen, not a diagnosis/);
    expect(def.wording.status).toBe("verified");
  });

  it("scores hand-worked sheets: all first options, all last options, and one meeting every criterion", async () => {
    const c = server.client();
    await c.signUp(uniqueEmail("citybits-score"));

    // All first options: yes to Q1 and Q2 (the stressor), no symptom at all. Symptom total 0.
    const first = await c.post("/api/screenings", citybits(Array(29).fill(0)));
    expect(first.status).toBe(201);
    expect(first.json.total).toBe(0);
    expect(first.json.flags).toEqual([]);
    expect(first.json.criteria).toMatchObject({ criteriaMet: false, specifiers: [] });
    expect(first.json.criteria.met.stressor).toBe(true);

    // All last options: no to Q1-Q2, 5 or more times on each of Q3-Q22 (20 x 3 = 60), the last option on
    // Q23-Q29. Without a stressor and with Q29 (another cause), the criteria are not met.
    const last = instruments.citybits.item.map((i) => i.answerOption.length - 1);
    const high = await c.post("/api/screenings", citybits(last));
    expect(high.status).toBe(201);
    expect(high.json.total).toBe(60);
    expect(high.json.criteria).toMatchObject({
      allRequiredMet: false,
      excluded: true,
      criteriaMet: false,
      specifiers: ["dissociative", "delayed_onset"],
    });

    // Hand-worked: A yes on Q1; B Q3 = 2; C Q8 = 1; D Q10 = 1 and Q11 = 3; E Q17 = 2 and Q18 = 1;
    // dissociative Q23 = 1; delayed onset Q25 = 2; F Q26 = 1; G Q28 = 2; H Q29 = 0.
    // Symptom total (Q3-Q22) = 2 + 1 + 1 + 3 + 2 + 1 = 10.
    const positions = Array(29).fill(0);
    const set: Record<number, number> = {
      2: 1,
      3: 2,
      8: 1,
      10: 1,
      11: 3,
      17: 2,
      18: 1,
      23: 1,
      25: 2,
      26: 1,
      28: 2,
    };
    for (const [item, option] of Object.entries(set)) positions[Number(item) - 1] = option;
    const met = await c.post("/api/screenings", citybits(positions));
    expect(met.status).toBe(201);
    expect(met.json.total).toBe(10);
    expect(met.json.criteria).toEqual({
      met: {
        stressor: true,
        re_experiencing: true,
        avoidance: true,
        negative_mood: true,
        hyperarousal: true,
        duration: true,
        distress_impairment: true,
        other_cause: false,
        dissociative: true,
        delayed_onset: true,
      },
      allRequiredMet: true,
      excluded: false,
      criteriaMet: true,
      specifiers: ["dissociative", "delayed_onset"],
    });

    // Kept: the saved result reads back with the same criteria.
    const stored = await c.get(`/api/screenings/${met.json.id}`);
    expect(stored.status).toBe(200);
    expect(stored.json.total).toBe(10);
    expect(stored.json.criteria.criteriaMet).toBe(true);
    expect(stored.json.criteria.specifiers).toEqual(["dissociative", "delayed_onset"]);
  });
});

describe("the City BiTS without its wording", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
  });
  afterAll(() => server?.close());

  it("is listed as unavailable, saying the wording is not bundled and how an instance can offer it", async () => {
    const c = server.client();
    await c.signUp(uniqueEmail("citybits-none"));
    const list = (await c.get("/api/instruments")).json.items;
    const summary = list.find((i: { id: string }) => i.id === "citybits");
    expect(summary.available).toBe(false);
    expect(summary.unavailableReason).toMatch(/not bundled/);
    expect(summary.unavailableReason).toMatch(/ATTUNE_CITYBITS_TEXT/);
    const refused = await c.get("/api/instruments/citybits");
    expect(refused.status).toBe(409);
    const post = await c.post("/api/screenings", citybits(Array(29).fill(0)));
    expect(post.status).toBe(409);
  });
});
