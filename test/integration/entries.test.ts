import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "../../src/domain/ids.js";
import { twoFamilies } from "../support/family-fixture.js";
import type { HttpClient } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe.each(databaseKinds)("the co-occupation log on %s", (kind) => {
  let server: TestServer;
  let mum: HttpClient;
  let dad: HttpClient;
  let other: HttpClient;
  let babyId: string;
  let otherBabyId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ({ mum, dad, other, babyId, otherBabyId } = await twoFamilies(server));
  });
  afterAll(() => server?.close());

  it("logs an entry with its moments, cues and feeling, and shares it with the other caregiver", async () => {
    const res = await mum.post(`/api/babies/${babyId}/entries`, {
      type: "feed",
      startedAt: ago(40),
      endedAt: ago(20),
      details: { method: "breast", leftSeconds: 600, rightSeconds: 540, lastSide: "right" },
      moments: ["eye_contact", "singing"],
      cues: ["calm"],
      feeling: 4,
      note: "Sleepy and snuggly",
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ type: "feed", moments: ["eye_contact", "singing"], feeling: 4 });
    const seenByDad = await dad.get(`/api/entries/${res.json.id}`);
    expect(seenByDad.status).toBe(200);
    expect(seenByDad.json).toMatchObject({ note: "Sleepy and snuggly", moments: ["eye_contact", "singing"] });
    // How connected mum felt is hers alone.
    expect(seenByDad.json.feeling).toBeNull();
  });

  it("stores a retried POST with the same id once, and will not hand an id to another baby", async () => {
    const id = uuidv7();
    const body = { id, type: "diaper", startedAt: ago(5), details: { kind: "wet" } };
    const first = await mum.post(`/api/babies/${babyId}/entries`, body);
    const retry = await dad.post(`/api/babies/${babyId}/entries`, body);
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(retry.json).toMatchObject({ id, caregiverId: first.json.caregiverId });
    const all = (await mum.get(`/api/babies/${babyId}/entries?type=diaper&limit=500`)).json.items;
    expect(all.filter((e: { id: string }) => e.id === id)).toHaveLength(1);
    const stolen = await other.post(`/api/babies/${otherBabyId}/entries`, body);
    expect(stolen.status).toBe(409);
    expect(stolen.json.error.code).toBe("id_in_use");
    expect(JSON.stringify(stolen.json)).not.toContain(first.json.caregiverId);
  });

  it("refuses bad entries with 400 and says what to fix", async () => {
    const future = await mum.post(`/api/babies/${babyId}/entries`, {
      type: "diaper",
      startedAt: new Date(Date.now() + 3600_000).toISOString(),
      details: { kind: "wet" },
    });
    expect(future.status).toBe(400);
    expect(future.json.error.message).toContain("future");
    const badDetails = await mum.post(`/api/babies/${babyId}/entries`, {
      type: "diaper",
      startedAt: ago(1),
      details: { kind: "sparkly" },
    });
    expect(badDetails.status).toBe(400);
    expect(badDetails.json.error.details.problems[0]).toMatch(/^details\.kind/);
    const backwards = await mum.post(`/api/babies/${babyId}/entries`, {
      type: "sleep",
      startedAt: ago(10),
      endedAt: ago(20),
    });
    expect(backwards.json.error.message).toContain("endedAt must not be before startedAt");
    expect(
      (await mum.post(`/api/babies/${babyId}/entries`, { type: "teleport", startedAt: ago(1) })).status,
    ).toBe(400);
  });

  it("warns about an overlap of the same type and keeps it when accepted", async () => {
    await mum.post(`/api/babies/${babyId}/entries`, {
      type: "sleep",
      startedAt: ago(300),
      endedAt: ago(200),
    });
    const clash = await mum.post(`/api/babies/${babyId}/entries`, {
      type: "sleep",
      startedAt: ago(250),
      endedAt: ago(150),
    });
    expect(clash.status).toBe(409);
    expect(clash.json.error.details.overlapping).toHaveLength(1);
    const kept = await mum.post(`/api/babies/${babyId}/entries?acceptOverlap=true`, {
      type: "sleep",
      startedAt: ago(250),
      endedAt: ago(150),
    });
    expect(kept.status).toBe(201);
  });

  it("stores a retried entry once: the same id answers 200 with the first copy", async () => {
    const id = uuidv7();
    const body = { id, type: "diaper", startedAt: ago(5), details: { kind: "wet" } };
    const first = await mum.post(`/api/babies/${babyId}/entries`, body);
    const second = await dad.post(`/api/babies/${babyId}/entries`, body);
    expect([first.status, second.status]).toEqual([201, 200]);
    const list = await mum.get(`/api/babies/${babyId}/entries?type=diaper&limit=500`);
    expect(list.json.items.filter((e: { id: string }) => e.id === id)).toHaveLength(1);
    // The same id for another family's baby is a clash, never a way to read their entry.
    const stolen = await other.post(`/api/babies/${otherBabyId}/entries`, body);
    expect(stolen.status).toBe(409);
    expect(stolen.text).not.toContain(babyId);
  });

  it("edits, deletes with a tombstone, and restores", async () => {
    const created = await dad.post(`/api/babies/${babyId}/entries`, {
      type: "bath",
      startedAt: ago(90),
      endedAt: ago(80),
      moments: ["talking"],
    });
    const edited = await mum.patch(`/api/entries/${created.json.id}`, {
      moments: ["talking", "smiling_together"],
    });
    expect(edited.status).toBe(200);
    expect(edited.json.moments).toEqual(["talking", "smiling_together"]);
    expect((await mum.patch(`/api/entries/${created.json.id}`, { endedAt: ago(100) })).status).toBe(400);
    expect((await mum.delete(`/api/entries/${created.json.id}`)).status).toBe(204);
    expect((await dad.get(`/api/entries/${created.json.id}`)).status).toBe(404);
    const row = await server.app.attune.entries.get(created.json.id);
    expect(row?.deleted_at).toEqual(expect.any(Number));
    const restored = await dad.post(`/api/entries/${created.json.id}/restore`, {});
    expect(restored.json.deletedAt).toBeNull();
  });

  it("lists newest first with type and time filters and a cursor that visits each entry once", async () => {
    for (let i = 0; i < 7; i++) {
      await mum.post(`/api/babies/${babyId}/entries`, {
        id: randomUUID(),
        type: "reading",
        startedAt: ago(1000 + i),
        details: {},
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { json: any } = await mum.get(
        `/api/babies/${babyId}/entries?type=reading&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.json.items.map((e: { id: string }) => e.id));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    const windowed = await mum.get(
      `/api/babies/${babyId}/entries?type=reading&from=${encodeURIComponent(ago(1003))}&to=${encodeURIComponent(ago(1000))}`,
    );
    expect(windowed.json.items).toHaveLength(3);
    expect((await mum.get(`/api/babies/${babyId}/entries?cursor=garbage`)).status).toBe(400);
  });

  it("keeps one family's log from another: every route answers 404", async () => {
    const mine = (await mum.get(`/api/babies/${babyId}/entries?limit=1`)).json.items[0].id;
    expect((await other.get(`/api/babies/${babyId}/entries`)).status).toBe(404);
    expect(
      (
        await other.post(`/api/babies/${babyId}/entries`, {
          type: "diaper",
          startedAt: ago(1),
          details: { kind: "wet" },
        })
      ).status,
    ).toBe(404);
    expect((await other.get(`/api/entries/${mine}`)).status).toBe(404);
    expect((await other.patch(`/api/entries/${mine}`, { note: "hi" })).status).toBe(404);
    expect((await other.delete(`/api/entries/${mine}`)).status).toBe(404);
    expect((await other.post(`/api/entries/${mine}/restore`, {})).status).toBe(404);
    expect((await other.get(`/api/babies/${babyId}/summary`)).status).toBe(404);
    expect((await other.get(`/api/babies/${babyId}/export?format=csv`)).status).toBe(404);
    const pulled = await other.post("/api/sync", {});
    expect(pulled.json.changes.some((c: { data: { babyId: string } }) => c.data.babyId === babyId)).toBe(
      false,
    );
    expect((await mum.get(`/api/entries/${mine}`)).status).toBe(200);
  });
});
