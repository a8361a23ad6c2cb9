// Attune's own exports as history, and the ways a file arrives, on both databases: one baby's export (JSON and
// CSV) and the family's (JSON and zip) keep their moments and cues; imported back where they came from they
// add nothing; a family export with two babies asks which; a form upload works like a raw one; a zip bomb is
// refused unread; and an import undone then made again (say with the right time zone) brings its rows back.
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import type { HttpClient } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const HUCKLEBERRY = [
  '"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes"',
  '"Diaper","2026-10-18 18:55",,,,,"Pee:small",',
  '"Feed","2026-10-18 12:35",,,"Formula","Bottle","4oz",',
].join("\n");

describe.each(databaseKinds)("importing Attune's own exports on %s", (kind) => {
  let server: TestServer;
  let f: TwoFamilies;
  let secondBabyId: string;
  const post = (
    client: HttpClient,
    babyId: string,
    body: string | Uint8Array | FormData,
    query: Record<string, string> = {},
    type?: string,
  ) =>
    client.request(
      "POST",
      `/api/babies/${babyId}/imports?${new URLSearchParams({ timeZone: "America/New_York", ...query })}`,
      body,
      type ? { "content-type": type } : {},
    );
  const entriesOf = async (babyId: string) =>
    (await f.mum.get(`/api/babies/${babyId}/entries?limit=500`)).json.items as {
      type: string;
      moments: string[];
      cues: string[];
      note: string | null;
    }[];

  beforeAll(async () => {
    server = await startTestServer(kind);
    f = await twoFamilies(server);
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
    await f.mum.post(`/api/babies/${f.babyId}/entries`, {
      type: "bath",
      startedAt: at(30),
      endedAt: at(29.8),
      moments: ["singing", "eye_contact"],
      cues: [],
      note: "she loved the warm water",
    });
    const diaper = await f.mum.post(`/api/babies/${f.babyId}/entries`, {
      type: "diaper",
      startedAt: at(20),
      endedAt: null,
      details: { kind: "wet" },
      moments: ["talking"],
      cues: ["content"],
    });
    expect(diaper.status).toBe(201);
    secondBabyId = (
      await f.mum.post(`/api/families/${f.familyId}/babies`, { name: "Wren", birthDate: "2026-11-01" })
    ).json.id;
  });
  afterAll(() => server?.close());

  it("reads one baby's export back: nothing added where it came from, moments kept in another baby", async () => {
    const exported = (await f.mum.get(`/api/babies/${f.babyId}/export`)).text;
    const back = await post(f.mum, f.babyId, exported, { dryRun: "false" }, "application/json");
    expect(back.status).toBe(201);
    expect(back.json).toMatchObject({ format: "attune", total: 2, added: 0, duplicates: 2 });

    const moved = await post(f.mum, secondBabyId, exported, { dryRun: "false" }, "application/json");
    expect(moved.json).toMatchObject({ total: 2, added: 2, child: { id: f.babyId, name: "Robin" } });
    const bath = (await entriesOf(secondBabyId)).find((e) => e.type === "bath");
    expect(bath).toMatchObject({ moments: ["singing", "eye_contact"], note: "she loved the warm water" });

    const csv = (await f.mum.get(`/api/babies/${f.babyId}/export?format=csv`)).text;
    const fromCsv = await post(f.mum, secondBabyId, csv, {}, "text/csv");
    // The CSV holds the same entries as the JSON just imported: already there.
    expect(fromCsv.json).toMatchObject({ format: "attune", total: 2, duplicates: 2, added: 0 });
  });

  it("asks which baby of a family export, then reads it, zipped too", async () => {
    const family = (await f.mum.get(`/api/families/${f.familyId}/export`)).text;
    const target = f.otherBabyId;
    const asked = await post(f.other, target, family, {}, "application/json");
    expect(asked.status).toBe(400);
    expect(asked.json.error.code).toBe("choose_child");
    expect(asked.json.error.details.children.map((c: { name: string }) => c.name).sort()).toEqual([
      "Robin",
      "Wren",
    ]);
    const chosen = await post(f.other, target, family, { child: f.babyId }, "application/json");
    expect(chosen.json).toMatchObject({ format: "attune", total: 2, child: { name: "Robin" } });

    const cookie = [...f.mum.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const zip = await fetch(`${f.mum.base}/api/families/${f.familyId}/export?format=zip`, {
      headers: { cookie },
    });
    expect(zip.status).toBe(200);
    const bytes = new Uint8Array(await zip.arrayBuffer());
    const zipped = await post(f.other, target, bytes, { child: f.babyId }, "application/zip");
    expect(zipped.json).toMatchObject({ format: "attune", total: 2 });
  });

  it("takes the file from a form as from a raw body", async () => {
    const form = new FormData();
    form.append("file", new Blob([HUCKLEBERRY], { type: "text/csv" }), "huckleberry.csv");
    const preview = await post(f.mum, f.babyId, form);
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ format: "huckleberry", total: 2 });
    const empty = await post(f.mum, f.babyId, new FormData());
    expect(empty.status).toBe(400);
  });

  it("refuses a zip bomb without inflating it, and a damaged zip, writing nothing", async () => {
    const before = (await entriesOf(f.babyId)).length;
    const bomb = zipSync({ "export.csv": new Uint8Array(80 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const refused = await post(f.mum, f.babyId, bomb, { dryRun: "false" }, "application/zip");
    expect(refused.status).toBe(413);
    expect(refused.json.error.code).toBe("too_large");
    const damaged = await post(
      f.mum,
      f.babyId,
      strToU8("PK\u0003\u0004 not really a zip"),
      { dryRun: "false" },
      "application/zip",
    );
    expect(damaged.status).toBe(400);
    expect(damaged.json.error.code).toBe("bad_zip");
    const two = zipSync({ "a.csv": strToU8(HUCKLEBERRY), "b.csv": strToU8(HUCKLEBERRY) });
    expect((await post(f.mum, f.babyId, two, {}, "application/zip")).status).toBe(415);
    const one = zipSync({ "huckleberry.csv": strToU8(HUCKLEBERRY) });
    expect((await post(f.mum, f.babyId, one, {}, "application/zip")).json.total).toBe(2);
    expect((await entriesOf(f.babyId)).length).toBe(before);
  });

  it("brings rows back when an undone import is made again, and leaves ones deleted by hand deleted", async () => {
    const first = await post(f.dad, secondBabyId, HUCKLEBERRY, { dryRun: "false" }, "text/csv");
    expect(first.json.added).toBe(2);
    expect((await f.dad.delete(`/api/imports/${first.json.id}`)).json).toEqual({ removed: 2 });
    const again = await post(
      f.dad,
      secondBabyId,
      HUCKLEBERRY,
      { dryRun: "false", timeZone: "Europe/Madrid" },
      "text/csv",
    );
    expect(again.json).toMatchObject({ added: 2, duplicates: 0 });
    const diaper = (await f.mum.get(`/api/babies/${secondBabyId}/entries?limit=500`)).json.items.find(
      (e: { type: string; startedAt: string }) =>
        e.type === "diaper" && e.startedAt === "2026-10-18T16:55:00.000Z",
    );
    expect(diaper).toBeDefined();
    expect((await f.mum.delete(`/api/entries/${diaper.id}`)).status).toBe(204);
    const third = await post(
      f.dad,
      secondBabyId,
      HUCKLEBERRY,
      { dryRun: "false", timeZone: "Europe/Madrid" },
      "text/csv",
    );
    expect(third.json).toMatchObject({ added: 0, duplicates: 2 });
  });
});
