// A new phone for a family with a long log: until the first pull is whole, Today says its cards are coming
// ("Checking…"), never "Nothing logged yet" and never a feed from days ago that then jumps to the real one.
// The pull arrives in slices of 50 (src/web/log/sync.ts), oldest first, so a card that read each slice
// would show the old entries on the way.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { launchBrowser, phoneContext, startWebServer } from "./browser.js";

describe("Today on a new phone, while the log arrives", () => {
  let server: TestServer;
  let browser: Browser;
  const cookie = { name: "", value: "" };

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    const client = server.client();
    expect((await client.signUp(uniqueEmail("longlog"), { name: "Noor" })).status).toBe(200);
    const family = await client.post("/api/families", { name: "The Haddads", relationship: "mother" });
    const birth = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    const baby = await client.post(`/api/families/${family.json.id}/babies`, {
      name: "Sami",
      birthDate: birth,
    });
    expect(baby.status).toBe(201);
    // Twelve days of diapers, one every two hours, the newest 25 minutes ago: 144 entries, three slices.
    const now = Date.now();
    for (let i = 143; i >= 0; i--) {
      const at = new Date(now - 25 * 60_000 - i * 2 * 3_600_000).toISOString();
      const made = await client.post(`/api/babies/${baby.json.id}/entries`, {
        type: "diaper",
        startedAt: at,
        details: { kind: "wet" },
      });
      expect(made.status).toBe(201);
    }
    const [name, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    Object.assign(cookie, { name, value });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the last diaper as Checking… and then the newest one, nothing in between", async () => {
    const context = await phoneContext(browser);
    await context.addCookies([{ ...cookie, url: server.base }]);
    // Every text the "Last diaper" card shows, from the first paint on.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenDiaper: string[] }).seenDiaper = seen;
      new MutationObserver(() => {
        const value = document.querySelectorAll(".since-cards .since-value")[1]?.textContent ?? null;
        if (value !== null && seen.at(-1) !== value) seen.push(value);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const page = await context.newPage();
    await page.goto(`${server.base}/`);
    await page.locator(".sync-status", { hasText: "All saved" }).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.locator(".since-cards .since-value").nth(1).textContent())
      .toBe("25 min ago");
    const seen = await page.evaluate(() => (window as unknown as { seenDiaper: string[] }).seenDiaper);
    expect(seen.filter((text) => text !== "Checking…")).toEqual(["25 min ago"]);
    await context.close();
  });
});
