// The case file's list of parts, in the browser: on a phone (390×844) and at a desk (1280×800) the case opens
// with a link to each part at its top; a link, a deep link (/cases/:id#observations) and Back each land on
// the part with focus on its heading; a part still loading says so in its own place while the others show;
// the observation hint names this family's baby, never another; the visit summary's day-by-day table says
// it scrolls sideways on a phone, for the clinician and for the family. axe at both sizes.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, phoneContext, startWebServer } from "./browser.js";
import { type SharedCase, sharedCase, signedInContext, signIn } from "./case-fixture.js";

const partNames = [
  "Overview",
  "Care log",
  "Check-in results",
  "Visit summary",
  "Formulation",
  "Notes",
  "Thought records",
  "Observations",
  "Referrals",
  "To read or try",
  "Check-ins asked",
  "Export",
];

/** The text of the focused element, and whether its top shows below the sticky header. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const top = el?.getBoundingClientRect().top ?? -1;
    const header = document.querySelector(".site-header")?.getBoundingClientRect().bottom ?? 0;
    return { text: el?.textContent ?? "", shown: top >= header && top < window.innerHeight };
  });
}

describe("the case file's parts, in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let shared: SharedCase;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    shared = await sharedCase(
      server,
      ["entries", "moments", "screenings", "thought_records", "visit_summary"],
      {
        babyName: "Noa",
      },
    );
    const fed = await shared.parent.post(`/api/babies/${shared.babyId}/entries`, {
      type: "feed",
      startedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      endedAt: new Date(Date.now() - 3 * 3_600_000 + 20 * 60_000).toISOString(),
      details: { method: "bottle", amountMl: 120, milk: "formula" },
    });
    expect(fed.status, fed.text).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("on a phone, links each part from the top, lands on it with focus, and names the family's own baby", async () => {
    const context = await phoneContext(browser);
    try {
      await signIn(context, server, shared.clinician);
      const page = await context.newPage();
      // The shared observations answer late: that part says it is loading while the others are ready.
      let answer = () => {};
      const held = new Promise<void>((resolve) => {
        answer = resolve;
      });
      await page.route("**/api/cases/*/observations", async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${server.base}/cases/${shared.caseId}`);
      await page.getByRole("heading", { level: 1, name: "The Ortiz family" }).waitFor();
      const observations = page.getByRole("region", { name: "Shared observations" });
      await observations.getByText("Loading…").waitFor();
      await page.getByRole("region", { name: "Notes" }).getByText("None yet.").first().waitFor();
      answer();
      await observations.getByText("You have not shared an observation with this family yet.").waitFor();
      expect(await observations.getByText("Loading…").count()).toBe(0);

      // The links come first, compact: all of them within the first screen, each a 44 px target.
      const parts = page.getByRole("navigation", { name: "Parts of this case" });
      expect(await parts.getByRole("link").allTextContents()).toEqual(partNames);
      const box = await parts.boundingBox();
      expect((box?.y ?? 0) + (box?.height ?? 999)).toBeLessThan(844 / 2);
      for (const link of await parts.getByRole("link").all())
        expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
      expect(await axeProblems(page)).toEqual([]);

      // A link lands on its part: the address says which, and focus is on the part's heading, in view.
      await parts.getByRole("link", { name: "Notes" }).click();
      await expect.poll(() => focused(page)).toEqual({ text: "Notes", shown: true });
      expect(new URL(page.url()).hash).toBe("#notes");
      await parts.getByRole("link", { name: "Check-in results" }).click();
      await expect.poll(() => focused(page)).toEqual({ text: "Check-in results over time", shown: true });
      expect(new URL(page.url()).hash).toBe("#screenings");
      // Back returns to the part before.
      await page.goBack();
      await expect.poll(() => focused(page)).toEqual({ text: "Notes", shown: true });
      expect(new URL(page.url()).hash).toBe("#notes");
      expect(await axeProblems(page)).toEqual([]);

      // The example in the observation hint is about this family's baby; no other baby's name anywhere.
      await observations
        .getByText("“I can see how much Noa looks for your face.”", { exact: false })
        .waitFor();
      expect(await page.locator("main").textContent()).not.toContain("Robin");

      // The visit summary's day-by-day table is wider than the phone: it says so, and scrolls by keyboard.
      await parts.getByRole("link", { name: "Visit summary" }).click();
      await expect.poll(() => focused(page)).toEqual({ text: "Visit summary", shown: true });
      const visit = page.getByRole("region", { name: "Visit summary" });
      await visit.getByText("Wider than the screen: scroll sideways to see every column").waitFor();
      const byDay = visit.getByRole("region", { name: "Feeds, sleep and diapers each day" });
      expect(await byDay.getAttribute("tabindex")).toBe("0");
      expect(await axeProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("at a desk, keeps the links in a column beside the parts and follows a deep link to its part", async () => {
    const context = await signedInContext(browser, server, shared.clinician);
    try {
      const page = await context.newPage();
      await page.goto(`${server.base}/cases/${shared.caseId}#observations`);
      await expect.poll(() => focused(page)).toEqual({ text: "Shared observations", shown: true });
      // Held in place while the parts above it finish loading.
      await page
        .getByRole("table", { name: "Feeds, sleep and diapers each day" })
        .waitFor({ state: "attached" });
      await expect.poll(() => focused(page)).toEqual({ text: "Shared observations", shown: true });

      const parts = page.getByRole("navigation", { name: "Parts of this case" });
      const column = await parts.boundingBox();
      const body = await page.getByRole("heading", { level: 2, name: "Shared observations" }).boundingBox();
      expect((column?.x ?? 0) + (column?.width ?? 0)).toBeLessThanOrEqual(body?.x ?? 0);
      // Still in reach after the jump: the column stays on screen.
      expect(await parts.getByRole("link", { name: "Overview" }).isVisible()).toBe(true);
      const overview = await parts.getByRole("link", { name: "Overview" }).boundingBox();
      expect(overview?.y ?? -1).toBeGreaterThan(0);
      expect(await axeProblems(page)).toEqual([]);

      await parts.getByRole("link", { name: "Overview" }).click();
      await expect.poll(() => focused(page)).toEqual({ text: "Overview", shown: true });
      expect(await axeProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("tells the family on a phone that the visit summary's table scrolls sideways, with a shadow edge", async () => {
    const context = await phoneContext(browser);
    try {
      await signIn(context, server, shared.parent);
      const page = await context.newPage();
      await page.goto(`${server.base}/guide/visit`);
      await page.getByRole("heading", { level: 1, name: "Noa: summary for the visit" }).waitFor();
      const region = page.getByRole("region", { name: "Feeds, sleep and diapers each day" });
      await region.waitFor();
      const hint = page.getByText("Wider than the screen: scroll sideways to see every column");
      await hint.waitFor();
      expect(await region.getAttribute("aria-describedby")).toBe(await hint.getAttribute("id"));
      const edges = page.locator(".table-scroll-edges", { has: region });
      expect(await edges.getAttribute("class")).toContain("has-more-after");
      expect(await axeProblems(page)).toEqual([]);

      // The region scrolls by keyboard; once scrolled, the start has a shadow too, and at the end only the start.
      await region.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
      await expect.poll(() => edges.getAttribute("class")).toContain("has-more-before");
      await region.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
      });
      await expect.poll(() => edges.getAttribute("class")).not.toContain("has-more-after");
      // The page itself never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await context.close();
    }
  });
});
