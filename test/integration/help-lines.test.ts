// Every region's help lines lead with a free crisis line, the kinds stay apart, and a person's own region
// (Settings) decides the crisis block and the help page for them, with or without a family.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

interface Line {
  key: string;
  kind: string;
  call?: string;
  text?: { number: string; body?: string };
  moreTexts?: { number: string; body?: string; languages?: string[] }[];
  url?: string;
  source: string;
  checked: string;
}
const phq9Item9 = {
  instrumentId: "phq9",
  subject: "self",
  answers: [0, 0, 0, 0, 0, 0, 0, 0, 1].map((option, i) => ({ item: String(i + 1), option })),
};
const US_BROWSER = { "accept-language": "en-US,en;q=0.9" };

describe.each(databaseKinds)("help lines and a person's region on %s", (kind) => {
  let server: TestServer;
  let anonymous: HttpClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    anonymous = server.client();
  });
  afterAll(() => server?.close());

  const linesOf = async (region: string): Promise<Line[]> => {
    const r = await anonymous.get(`/api/help-resources?region=${region}`);
    expect(r.status).toBe(200);
    return r.json.lines;
  };

  it.each([
    ["US", "us_988", "988"],
    ["GB", "gb_samaritans", "116 123"],
    ["IE", "ie_samaritans", "116 123"],
    ["ES", "es_024", "024"],
    ["MX", "mx_linea_de_la_vida", "800 911 2000"],
    ["CA", "ca_988", "988"],
    ["AU", "au_lifeline", "13 11 14"],
  ])("%s leads with its free crisis line (%s, %s), then the emergency number", async (region, key, call) => {
    const lines = await linesOf(region);
    expect(lines[0]).toMatchObject({ key, kind: "crisis", call });
    const kinds = lines.map((l) => l.kind);
    // Crisis lines, then the emergency number, then the rest: never a support line before a crisis line.
    expect(kinds.indexOf("emergency")).toBeGreaterThan(kinds.lastIndexOf("crisis"));
    for (const l of lines) {
      expect(l.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(l.source).not.toBe("");
    }
  });

  it("carries the text routes: 50808 in Ireland, Shout in the UK, AYUDA for 988 in Spanish, 9-8-8 by text", async () => {
    const ie = await linesOf("IE");
    expect(ie.find((l) => l.key === "ie_50808")).toMatchObject({ kind: "crisis", text: { number: "50808" } });
    const gb = await linesOf("GB");
    expect(gb.find((l) => l.key === "gb_shout")).toMatchObject({
      kind: "crisis",
      text: { number: "85258", body: "SHOUT" },
    });
    // The PANDAS word on the same number stays perinatal: it is not a crisis line of its own.
    expect(gb.find((l) => l.key === "gb_pandas_text")?.kind).toBe("perinatal");
    const us = await linesOf("US");
    expect(us[0]?.moreTexts).toEqual([{ number: "988", body: "AYUDA", languages: ["es"] }]);
    expect((await linesOf("CA"))[0]).toMatchObject({ text: { number: "988" } });
  });

  it("keeps perinatal and parent-support lines apart from crisis lines", async () => {
    const au = await linesOf("AU");
    expect(au.find((l) => l.key === "au_panda")?.kind).toBe("perinatal");
    expect(au.at(-1)?.key).toBe("au_panda");
    expect((await linesOf("US")).find((l) => l.key === "us_childhelp")).toMatchObject({
      kind: "support",
      call: "1-800-422-4453",
    });
    expect((await linesOf("GB")).find((l) => l.key === "gb_nspcc")).toMatchObject({
      kind: "support",
      call: "0808 800 5000",
    });
  });

  it("points a region without lines to the local emergency number and Find A Helpline", async () => {
    const r = await anonymous.get("/api/help-resources?region=FR");
    expect(r.json).toMatchObject({ region: "FR", known: false });
    expect(r.json.lines).toHaveLength(1);
    expect(r.json.lines[0]).toMatchObject({ kind: "emergency", url: "https://findahelpline.com/" });
    expect(r.json.lines[0].note.en).toContain("findahelpline.com");
  });

  describe("a person's own region", () => {
    let pregnant: HttpClient;

    beforeAll(async () => {
      pregnant = server.client();
      await pregnant.signUp(uniqueEmail("no-family"));
    });

    it("starts unset, takes any help region or null, and refuses others with a message", async () => {
      expect((await pregnant.get("/api/me")).json.preferences.region).toBeNull();
      const set = await pregnant.patch("/api/me/preferences", { region: "CA" });
      expect(set.status).toBe(200);
      expect(set.json.preferences.region).toBe("CA");
      const bad = await pregnant.patch("/api/me/preferences", { region: "FR" });
      expect(bad.status).toBe(400);
      expect(bad.text).toMatch(/US, GB, IE, ES, MX, CA, AU/);
      expect((await pregnant.get("/api/me")).json.preferences.region).toBe("CA");
    });

    it("decides the crisis block and the help page for someone with no family", async () => {
      await pregnant.patch("/api/me/preferences", { region: "CA" });
      const r = await pregnant.post("/api/screenings", phq9Item9, US_BROWSER);
      expect(r.status).toBe(201);
      expect(r.json.crisis.region).toBe("CA");
      expect(r.json.crisis.lines[0]).toMatchObject({ key: "ca_988", kind: "crisis" });
      const help = await pregnant.get("/api/help-resources", US_BROWSER);
      expect(help.json.region).toBe("CA");
      // Asked for explicitly, a region still wins (someone looking up a friend's country).
      expect((await pregnant.get("/api/help-resources?region=MX")).json.region).toBe("MX");
      // Read again later, the result's crisis block follows the same rule.
      expect((await pregnant.get(`/api/screenings/${r.json.id}`)).json.crisis.region).toBe("CA");
    });

    it("comes before the family's region, and null follows the family's again", async () => {
      const parent = server.client();
      await parent.signUp(uniqueEmail("apart"));
      const family = await parent.post("/api/families", { name: "Apart", region: "ES" });
      expect(family.status).toBe(201);
      const asFamily = await parent.post("/api/screenings", phq9Item9, US_BROWSER);
      expect(asFamily.json.crisis.lines[0]).toMatchObject({ key: "es_024", call: "024" });

      await parent.patch("/api/me/preferences", { region: "IE" });
      const own = await parent.post("/api/screenings", phq9Item9, US_BROWSER);
      expect(own.json.crisis.region).toBe("IE");
      expect(own.json.crisis.lines[0].key).toBe("ie_samaritans");

      await parent.patch("/api/me/preferences", { region: null });
      const back = await parent.post("/api/screenings", phq9Item9, US_BROWSER);
      expect(back.json.crisis.region).toBe("ES");
    });

    it("leaves a signed-out visitor to their browser's languages", async () => {
      const r = await anonymous.get("/api/help-resources", { "accept-language": "es-MX,es" });
      expect(r.json.region).toBe("MX");
      expect(r.json.lines[0].key).toBe("mx_linea_de_la_vida");
    });
  });
});
