import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const isoDay = (daysFromNow: number) =>
  new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

interface Mine {
  reminders: boolean;
  items: { key: string; instrumentId: string; status: string; babyId: string }[];
  stage: { expecting: boolean; afterBirth: boolean };
}

describe.each(databaseKinds)("check-in suggestions over every family on %s", (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  async function person(name: string): Promise<HttpClient> {
    const client = server.client();
    expect((await client.signUp(uniqueEmail(name))).status).toBe(200);
    return client;
  }

  async function familyWith(client: HttpClient, baby: Record<string, string>) {
    const family = await client.post("/api/families", { name: "Family", relationship: "mother" });
    const made = await client.post(`/api/families/${family.json.id}/babies`, { name: "Baby", ...baby });
    expect(made.status).toBe(201);
    return made.json.id as string;
  }

  const mine = async (client: HttpClient) => {
    const res = await client.get("/api/screenings/suggestions/mine");
    expect(res.status).toBe(200);
    return res.json as Mine;
  };

  it("suggests around every baby in every family, not only the first one", async () => {
    const ife = await person("two-families");
    // The first family's baby is five months old; the second family's baby is due in six weeks.
    const older = await familyWith(ife, { birthDate: isoDay(-150) });
    const expected = await familyWith(ife, { dueDate: isoDay(42) });
    const res = await mine(ife);
    expect(res.stage).toEqual({ expecting: true, afterBirth: true });
    // The pregnancy reflection comes from the second family's expected baby.
    expect(res.items.find((s) => s.instrumentId === "maas")).toMatchObject({
      key: "pregnancy_third_trimester",
      status: "due",
      babyId: expected,
    });
    // The mood check-in from the first family's baby, once, even with two babies.
    const mood = res.items.filter((s) => s.instrumentId === "phq9");
    expect(mood).toHaveLength(1);
    expect(mood[0]).toMatchObject({ key: "after_birth_4_months", status: "due", babyId: older });
    // Asking about the first baby alone leaves the pregnancy out.
    const first = await ife.get(`/api/screenings/suggestions?babyId=${older}`);
    expect(first.json.items.map((s: { instrumentId: string }) => s.instrumentId)).not.toContain("maas");
  });

  it("says where the person is: after a birth only, expecting only, or neither", async () => {
    const born = await person("born-only");
    await familyWith(born, { birthDate: isoDay(-20) });
    const afterBirth = await mine(born);
    expect(afterBirth.stage).toEqual({ expecting: false, afterBirth: true });
    expect(afterBirth.items.map((s) => s.instrumentId)).not.toContain("maas");

    const pregnant = await person("expecting-only");
    await familyWith(pregnant, { dueDate: isoDay(30) });
    expect((await mine(pregnant)).stage).toEqual({ expecting: true, afterBirth: false });

    const newcomer = await person("no-family");
    expect(await mine(newcomer)).toEqual({
      reminders: true,
      items: [],
      stage: { expecting: false, afterBirth: false },
    });
  });

  it("counts a mood check-in already done for every baby, and asks for a session", async () => {
    const sam = await person("done-once");
    await familyWith(sam, { birthDate: isoDay(-40) });
    await familyWith(sam, { birthDate: isoDay(-35) });
    expect((await mine(sam)).items.map((s) => s.key)).toContain("after_birth_1_month");
    const answers = Array.from({ length: 9 }, (_, i) => ({ item: String(i + 1), option: 0 }));
    expect(
      (await sam.post("/api/screenings", { instrumentId: "phq9", subject: "self", answers })).status,
    ).toBe(201);
    expect((await mine(sam)).items.map((s) => s.key)).not.toContain("after_birth_1_month");
    expect((await server.client().get("/api/screenings/suggestions/mine")).status).toBe(401);
  });
});
