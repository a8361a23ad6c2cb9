// History from another tracker, through the API on both databases: previewed without writing, imported as
// one batch, a second import of the same file adding nothing, a longer export adding only its new rows, undo
// taking back exactly the batch, and no one outside the family able to import into it, list or undo.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import type { HttpClient } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const HEADER =
  '"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes","Logged By"';
const WEEK = [
  HEADER,
  '"Sleep","2026-10-18 19:30","2026-10-19 06:05","10:35","Under_10_minutes","On own in bed","Happy",,"Maya"',
  '"Feed","2026-10-18 19:00","2026-10-18 19:24","00:24","00:12R","Breast","00:12L",,"Maya"',
  '"Diaper","2026-10-18 18:55",,,,,"Pee:small",,"Sam"',
  '"Feed","2026-10-18 12:35",,,"Breast Milk","Bottle","4oz","first bottle, ""easy""","Sam"',
  '"Diaper","2026-09-31 07:45",,,,,"Dry",,"Sam"',
  '"Potty","2026-10-18 08:00",,,,,,,"Gran"',
].join("\n");
const LATER = `${WEEK}\n"Bath","2026-10-19 18:40","2026-10-19 18:55","00:15",,,,"splashing","Sam"`;

describe.each(databaseKinds)("importing Huckleberry history on %s", (kind) => {
  let server: TestServer;
  let f: TwoFamilies;
  const post = (client: HttpClient, babyId: string, csv: string, query: Record<string, string> = {}) =>
    client.request(
      "POST",
      `/api/babies/${babyId}/imports?${new URLSearchParams({ timeZone: "America/New_York", ...query })}`,
      csv,
      { "content-type": "text/csv" },
    );
  const count = async (client: HttpClient, babyId: string) =>
    (await client.get(`/api/babies/${babyId}/entries?limit=500`)).json.items.length as number;

  beforeAll(async () => {
    server = await startTestServer(kind);
    f = await twoFamilies(server);
  });
  afterAll(() => server?.close());

  it("previews without writing: counts in Attune's types, the range, a sample, and each unreadable line", async () => {
    const preview = await post(f.mum, f.babyId, WEEK);
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({
      id: null,
      format: "huckleberry",
      dryRun: true,
      counts: { sleep: 1, feed: 2, diaper: 1, custom: 1 },
      total: 5,
      duplicates: 0,
      range: { from: "2026-10-18T12:00:00.000Z", to: "2026-10-19T10:05:00.000Z" },
    });
    expect(preview.json.errors).toEqual([
      {
        line: 6,
        code: "bad_start",
        params: { value: "2026-09-31 07:45" },
        message: expect.stringMatching(/2026-09-31/),
      },
    ]);
    expect(preview.json.sample).toHaveLength(5);
    const bottle = preview.json.sample.find(
      (s: { details: { method?: string } }) => s.details.method === "bottle",
    );
    expect(bottle).toMatchObject({
      details: { amountMl: 118.29, unit: "oz", milk: "breast_milk" },
      loggedBy: "Sam",
    });
    expect(await count(f.mum, f.babyId)).toBe(0);
  });

  it("imports once: the same file again adds nothing, a longer export adds only its new row", async () => {
    const first = await post(f.mum, f.babyId, WEEK, { dryRun: "false" });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ dryRun: false, total: 5, added: 5, duplicates: 0 });
    expect(first.json.id).toEqual(expect.any(String));
    const entries = (await f.dad.get(`/api/babies/${f.babyId}/entries?limit=500`)).json.items;
    expect(entries).toHaveLength(5);
    // The caregiver named in the file stays words in the note; the entry is the importer's.
    expect(entries.find((e: { type: string }) => e.type === "custom")).toMatchObject({
      details: { label: "Potty" },
      note: "Logged by Gran",
    });

    const again = await post(f.mum, f.babyId, WEEK, { dryRun: "false" });
    expect(again.json).toMatchObject({ total: 5, added: 0, duplicates: 5 });
    expect((await post(f.mum, f.babyId, LATER)).json).toMatchObject({ total: 6, duplicates: 5, added: 1 });
    const longer = await post(f.dad, f.babyId, LATER, { dryRun: "false" });
    expect(longer.json).toMatchObject({ total: 6, added: 1, duplicates: 5 });
    expect(await count(f.mum, f.babyId)).toBe(6);

    const listed = (await f.mum.get(`/api/babies/${f.babyId}/imports`)).json.items;
    expect(listed.map((i: { added: number }) => i.added)).toEqual([1, 0, 5]);
    expect(listed.every((i: { undoable: boolean }) => i.undoable)).toBe(true);
  });

  it("undoes exactly one batch, keeps what was logged since, and says so when asked twice", async () => {
    const listed = (await f.mum.get(`/api/babies/${f.babyId}/imports`)).json.items;
    const firstBatch = listed.at(-1).id as string;
    const mine = await f.mum.post(`/api/babies/${f.babyId}/entries`, {
      type: "diaper",
      startedAt: new Date(Date.now() - 60_000).toISOString(),
      details: { kind: "wet" },
    });
    expect(mine.status).toBe(201);
    const undo = await f.dad.delete(`/api/imports/${firstBatch}`);
    expect(undo.status).toBe(200);
    expect(undo.json).toEqual({ removed: 5 });
    // The bath from the later batch and the diaper logged by hand stay.
    const left = (await f.mum.get(`/api/babies/${f.babyId}/entries?limit=500`)).json.items;
    expect(left.map((e: { type: string }) => e.type).sort()).toEqual(["bath", "diaper"]);
    expect((await f.dad.delete(`/api/imports/${firstBatch}`)).status).toBe(409);
    // Phones hear of it: the undone entries come back as deletions in the next sync.
    const sync = await f.mum.post("/api/sync", { changes: [] });
    expect(sync.status).toBe(200);
    expect(sync.json.changes.filter((c: { op: string }) => c.op === "delete")).toHaveLength(5);
  });

  it("recognises a Nara Baby export by its columns, and names its child", async () => {
    const nara = [
      "Type,Profile Name,Start Date/time (Epoch),Created By Caregiver,Time Zone,[Diaper] Type,[Sleep] Duration (Seconds),[Profile] Birth Date,_activityKey",
      `Diaper,,${Date.parse("2026-10-20T08:00:00Z")},Ida,Europe/Copenhagen,Wet,,,n1`,
      `Sleep,,${Date.parse("2026-10-20T09:00:00Z")},Ida,Europe/Copenhagen,,3600,,n2`,
      "Profile,Alma,,,,,,2026-07-30",
    ].join("\n");
    const preview = await post(f.mum, f.babyId, nara);
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({
      format: "nara",
      counts: { diaper: 1, sleep: 1 },
      total: 2,
      errors: [],
      child: { name: "Alma", birthDate: "2026-07-30" },
    });
  });

  it("lets no one outside the family import, list or undo", async () => {
    expect((await post(f.other, f.babyId, WEEK)).status).toBe(404);
    expect((await post(f.other, f.babyId, WEEK, { dryRun: "false" })).status).toBe(404);
    expect((await f.other.get(`/api/babies/${f.babyId}/imports`)).status).toBe(404);
    const batch = (await f.mum.get(`/api/babies/${f.babyId}/imports`)).json.items[0].id as string;
    expect((await f.other.delete(`/api/imports/${batch}`)).status).toBe(404);
    expect((await server.client().get(`/api/babies/${f.babyId}/imports`)).status).toBe(401);
    expect(await count(f.other, f.otherBabyId)).toBe(0);
  });

  it("refuses what is not an export, in words, writing nothing", async () => {
    const before = await count(f.mum, f.babyId);
    const other = await post(f.mum, f.babyId, "Date,Weight\n2026-10-01,6.1\n", { dryRun: "false" });
    expect(other.status).toBe(400);
    expect(other.json.error.code).toBe("unknown_format");
    const forced = await post(f.mum, f.babyId, "Date,Weight\n2026-10-01,6.1\n", { format: "huckleberry" });
    expect(forced.status).toBe(400);
    expect(forced.json.error.message).toMatch(/not a Huckleberry export/);
    expect((await post(f.mum, f.babyId, HEADER)).json.error.code).toBe("no_rows");
    expect((await post(f.mum, f.babyId, WEEK, { timeZone: "Mars/Olympus" })).status).toBe(400);
    const binary = await f.mum.request(
      "POST",
      `/api/babies/${f.babyId}/imports?dryRun=false`,
      "PK\u0003\u0004 not really a zip",
      { "content-type": "application/octet-stream" },
    );
    expect(binary.status).toBe(400);
    expect(binary.json.error.code).toBe("bad_zip");
    expect(await count(f.mum, f.babyId)).toBe(before);
  });
});
