import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";

// The per-process flood guard counts requests that reach the app's logic, not the built app's hashed files:
// a full page load fetches dozens of those, and a parent reloading a few times must not be locked out.
describe("the flood guard", () => {
  let server: TestServer;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), "attune-web-"));
    mkdirSync(join(webRoot, "assets"));
    writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Attune</title>");
    writeFileSync(join(webRoot, "assets", "app-Ab12Cd34.js"), "export {};");
    server = await startTestServer("sqlite", { webRoot, env: { RATE_LIMIT_PER_MINUTE: "5" } });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it("does not count hashed assets or health probes, and answers the sixth API request, signed in or not, with a 429 that says what to do", async () => {
    for (let i = 0; i < 20; i++) {
      expect((await fetch(`${server.base}/assets/app-Ab12Cd34.js`)).status).toBe(200);
      expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
    }
    // Public and signed-out requests count alike: a flood is turned away before any session is looked up.
    expect((await fetch(`${server.base}/api/directory/providers`)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await fetch(`${server.base}/api/me`)).status).toBe(401);
    const limited = await fetch(`${server.base}/api/me`);
    expect(limited.status).toBe(429);
    const body = (await limited.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toMatch(/wait/i);
  });
});
