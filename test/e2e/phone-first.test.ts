// Phone first (issue 16): at 390×844, in English and in Spanish, the first screen of Today holds the Log
// buttons and "Need help now?", and every tap shows its result in view: the diaper's choices, Undo after a
// save, the running timer after starting a feed, and that timer still pinned on Week.
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, mainNav, openMore, phoneContext, startWebServer } from "./browser.js";

const VIEW = { width: 390, height: 844 };

/** Whether the element lies wholly inside the screen and nothing else is drawn over its centre. */
async function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el, view) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.top < 0 || r.left < 0 || r.bottom > view.height || r.right > view.width)
      return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  }, VIEW);
}

async function visibleCount(locators: Locator[]): Promise<number> {
  let n = 0;
  for (const l of locators) if (await inView(l)) n++;
  return n;
}

const words = {
  en: {
    log: "Log",
    help: "Need help now?",
    diaper: "Diaper",
    wet: "Wet",
    undo: "Undo",
    feed: "Feed",
    left: /left/i,
    week: "Week",
    stop: /^Stop Feed$/,
    skip: "Skip",
  },
  es: {
    log: "Anotar",
    help: "¿Necesitas ayuda ahora?",
    diaper: "Pañal",
    wet: "Mojado",
    undo: "Deshacer",
    feed: "Toma",
    left: /izquierd/i,
    week: "Semana",
    stop: /^Parar Toma$/,
    skip: "Saltar",
  },
} as const;

describe.each(["en", "es"] as const)("Today on a phone (%s)", (lang) => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const w = words[lang];

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    const client = server.client();
    await client.signUp(uniqueEmail("owner"));
    const parent = server.client();
    expect((await parent.signUp(uniqueEmail("phone"), { name: "Ana" })).status).toBe(200);
    await parent.patch("/api/me/preferences", { locale: lang });
    const family = await parent.post("/api/families", { name: "Phone", timeZone: "America/Phoenix" });
    const born = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    expect(
      (await parent.post(`/api/families/${family.json.id}/babies`, { name: "Robin", birthDate: born }))
        .status,
    ).toBe(201);
    context = await phoneContext(browser, { locale: lang === "es" ? "es-MX" : "en-US" });
    await context.addCookies([...parent.cookies].map(([name, value]) => ({ name, value, url: server.base })));
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it("shows at least 8 Log buttons, the help link and the tab bar on the first screen", async () => {
    await page.goto(`${server.base}/`);
    const log = page.getByRole("region", { name: w.log });
    await log.getByRole("button", { name: w.feed, exact: true }).waitFor();
    expect(await visibleCount(await log.getByRole("button").all())).toBeGreaterThanOrEqual(8);
    expect(await inView(page.getByRole("link", { name: w.help }))).toBe(true);
    const nav = await mainNav(page).boundingBox();
    expect(nav && Math.round(nav.y + nav.height)).toBe(VIEW.height);
    const banner = await page.getByRole("banner").boundingBox();
    expect(banner?.height).toBeLessThanOrEqual(60);
    expect(await axeProblems(page)).toEqual([]);
  });

  it("shows the diaper's choices in view, then Undo in view after saving, and Undo takes it back", async () => {
    await page.getByRole("button", { name: w.diaper, exact: true }).click();
    const wet = page.getByRole("dialog").getByRole("button", { name: w.wet, exact: true });
    await wet.waitFor();
    expect(await inView(wet)).toBe(true);
    await wet.click();
    const undo = page.getByRole("button", { name: w.undo });
    await undo.waitFor();
    expect(await inView(undo)).toBe(true);
    expect(await axeProblems(page)).toEqual([]);
    await undo.click();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
  });

  it("pins the running feed in view, on Today and on Week, and stops it from there", async () => {
    await page.getByRole("button", { name: w.feed, exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: w.left }).first().click();
    const bar = page.locator(".running-bar");
    await bar.waitFor();
    expect(await inView(bar.locator(".timer-clock"))).toBe(true);
    await mainNav(page).getByRole("link", { name: w.week }).click();
    await page.waitForURL(/\/week$/);
    await bar.waitFor();
    expect(await inView(bar.locator(".timer-clock"))).toBe(true);
    await bar.getByRole("button", { name: w.stop }).click();
    // Stopping asks about moments together, in view, with the save's Undo.
    const undo = page.getByRole("dialog").getByRole("button", { name: w.undo });
    await undo.waitFor();
    expect(await inView(undo)).toBe(true);
    await expect.poll(() => bar.count()).toBe(0);
    await page.getByRole("dialog").getByRole("button", { name: w.skip }).click();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
  });

  it("keeps language, night theme and sign out one tap away in More, with no axe problems", async () => {
    const sheet = await openMore(page);
    await sheet.getByRole("button", { name: lang === "en" ? "Español" : "English" }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
  });
});
