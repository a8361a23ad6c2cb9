// The words an import adds to a family's log follow the importer's language, on both databases: a parent who
// reads Attune in Spanish gets "Registrado por …" and Attune's other words in Spanish, while the file's own text
// (a caregiver's name, Huckleberry's conditions) stays as written; a parent in English gets them in English.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import type { HttpClient } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const FILE = [
  '"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes","Logged By"',
  '"Sleep","2026-10-18 19:30","2026-10-19 06:05","10:35","Under_10_minutes","On own in bed","Happy",,"Maya"',
  '"Meds","2026-10-18 08:00",,,"2.5 ml",,,,"Sam"',
].join("\n");

type Entry = { type: string; details: Record<string, unknown>; note: string | null };

describe.each(databaseKinds)("an import's words in the importer's language on %s", (kind) => {
  let server: TestServer;
  let f: TwoFamilies;
  const post = (client: HttpClient, babyId: string, dryRun: "true" | "false") =>
    client.request(
      "POST",
      `/api/babies/${babyId}/imports?${new URLSearchParams({ timeZone: "America/New_York", dryRun })}`,
      FILE,
      { "content-type": "text/csv" },
    );

  beforeAll(async () => {
    server = await startTestServer(kind);
    f = await twoFamilies(server);
  });
  afterAll(() => server?.close());

  it("writes Attune's words in Spanish for a Spanish-speaking parent, the file's text as written", async () => {
    expect((await f.other.patch("/api/me/preferences", { locale: "es" })).status).toBe(200);
    expect((await post(f.other, f.otherBabyId, "false")).status).toBe(201);
    const entries = (await f.other.get(`/api/babies/${f.otherBabyId}/entries?limit=500`)).json
      .items as Entry[];
    expect(entries.find((e) => e.type === "sleep")?.note).toBe(
      "Under 10 minutes · se despertó: Happy · Registrado por Maya",
    );
    expect(entries.find((e) => e.type === "medication")).toMatchObject({
      details: { name: "Medicina", dose: "2.5 ml" },
      note: "Registrado por Sam",
    });
  });

  it("writes them in English for a parent who reads Attune in English", async () => {
    const preview = await post(f.mum, f.babyId, "true");
    expect(preview.status).toBe(200);
    const sample = preview.json.sample as Entry[];
    expect(sample.find((e) => e.type === "sleep")?.note).toBe(
      "Under 10 minutes · woke: Happy · Logged by Maya",
    );
    expect(sample.find((e) => e.type === "medication")).toMatchObject({
      details: { name: "Medicine", dose: "2.5 ml" },
      note: "Logged by Sam",
    });
  });
});
