import { existsSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { startTestServer, type TestServer } from "../support/test-server.js";

/** Debian's Chromium (or CHROME_PATH). Tests never download a browser. */
export function chromiumPath(): string {
  const path = [process.env.CHROME_PATH, "/usr/bin/chromium"].find((p) => p && existsSync(p));
  if (!path)
    throw new Error(
      "No Chromium: set CHROME_PATH or apt-get install -y chromium (npm test skips this suite).",
    );
  return path;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const webRoot = join(import.meta.dirname, "../../dist/web");

/** A real server with the built web app (npm test builds it first), on a fresh SQLite database; `env` adds settings. */
export async function startWebServer(env: Record<string, string> = {}): Promise<TestServer> {
  if (!existsSync(join(webRoot, "index.html")))
    throw new Error("No web build in dist/web: run npm run build first.");
  return startTestServer("sqlite", { webRoot, env });
}

/** A phone-sized context, as most parents will use Attune. */
export function phoneContext(
  browser: Browser,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "en-US",
    ...options,
  });
}

/**
 * axe for one page. Legacy mode runs axe.run() in the page itself; the default mode instead runs axe in every
 * frame and finishes in a blank page it opens for each check, about twice the time. The app has no frames of
 * its own, so what is checked is the same.
 */
export function axeBuilder(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode();
}

/** WCAG 2.2 AA, as the project's standard asks: every level-A and level-AA rule axe has up to 2.2. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** axe's WCAG 2.2 AA findings on what the page shows now, one line each with the first element it names. */
export async function axeProblems(page: Page): Promise<string[]> {
  const result = await axeBuilder(page).withTags(WCAG_TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}: ${v.nodes[0]?.target}`);
}

/** The main navigation: the bottom tab bar on a phone, the header's row on a wide screen. */
export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: /^(Main|Principal)$/ });
}

/** Opens "More" (the places without a tab, language, night theme, sign out) and returns its sheet. */
export async function openMore(page: Page) {
  const sheet = page.getByRole("dialog", { name: /^(More|Más)$/ });
  if (!(await sheet.isVisible().catch(() => false)))
    await mainNav(page)
      .getByRole("button", { name: /^(More|Más)$/ })
      .click();
  await sheet.waitFor();
  return sheet;
}

/** Goes to a place by its name, as a person would: its tab when it has one, else through More. */
export async function goByNav(page: Page, name: string | RegExp): Promise<void> {
  const tab = mainNav(page).getByRole("link", { name, exact: typeof name === "string" });
  if (
    await tab
      .first()
      .isVisible()
      .catch(() => false)
  ) {
    await tab.first().click();
    return;
  }
  const sheet = await openMore(page);
  await sheet.getByRole("link", { name, exact: typeof name === "string" }).click();
}
