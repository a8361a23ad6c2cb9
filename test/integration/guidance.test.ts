import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { twoFamilies } from "../support/family-fixture.js";
import type { HttpClient } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe.each(databaseKinds)("the crying helper on %s", (kind) => {
  let server: TestServer;
  let mum: HttpClient;
  let dad: HttpClient;
  let other: HttpClient;
  let familyId: string;
  let babyId: string;
  const crying = (client: HttpClient, query = "", headers?: Record<string, string>) =>
    client.get(`/api/guidance/crying?babyId=${babyId}${query}`, headers);

  beforeAll(async () => {
    server = await startTestServer(kind);
    ({ mum, dad, other, familyId, babyId } = await twoFamilies(server));
    // Robin is 5 weeks old: last fed 4 h ago, changed and woken recently, rocked and shushed last week.
    const log = [
      {
        type: "feed",
        startedAt: ago(240),
        endedAt: ago(225),
        details: { method: "breast", leftSeconds: 600 },
      },
      { type: "sleep", startedAt: ago(150), endedAt: ago(60) },
      { type: "diaper", startedAt: ago(30), details: { kind: "wet" } },
      {
        type: "soothing",
        startedAt: ago(7 * 1440),
        endedAt: ago(7 * 1440 - 10),
        details: { helped: ["rocking"] },
      },
      {
        type: "soothing",
        startedAt: ago(2 * 1440),
        endedAt: ago(2 * 1440 - 10),
        details: { helped: ["rocking", "shushing"] },
      },
    ];
    for (const entry of log) {
      const res = await mum.post(`/api/babies/${babyId}/entries`, entry);
      if (res.status !== 201) throw new Error(`fixture: ${res.status} ${res.text}`);
    }
  });
  afterAll(() => server?.close());

  it("ranks the reasons from what the caregivers logged: last fed 4 h ago, hunger first", async () => {
    const res = await crying(mum);
    expect(res.status).toBe(200);
    expect(res.json.lang).toBe("en");
    expect(res.json.age).toMatchObject({ days: 35, estimated: false });
    const [first] = res.json.reasons;
    expect(first).toMatchObject({ key: "hunger", rank: 1, title: "Hungry?", why: { code: "last_feed" } });
    // 240 minutes, give or take the seconds the fixture took.
    expect(first.why.values.minutes).toBeGreaterThanOrEqual(240);
    expect(first.why.values.minutes).toBeLessThan(245);
    expect(first.whyText).toMatch(/^last feed 4 h( \d min)? ago/);
    expect(first.sources).toContain("aapFeedingHowOften");
    const keys = res.json.reasons.map((r: { key: string }) => r.key);
    expect(keys).toEqual(expect.arrayContaining(["diaper", "tired", "wants_closeness", "discomfort"]));
    // The feed suggestion answers the top reason; rocking helped before and says so.
    expect(res.json.soothing.suggestions[0].key).toBe("feed");
    expect(res.json.soothing.helpedBefore[0]).toMatchObject({
      method: "rocking",
      count: 2,
      suggestion: "rocking",
    });
    expect(res.json.forCaregiver.map((l: { key: string }) => l.key)).toContain("never_shake");
    // The other caregiver of the same baby sees the same reasons.
    expect((await crying(dad)).json.reasons[0].key).toBe("hunger");
  });

  it("keeps another family's baby hidden, asks for a session, and says what is missing", async () => {
    const outsider = await crying(other);
    expect(outsider.status).toBe(404);
    expect(outsider.text).not.toContain("Robin");
    expect((await crying(server.client())).status).toBe(401);
    const unknown = await mum.get("/api/guidance/crying?babyId=no-such-baby");
    expect(unknown.status).toBe(404);
    const missing = await mum.get("/api/guidance/crying");
    expect(missing.status).toBe(400);
    expect(missing.json.error.message).toContain("babyId");
    expect((await crying(mum, "&lang=fr")).status).toBe(400);
    expect((await crying(mum, "&sparkle=1")).status).toBe(400);
  });

  it("answers in Spanish with lang=es, and by default in the caller's own language", async () => {
    const es = await crying(mum, "&lang=es");
    expect(es.json.lang).toBe("es");
    expect(es.json.reasons[0].title).toBe("¿Tiene hambre?");
    expect(es.json.forCaregiver[0].text).toMatch(/Respira/);
    expect(es.json.redFlags.find((f: { key: string }) => f.key === "trouble_breathing").text).toMatch(
      /respirar/,
    );
    // The English why stays for API consumers; the machine-readable why is the same in both.
    expect(es.json.reasons[0].why).toEqual((await crying(mum)).json.reasons[0].why);
    expect((await dad.patch("/api/me/preferences", { locale: "es" })).status).toBe(200);
    expect((await crying(dad)).json.lang).toBe("es");
  });

  it("gives the region's numbers: 999 and NHS 111 for GB, 911 from es-MX, US by default", async () => {
    const gb = await crying(mum, "&region=GB");
    expect(gb.json.help).toMatchObject({
      region: "GB",
      emergency: "999",
      nonUrgentMedical: { number: "111" },
    });
    const breathing = gb.json.redFlags.find((f: { key: string }) => f.key === "trouble_breathing");
    expect(breathing).toMatchObject({ action: "emergency", phone: "999", urgent: false });
    const mx = await crying(mum, "", { "accept-language": "es-MX,es;q=0.9,en;q=0.5" });
    expect(mx.json.region).toBe("MX");
    expect(mx.json.help.emergency).toBe("911");
    expect((await crying(mum)).json.help).toMatchObject({ region: "US", emergency: "911" });
  });

  it("puts a logged fever in a young baby at the very top, as urgent", async () => {
    const born = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    const wren = (await mum.post(`/api/families/${familyId}/babies`, { name: "Wren", birthDate: born })).json
      .id;
    await mum.post(`/api/babies/${wren}/entries`, {
      type: "temperature",
      startedAt: ago(15),
      details: { celsius: 38.4, method: "rectal" },
    });
    const res = await mum.get(`/api/guidance/crying?babyId=${wren}&region=GB`);
    expect(res.status).toBe(200);
    expect(res.json.redFlags[0]).toMatchObject({
      key: "fever",
      urgent: true,
      action: "call_doctor",
      phone: "111",
      why: { code: "temperature", values: { celsius: 38.4 } },
    });
    expect(res.json.redFlags[0].whyText).toMatch(/38.4 °C was logged 1\d min ago/);
    expect(res.json.redFlags.filter((f: { urgent: boolean }) => f.urgent)).toHaveLength(1);
    expect(res.json.reasons.map((r: { key: string }) => r.key)).not.toContain("fever");
  });

  it("raises 39 °C at 3–6 months for a 4-month-old, and the under-3-months fever for a 2-month-old", async () => {
    type Flag = { key: string; text: string; urgent: boolean };
    const babyWithFever = async (name: string, days: number) => {
      const born = new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
      const id = (await mum.post(`/api/families/${familyId}/babies`, { name, birthDate: born })).json.id;
      const logged = await mum.post(`/api/babies/${id}/entries`, {
        type: "temperature",
        startedAt: ago(30),
        details: { celsius: 39.2 },
      });
      expect(logged.status).toBe(201);
      const res = await mum.get(`/api/guidance/crying?babyId=${id}&lang=en&region=GB`);
      expect(res.status).toBe(200);
      return res.json.redFlags as Flag[];
    };

    const older = await babyWithFever("Rae", 120);
    expect(older[0]).toMatchObject({
      key: "fever_3_to_6_months",
      urgent: true,
      action: "call_doctor",
      phone: "111",
      why: { code: "temperature", values: { celsius: 39.2 } },
    });
    expect(older.filter((f) => f.urgent).map((f) => f.key)).toEqual(["fever_3_to_6_months"]);
    expect(older[0]?.text).toMatch(/39 °C \(102\.2 °F\) or more in a baby 3 to 6 months old/);
    // Every warning sign the safety issue asks for is in the same reply.
    const texts = older.map((f) => f.text);
    for (const sign of [
      /soft spot \(fontanelle\)/,
      /fit \(seizure\)/,
      /rash that does not fade[^.]*glass/,
      /blood in your baby's poo \(stool\)/i,
      /green[^.]*vomit/i,
    ])
      expect(
        texts.some((t) => sign.test(t)),
        String(sign),
      ).toBe(true);

    const younger = await babyWithFever("Ash", 61);
    expect(younger[0]).toMatchObject({ key: "fever", urgent: true, action: "call_doctor" });
    expect(younger.filter((f) => f.urgent).map((f) => f.key)).toEqual(["fever"]);
    // The 3–6 months sign is not raised for a 2-month-old: it stays a plain line of the checklist.
    expect(younger.find((f) => f.key === "fever_3_to_6_months")?.urgent).toBe(false);
  });
});
