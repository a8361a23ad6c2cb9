// The web client checks a reply against its contract in development and tests (src/web/api/client.ts): a
// server and client that drift apart fail loudly, naming the call, instead of rendering undefined.
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { assignmentPage } from "../../src/contract/assignments.js";
import { ApiError, api, ReplyContractError } from "../../src/web/api/client.js";

const answer = (status: number, body: unknown) =>
  vi.fn(
    async () =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }),
  );

const assignment = {
  id: "a1",
  clinician: { id: "c1", name: "Dr Ada" },
  kind: "article",
  ref: "attachment-quality-of-care",
  title: "Attachment",
  summary: "What matters",
  path: "/guide/learn/attachment-quality-of-care",
  note: null,
  status: "sent",
  statusAt: null,
  answeredBy: null,
  reflection: null,
  createdAt: "2026-01-02T03:04:05.000Z",
};

afterEach(() => vi.unstubAllGlobals());

describe("the web client's replies", () => {
  it("are checked in tests: a reply that keeps the contract comes back as sent, extra fields and all", async () => {
    vi.stubGlobal(
      "fetch",
      answer(200, { items: [{ ...assignment, later: "a newer server's field" }], nextCursor: null }),
    );
    const page = await api.get("/api/cases/k1/assignments", assignmentPage);
    expect(page.items[0]?.title).toBe("Attachment");
    expect(page.items[0]).toHaveProperty("later", "a newer server's field");
  });

  it("throw a clear error naming the call and the field when a reply breaks the contract", async () => {
    const { title: _gone, ...withoutTitle } = assignment;
    vi.stubGlobal("fetch", answer(200, { items: [withoutTitle], nextCursor: null }));
    const call = api.get("/api/cases/k1/assignments", assignmentPage);
    await expect(call).rejects.toBeInstanceOf(ReplyContractError);
    await expect(api.get("/api/cases/k1/assignments", assignmentPage)).rejects.toThrow(
      /GET \/api\/cases\/k1\/assignments .*items\.0\.title/,
    );
  });

  it("check what a change answers with too", async () => {
    vi.stubGlobal("fetch", answer(200, { id: 7 }));
    await expect(api.post("/api/things", {}, z.object({ id: z.string() }))).rejects.toThrow(
      /POST \/api\/things/,
    );
  });

  it("are only cast when the call names no schema, and a refusal is still the server's error", async () => {
    vi.stubGlobal("fetch", answer(200, { anything: true }));
    await expect(api.get<{ anything: boolean }>("/api/free")).resolves.toEqual({ anything: true });
    vi.stubGlobal("fetch", answer(404, { error: { code: "not_found", message: "No such case" } }));
    const refused = api.get("/api/cases/nope/assignments", assignmentPage);
    await expect(refused).rejects.toBeInstanceOf(ApiError);
  });
});
