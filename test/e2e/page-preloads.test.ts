// The real build's page lists (scripts/page-preloads.ts): the HTML for / names Today's code and the family
// log's, every file it names exists, and a browser opening / fetches them before the main script has run.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../support/test-server.js";
import { launchBrowser, phoneContext, startWebServer } from "./browser.js";

describe("the pages' files named in the HTML, with the real build", () => {
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

  it("lists Today's code on /, all of it served, and the browser asks for it from the HTML", async () => {
    const html = await (await fetch(`${server.base}/`, { headers: { accept: "text/html" } })).text();
    const named = [
      ...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]* href="(\/assets\/[^"]+)"/g),
    ].map((m) => m[1]);
    expect(named.some((href) => /\/assets\/Today-[\w-]+\.js$/.test(href ?? ""))).toBe(true);
    expect(named.some((href) => /\/assets\/family-log-[\w-]+\.js$/.test(href ?? ""))).toBe(true);
    for (const href of named) expect((await fetch(`${server.base}${href}`)).status, href).toBe(200);

    const context = await phoneContext(browser);
    const page = await context.newPage();
    const initiators: Record<string, string> = {};
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    cdp.on("Network.requestWillBeSent", (e) => {
      initiators[new URL(e.request.url).pathname] = e.initiator.type;
    });
    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    const today = Object.keys(initiators).find((p) => /\/assets\/Today-[\w-]+\.js$/.test(p));
    // "parser": found in the HTML itself, not discovered by the main script once it ran.
    expect(today && initiators[today]).toBe("parser");
    await context.close();
  });
});
