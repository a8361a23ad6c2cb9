import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

describe.each(databaseKinds)("preferences on %s", (kind) => {
  let server: TestServer;
  let c: HttpClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    c = server.client();
    await c.signUp(uniqueEmail());
  });
  afterAll(() => server?.close());

  it("starts from defaults and keeps each change", async () => {
    expect((await c.get("/api/me")).json.preferences).toEqual({
      locale: "en",
      volumeUnit: "ml",
      weightUnit: "kg",
      clock: "24h",
      theme: "system",
      checkinReminders: true,
      region: null,
    });
    const res = await c.patch("/api/me/preferences", { locale: "es", theme: "night" });
    expect(res.status).toBe(200);
    await c.patch("/api/me/preferences", { volumeUnit: "oz", clock: "12h" });
    expect((await c.get("/api/me")).json.preferences).toEqual({
      locale: "es",
      volumeUnit: "oz",
      weightUnit: "kg",
      clock: "12h",
      theme: "night",
      checkinReminders: true,
      region: null,
    });
  });

  it("turns check-in reminders off and on again", async () => {
    const off = await c.patch("/api/me/preferences", { checkinReminders: false });
    expect(off.status).toBe(200);
    expect(off.json.preferences.checkinReminders).toBe(false);
    expect((await c.get("/api/me")).json.preferences.checkinReminders).toBe(false);
    await c.patch("/api/me/preferences", { checkinReminders: true });
    expect((await c.get("/api/me")).json.preferences.checkinReminders).toBe(true);
    expect((await c.patch("/api/me/preferences", { checkinReminders: "no" })).status).toBe(400);
  });

  it("rejects values and fields it does not know, saying which", async () => {
    const bad = await c.patch("/api/me/preferences", { locale: "fr" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain("body.locale");
    const unknown = await c.patch("/api/me/preferences", { fontSize: 20 });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.message).toContain("fontSize");
  });

  it("keeps one person's preferences from another", async () => {
    const other = server.client();
    await other.signUp(uniqueEmail());
    expect((await other.get("/api/me")).json.preferences.locale).toBe("en");
  });
});
