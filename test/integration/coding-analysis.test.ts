import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

// The analysis stores nothing, so one database is enough: this tests the HTTP contract around the pure code.
describe("POST /api/coding/analysis", () => {
  let server: TestServer;
  let clinician: HttpClient;
  let parent: HttpClient;

  beforeAll(async () => {
    server = await startTestServer("sqlite");
    clinician = server.client();
    await clinician.signUp(uniqueEmail("coder"), { role: "clinician" });
    parent = server.client();
    await parent.signUp(uniqueEmail("parent"));
  });
  afterAll(() => server?.close());

  const session = {
    duration: 10,
    coders: [
      {
        id: "ana",
        events: [
          { code: "gaze", at: 1 },
          { code: "mirror", at: 2.5 },
          { code: "held", at: 0, end: 4 },
          { code: "gaze", at: 5 },
          { code: "mirror", at: 6 },
        ],
      },
    ],
    pairs: [{ given: "gaze", target: "mirror" }],
  };

  it("answers a clinician with the measures, using the default unit and window", async () => {
    const res = await clinician.post("/api/coding/analysis", session);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ unit: 1, window: 3 });
    expect(res.json.pairs[0]).toMatchObject({
      coder: "ana",
      givenCount: 2,
      followed: 2,
      contingency: 1,
      latency: { values: [1.5, 1], median: 1.25 },
    });
    expect(res.json.budgets).toEqual([
      { coder: "ana", code: "held", total: 4, share: 0.4, bouts: 1, meanBout: 4 },
    ]);
    expect(res.json).not.toHaveProperty("agreement");
  });

  it("is for clinicians only", async () => {
    expect((await parent.post("/api/coding/analysis", session)).status).toBe(403);
    expect((await server.client().post("/api/coding/analysis", session)).status).toBe(401);
  });

  it("names the event that is wrong", async () => {
    const late = structuredClone(session);
    late.coders[0]?.events.push({ code: "reach", at: 12.5 });
    const res = await clinician.post("/api/coding/analysis", late);
    expect(res.status).toBe(400);
    expect(res.json.error.message).toContain(
      "coders.0.events.5: reach at 12.5 s is outside the session (0 to 10 s)",
    );

    const backwards = { ...session, coders: [{ id: "ana", events: [{ code: "held", at: 6, end: 4 }] }] };
    const reply = await clinician.post("/api/coding/analysis", backwards);
    expect(reply.status).toBe(400);
    expect(reply.json.error.message).toContain("held from 6 s to 4 s ends before it starts");
  });

  it("refuses more units than it will count, and a third coder", async () => {
    const tiny = await clinician.post("/api/coding/analysis", { ...session, duration: 7200, unit: 0.001 });
    expect(tiny.status).toBe(400);
    expect(tiny.json.error.message).toContain("choose a longer unit");
    const three = { ...session, coders: ["a", "b", "c"].map((id) => ({ id, events: [] })) };
    expect((await clinician.post("/api/coding/analysis", three)).status).toBe(400);
  });

  it("is documented in the OpenAPI description", async () => {
    const docs = await clinician.get("/api/docs/json");
    expect(docs.status).toBe(200);
    expect(docs.json.paths["/api/coding/analysis"].post.tags).toEqual(["coding"]);
  });
});
