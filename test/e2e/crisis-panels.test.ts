// The crisis panel a person meets the moment an answer raises a safety flag, in their own region and
// language: 024 for someone in Spain reading Spanish, 988 for someone in Canada, the harm-to-baby panel in
// English and Spanish, and the PHQ-9 panel with no connection at all.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, phoneContext, startWebServer } from "./browser.js";

const phq9 = {
  en: { notAtAll: "Not at all", severalDays: "Several days", next: "Next", crisis: "Please reach out now" },
  es: {
    notAtAll: "Ningún día",
    severalDays: "Varios días",
    next: "Siguiente",
    crisis: "Por favor, busca ayuda ahora",
  },
};

describe("crisis panels by region and language", () => {
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

  /** A parent with a family and a month-old baby, their language and their own region for help lines. */
  async function parent(locale: "en" | "es", region: string): Promise<HttpClient> {
    const client = server.client();
    expect((await client.signUp(uniqueEmail(`crisis-${region}`), { name: "Ana" })).status).toBe(200);
    const family = await client.post("/api/families", { name: "The Ríos", relationship: "mother" });
    const birth = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    await client.post(`/api/families/${family.json.id}/babies`, { name: "Lía", birthDate: birth });
    expect((await client.patch("/api/me/preferences", { locale, region })).status).toBe(200);
    return client;
  }

  async function pageFor(
    client: HttpClient,
    locale: "en" | "es",
  ): Promise<{ context: BrowserContext; page: Page }> {
    const [name, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    // A US phone: the region must come from the person's setting, not from the browser.
    const context = await phoneContext(browser, { locale: locale === "es" ? "es-US" : "en-US" });
    await context.addCookies([{ name: name ?? "", value: value ?? "", url: server.base }]);
    return { context, page: await context.newPage() };
  }

  /** Answers PHQ-9 items 1–8 "not at all" and item 9 "several days". */
  async function phq9Item9(page: Page, locale: "en" | "es") {
    const w = phq9[locale];
    for (let k = 1; k <= 8; k++) {
      await page.getByRole("radio", { name: w.notAtAll, exact: true }).check();
      await page.getByRole("button", { name: w.next, exact: true }).click();
    }
    await page.getByRole("radio", { name: w.severalDays, exact: true }).click();
    const panel = page.getByRole("alertdialog", { name: w.crisis });
    await panel.waitFor();
    return panel;
  }

  it("in Spanish, for someone in Spain: 024 first, in Spanish, with 112 after it", async () => {
    const { context, page } = await pageFor(await parent("es", "ES"), "es");
    await page.goto(`${server.base}/wellbeing/phq9`);
    await page.getByRole("heading", { level: 1, name: "PHQ-9" }).waitFor();
    const panel = await phq9Item9(page, "es");
    const first = panel.locator(".help-line").first();
    expect(await first.getAttribute("class")).toContain("is-crisis");
    expect(await first.getByRole("link", { name: "Llamar al 024" }).getAttribute("href")).toBe("tel:024");
    await first.getByText("No aparece en tu factura del teléfono.", { exact: false }).waitFor();
    expect(await panel.getByRole("link", { name: "Llamar al 112" }).getAttribute("href")).toBe("tel:112");
    // The region select names where the numbers are from.
    expect(await panel.getByLabel("Dónde estás").inputValue()).toBe("ES");
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });

  it("for someone in Canada: 9-8-8 by call or text first, then 911", async () => {
    const { context, page } = await pageFor(await parent("en", "CA"), "en");
    await page.goto(`${server.base}/wellbeing/phq9`);
    await page.getByRole("heading", { level: 1, name: "PHQ-9" }).waitFor();
    const panel = await phq9Item9(page, "en");
    const first = panel.locator(".help-line").first();
    await first.getByRole("heading", { name: "9-8-8: Suicide Crisis Helpline" }).waitFor();
    expect(await first.getByRole("link", { name: "Call 988" }).getAttribute("href")).toBe("tel:988");
    expect(await first.getByRole("link", { name: "Text 988" }).getAttribute("href")).toBe("sms:988");
    await first.getByText("English, French").waitFor();
    expect(await panel.locator(".help-line").nth(1).getAttribute("class")).toContain("is-emergency");
    // Somewhere else: the local emergency number and a directory of free lines by country.
    expect(await panel.getByRole("link", { name: /findahelpline\.com/ }).getAttribute("href")).toBe(
      "https://findahelpline.com/",
    );
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });

  const harm = {
    en: {
      region: "GB",
      heading: "Thank you for telling us",
      danger: "If you are afraid you might act on these thoughts, or your baby has been hurt, call 999",
      quick: "Samaritans: call 116 123",
      common: "are common after birth",
      next: "Next",
      support: "NSPCC Helpline",
    },
    es: {
      region: "US",
      heading: "Gracias por contárnoslo",
      danger:
        "Si temes hacer algo a partir de estos pensamientos, o si tu bebé ha sufrido daño, llama ahora al 911",
      common: "son frecuentes después del parto",
      quick: "988 Suicide & Crisis Lifeline: llamar al 988",
      next: "Siguiente",
      support: "National Maternal Mental Health Hotline",
    },
  };

  for (const locale of ["en", "es"] as const) {
    it(`PBQ item 18 (${locale}): the harm-to-baby panel, calm and sourced, with the emergency number and crisis lines first`, async () => {
      const w = harm[locale];
      const { context, page } = await pageFor(await parent(locale, w.region), locale);
      await page.goto(`${server.base}/wellbeing/pbq`);
      await page.getByRole("heading", { level: 1, name: "PBQ" }).waitFor();
      for (let k = 1; k <= 17; k++) {
        await page.getByRole("radio", { name: "Never", exact: true }).check();
        await page.getByRole("button", { name: w.next, exact: true }).click();
      }
      await page.getByRole("radio", { name: "Sometimes", exact: true }).click();
      const panel = page.getByRole("alertdialog", { name: w.heading });
      await panel.waitFor();
      await panel.getByText(w.danger, { exact: false }).waitFor();
      // What is common is said first; then, still in the first screen, the emergency number and the crisis
      // lines as one row of buttons; then the lines for new parents.
      const quick = await panel
        .locator(".quick-line")
        .evaluateAll((lines) => lines.map((l) => l.className.replace("quick-line is-", "")));
      expect(quick[0]).toBe("emergency");
      expect(quick.slice(1).length).toBeGreaterThan(0);
      expect(quick.slice(1).every((k) => k === "crisis")).toBe(true);
      const quickBox = await panel.locator(".quick-lines").boundingBox();
      expect((quickBox?.y ?? 9999) + 60).toBeLessThan(844);
      const cards = await panel
        .locator(".help-line")
        .evaluateAll((lines) => lines.map((l) => l.className.replace("help-line is-", "")));
      expect(cards.length).toBeGreaterThan(0);
      expect(cards.every((k) => k === "perinatal" || k === "support")).toBe(true);
      await panel.getByText(w.common, { exact: false }).waitFor();
      await panel.getByRole("heading", { name: w.support }).waitFor();
      expect(await panel.getByRole("link", { name: w.quick }).getAttribute("href")).toMatch(/^tel:/);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(w.heading);
      expect(await axeProblems(page)).toEqual([]);
      await context.close();
    });
  }

  it("PHQ-9 item 9 while offline: the panel and its numbers come from the phone itself", async () => {
    const { context, page } = await pageFor(await parent("en", "AU"), "en");
    // Loaded once online, so the app's code is on the phone; then the connection goes.
    await page.goto(`${server.base}/wellbeing`);
    await page.getByRole("heading", { level: 1, name: "Check-ins" }).waitFor();
    await page.getByRole("link", { name: "Start PHQ-9" }).click();
    await page.getByRole("heading", { level: 1, name: "PHQ-9" }).waitFor();
    await context.setOffline(true);
    const panel = await phq9Item9(page, "en");
    const first = panel.locator(".help-line").first();
    await first.getByRole("heading", { name: "Lifeline" }).waitFor();
    expect(await first.getByRole("link", { name: "Call 13 11 14" }).getAttribute("href")).toBe("tel:131114");
    expect(await first.getByRole("link", { name: "Text 0477 13 11 14" }).getAttribute("href")).toBe(
      "sms:0477131114",
    );
    expect(await panel.getByRole("link", { name: "Call 000" }).getAttribute("href")).toBe("tel:000");
    expect(await axeProblems(page)).toEqual([]);
    await context.setOffline(false);
    await context.close();
  });

  it("Settings: a person's own region decides Need help now?, and following the family again undoes it", async () => {
    const client = await parent("en", "US");
    expect((await client.patch("/api/me/preferences", { region: null })).status).toBe(200);
    const { context, page } = await pageFor(client, "en");
    await page.goto(`${server.base}/settings`);
    const field = page.getByLabel("Help lines for");
    await field.waitFor();
    // No family region and a US phone: the device's guess is named.
    expect(await field.inputValue()).toBe("");
    await field.selectOption("IE");
    await page.getByText("Saved.").waitFor();
    await expect.poll(async () => (await client.get("/api/me")).json.preferences.region).toBe("IE");
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole("link", { name: "Need help now?" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Need help now?" }).waitFor();
    expect(await page.getByRole("link", { name: "Call 116 123" }).getAttribute("href")).toBe("tel:116123");
    expect(await page.getByRole("link", { name: "Text HELLO to 50808" }).getAttribute("href")).toBe(
      "sms:50808?body=HELLO",
    );
    await context.close();
  });
});
