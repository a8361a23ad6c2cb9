import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, phoneContext, startWebServer } from "./browser.js";

const words = {
  en: {
    help: "Need help now?",
    link: "When bonding feels hard: why it happens and what helps",
    title: "When bonding feels hard",
    reasons: "Why it can happen",
    talk: "Who to talk to",
    orgs: "Organisations that can help",
  },
  es: {
    help: "¿Necesitas ayuda ahora?",
    link: "Cuando el vínculo se hace difícil: por qué pasa y qué ayuda",
    title: "Cuando el vínculo se hace difícil",
    reasons: "Por qué puede pasar",
    talk: "Con quién hablar",
    orgs: "Organizaciones que pueden ayudar",
  },
};

describe('"When bonding feels hard" in the browser', () => {
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

  for (const locale of ["en", "es"] as const) {
    it(`(${locale}) is one tap from "Need help now?", signed out, with help first and the region's organisations`, async () => {
      const w = words[locale];
      const context = await phoneContext(browser, { locale: locale === "es" ? "es-US" : "en-US" });
      const page = await context.newPage();
      await page.goto(`${server.base}/help`);
      await page.getByRole("heading", { level: 1, name: w.help }).waitFor();
      await page.getByRole("link", { name: w.link }).click();
      await page.getByRole("heading", { level: 1, name: w.title }).waitFor();
      expect(page.url()).toMatch(/\/help\/bonding$/);
      await page.getByRole("heading", { level: 2, name: w.reasons }).waitFor();
      await page.getByRole("heading", { level: 2, name: w.talk }).waitFor();
      // The way to help now comes before the words.
      const helpNow = page.locator("main .bonding-help-now a[href='/help']");
      expect(await helpNow.count()).toBe(1);
      const box = await helpNow.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      // Organisations for the region (US from the browser's language here).
      await page.getByRole("heading", { level: 2, name: w.orgs }).waitFor();
      await page.getByRole("link", { name: /Postpartum Support International/ }).waitFor();
      // Attune's own cue guide and the Guide's ideas, from the bundled content.
      for (const to of ["/guide/cues", "/guide"])
        expect(await page.locator(`main .bonding-links a[href='${to}']`).count(), to).toBe(1);
      expect(await axeProblems(page)).toEqual([]);
      await context.close();
    });
  }

  it("shows the United Kingdom's organisations when that region is chosen", async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.base}/help/bonding`);
    await page.getByLabel("Where you are").selectOption("GB");
    await page.getByRole("link", { name: /PANDAS/ }).waitFor();
    await page.getByRole("link", { name: /Association for Post Natal Illness/ }).waitFor();
    expect(await page.getByRole("link", { name: /Postpartum Support International/ }).count()).toBe(0);
    await context.close();
  });
});
