// Someone in two families (a grandparent of cousins, a nanny) switches whose log the screens show. The choice
// is kept on the phone: after a reload the app opens on the family chosen last, even though its first request
// (GET /api/bootstrap) brings the person's first family.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, phoneContext, startWebServer } from "./browser.js";

describe("switching between two families in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  const cookie = { name: "", value: "" };

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    const client = server.client();
    expect((await client.signUp(uniqueEmail("gran"), { name: "Rosa" })).status).toBe(200);
    const birth = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    for (const [family, baby] of [
      ["The Ortegas", "Lina"],
      ["The Vidals", "Mateo"],
    ]) {
      const made = await client.post("/api/families", { name: family, relationship: "grandparent" });
      expect(made.status).toBe(201);
      expect(
        (await client.post(`/api/families/${made.json.id}/babies`, { name: baby, birthDate: birth })).status,
      ).toBe(201);
    }
    const [name, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    Object.assign(cookie, { name, value });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the chosen family's baby on every log screen, and keeps the choice after a reload", async () => {
    const context = await phoneContext(browser);
    await context.addCookies([{ ...cookie, url: server.base }]);
    const page = await context.newPage();
    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1, name: "Today with Lina" }).waitFor();
    const switcher = page.getByLabel("Family", { exact: true });
    expect(await switcher.locator("option").allTextContents()).toEqual(["The Ortegas", "The Vidals"]);
    expect(await axeProblems(page)).toEqual([]);

    await switcher.selectOption({ label: "The Vidals" });
    await page.getByRole("heading", { level: 1, name: "Today with Mateo" }).waitFor();
    // Logged now, it belongs to Mateo's family and to no other.
    await page.getByRole("button", { name: "Diaper", exact: true }).click();
    await page.getByRole("button", { name: "Wet", exact: true }).click();
    await page.locator(".sync-status", { hasText: "All saved" }).waitFor({ timeout: 20_000 });

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Today with Mateo" }).waitFor();
    await page.goto(`${server.base}/history`);
    await page.locator(".timeline-list li", { hasText: "Diaper" }).first().waitFor();

    // Back to Lina's family: her history has none of it.
    await page.getByLabel("Family", { exact: true }).selectOption({ label: "The Ortegas" });
    await page.getByText("Nothing logged yet.", { exact: true }).waitFor();
    expect(await page.locator(".timeline-list li").count()).toBe(0);
    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1, name: "Today with Lina" }).waitFor();
    await context.close();
  });
});
