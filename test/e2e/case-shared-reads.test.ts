import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "../../src/domain/ids.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, startWebServer } from "./browser.js";

const phq9 = (options: number[]) => ({
  instrumentId: "phq9",
  subject: "self",
  answers: options.map((option, i) => ({ item: String(i + 1), option })),
});

describe("what a family shares for its clinician to read, in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let clinician: HttpClient;
  let caseId: string;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    const parent = server.client();
    clinician = server.client();
    await parent.signUp(uniqueEmail("parent"), { name: "Maya" });
    await clinician.signUp(uniqueEmail("clinician"), { name: "Dr Lee", role: "clinician" });
    const familyId = (
      await parent.post("/api/families", { name: "The Ortiz family", relationship: "mother" })
    ).json.id;
    const born = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    const babyId = (await parent.post(`/api/families/${familyId}/babies`, { name: "Robin", birthDate: born }))
      .json.id;
    for (const options of [
      [1, 1, 1, 1, 1, 1, 0, 0, 0],
      [2, 2, 1, 1, 1, 1, 1, 0, 1],
    ]) {
      const made = await parent.post("/api/screenings", phq9(options));
      expect(made.status).toBe(201);
      await parent.patch(`/api/screenings/${made.json.id}`, { sharing: { clinicians: true } });
    }
    await parent.post("/api/thought-records", {
      familyId,
      situation: "Robin cried through the evening feed",
      automaticThought: "I'm not cut out for this",
      feelings: [{ name: "Ashamed", intensity: 80, after: 45 }],
      balancedThought: "Evenings are hard for lots of babies, and I stayed with him",
      sharedWithClinicians: true,
    });
    await parent.post(`/api/babies/${babyId}/entries?acceptOverlap=true`, {
      type: "growth",
      startedAt: new Date(Date.now() - 3_600_000).toISOString(),
      details: { weightKg: 5.2 },
    });
    const feed = await parent.post(`/api/babies/${babyId}/entries?acceptOverlap=true`, {
      type: "feed",
      startedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      details: { method: "bottle", amountMl: 120, milk: "formula" },
      moments: ["eye_contact", "singing"],
      note: "Settled while we sang",
    });
    expect(feed.status, feed.text).toBe(201);
    // More than one page of the case's log (500 entries a page): 510 diaper changes over the last three days.
    const diapers = Array.from({ length: 510 }, (_, i) => ({
      entity: "entry",
      op: "upsert",
      data: {
        id: uuidv7(),
        babyId,
        type: "diaper",
        startedAt: new Date(Date.now() - (3 + i * 8) * 60_000).toISOString(),
        details: { kind: "wet" },
        updatedAt: new Date().toISOString(),
      },
    }));
    for (const changes of [diapers.slice(0, 500), diapers.slice(500)])
      expect((await parent.post("/api/sync", { changes })).json.conflicts).toEqual([]);
    const share = await parent.post("/api/consents", {
      familyId,
      scopes: ["entries", "moments", "screenings", "thought_records", "visit_summary"],
    });
    expect(share.status).toBe(201);
    caseId = (await clinician.post(`/api/consents/${share.json.code}/accept`, {})).json.caseId;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("charts the shared results with their numbers, and shows the shared record and the visit summary", async () => {
    const [name = "", value = ""] = [...clinician.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
    try {
      await context.addCookies([{ name, value, url: server.base }]);
      const page = await context.newPage();
      await page.goto(`${server.base}/cases/${caseId}`);
      await page.getByRole("heading", { level: 1, name: "The Ortiz family" }).waitFor();

      // The care log: a table of the last 14 days on the family's clock, then each day's entries.
      const log = page.getByRole("table", { name: "Care each day, the last 14 days" });
      await log.waitFor();
      expect(await log.locator("tbody tr").count()).toBe(14);
      await log.getByRole("columnheader", { name: "Moments of connection" }).waitFor();
      const logSection = page.locator("section", {
        has: page.getByRole("heading", { level: 2, name: "Shared care log" }),
      });
      // Each day's entries fold away but for the latest day's; the summaries are 44 px targets.
      const days = await logSection.locator("details.case-log-day > summary").all();
      expect(days.length).toBeGreaterThanOrEqual(3);
      for (const day of days) {
        expect((await day.boundingBox())?.height).toBeGreaterThanOrEqual(44);
        if (!(await day.evaluate((el) => (el.parentElement as HTMLDetailsElement).open))) await day.click();
      }
      await logSection.getByText(/Feed · Bottle · 120\sml.* · Formula · Eye contact, Singing/).waitFor();
      await logSection.getByText("Settled while we sang").waitFor();
      // Every page of the log is read: the diaper changes over the fortnight add up to all 510.
      const diaperCells = await log.locator("tbody tr td:nth-of-type(3)").allTextContents();
      expect(diaperCells.reduce((sum, cell) => sum + Number(cell), 0)).toBe(510);

      const chart = page.getByRole("img", { name: /^PHQ-9, Maya: 2 results, from .+ Latest: 10 of 27/ });
      await chart.waitFor();
      expect(await chart.getAttribute("aria-label")).toContain("1 result with a safety flag.");
      const numbers = page.getByText("Show the numbers");
      expect((await numbers.boundingBox())?.height).toBeGreaterThanOrEqual(44);
      await numbers.click();
      const rows = page.getByRole("table", { name: "PHQ-9, Maya" }).getByRole("row");
      expect(await rows.count()).toBe(3);
      await expect.poll(() => rows.nth(2).textContent()).toMatch(/10 of 27.*Yes: ask about it/s);

      const thoughts = page.locator("section", {
        has: page.getByRole("heading", { level: 2, name: "Shared thought records" }),
      });
      await thoughts.getByText("Robin cried through the evening feed").waitFor();
      await thoughts.getByText("Ashamed: 80 before, 45 after").waitFor();

      const visit = page.locator("section", {
        has: page.getByRole("heading", { level: 2, name: "Visit summary" }),
      });
      await visit.getByRole("heading", { name: "Day by day" }).waitFor();
      await visit.getByRole("rowheader", { name: "PHQ-9" }).first().waitFor();
      await visit.getByRole("cell", { name: "10 (from 0 to 27)" }).waitFor();
      expect(await axeProblems(page)).toEqual([]);

      // Printing the visit summary prints it alone: the rest of the case stays off the paper until the
      // dialog closes. (The dialog itself is stubbed: headless Chromium has none to close.)
      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await visit.getByRole("button", { name: "Print this summary" }).click();
      await page.emulateMedia({ media: "print" });
      expect(await visit.isVisible()).toBe(true);
      expect(await page.getByRole("heading", { level: 2, name: "Shared care log" }).isVisible()).toBe(false);
      expect(await page.getByRole("heading", { level: 2, name: "Visit summary" }).isVisible()).toBe(true);
      expect(await visit.getByRole("button", { name: "Print this summary" }).isVisible()).toBe(false);
      await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
      expect(await page.getByRole("heading", { level: 2, name: "Shared care log" }).isVisible()).toBe(true);
      await page.emulateMedia({ media: "screen" });

      await page.emulateMedia({ colorScheme: "dark" });
      expect(await axeProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
