import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { launchBrowser, phoneContext, startWebServer } from "./browser.js";

describe("the installable app", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads its shell with no network after a first visit", async () => {
    // The instance has its owner already, so a visitor's first page is Sign in (a fresh one opens on sign-up).
    expect((await server.client().signUp(uniqueEmail("owner"))).status).toBe(200);
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.base}/sign-in`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first load is not yet controlled by the worker; a reload is.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await page.goto(`${server.base}/settings`);
    await page.getByRole("heading", { name: "You're offline" }).waitFor();
    await context.setOffline(false);
    await context.close();
  });

  it("offers a web app manifest with installable icons", async () => {
    const res = await server.client().get("/manifest.webmanifest");
    expect(res.status).toBe(200);
    const manifest = JSON.parse(res.text);
    expect(manifest).toMatchObject({ name: "Attune", start_url: "/", display: "standalone" });
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons) expect((await server.client().get(icon.src)).status).toBe(200);
  });
});
