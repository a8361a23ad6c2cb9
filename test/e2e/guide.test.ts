import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, phoneContext, startWebServer } from "./browser.js";

/** An instant `days` before today at a UTC clock time (the family's zone is UTC). */
const daysAgo = (days: number, hour = 10, minute = 0) => {
  const at = new Date(Date.now() - days * 86_400_000);
  at.setUTCHours(hour, minute, 0, 0);
  return at.toISOString();
};

describe("the Guide in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let client: ReturnType<TestServer["client"]>;
  let babyId: string;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    client = server.client();
    expect((await client.signUp(uniqueEmail("guide"), { name: "Rosa" })).status).toBe(200);
    // Weights in pounds: the visit summary must show growth in the person's own unit.
    expect((await client.patch("/api/me/preferences", { weightUnit: "lb" })).status).toBe(200);
    const family = await client.post("/api/families", {
      name: "The Moraleses",
      relationship: "mother",
      timeZone: "UTC",
    });
    const baby = await client.post(`/api/families/${family.json.id}/babies`, {
      name: "Mia",
      birthDate: daysAgo(40).slice(0, 10),
    });
    babyId = baby.json.id;
    // Two baths with moments (singing twice, eye contact once), sleep, a feed, and a weight, this week.
    for (const entry of [
      {
        type: "bath",
        startedAt: daysAgo(2, 18),
        endedAt: daysAgo(2, 19),
        moments: ["singing", "eye_contact"],
      },
      { type: "bath", startedAt: daysAgo(1, 18), endedAt: daysAgo(1, 19), moments: ["singing"] },
      { type: "sleep", startedAt: daysAgo(1, 1), endedAt: daysAgo(1, 6) },
      {
        type: "feed",
        startedAt: daysAgo(1, 7),
        endedAt: daysAgo(1, 7, 20),
        details: { method: "bottle", amountMl: 120 },
      },
      { type: "growth", startedAt: daysAgo(1, 11), details: { weightKg: 4.2 } },
    ])
      expect(
        (await client.post(`/api/babies/${babyId}/entries`, { details: {}, moments: [], cues: [], ...entry }))
          .status,
      ).toBe(201);
    const [name, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    context = await phoneContext(browser);
    await context.addCookies([{ name: name ?? "", value: value ?? "", url: server.base }]);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it("opens from the main nav, offers crying help first, and reads a Learn article with its sources", async () => {
    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1, name: "Today with Mia" }).waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Guide" }).click();
    await page.getByRole("heading", { level: 1, name: "Guide" }).waitFor();
    expect(await page.getByRole("link", { name: /My baby is crying/ }).getAttribute("href")).toBe(
      "/guide/crying",
    );
    expect(await axeProblems(page)).toEqual([]);

    await page.getByRole("link", { name: "Short reads" }).click();
    await page.getByRole("heading", { level: 1, name: "Short reads" }).waitFor();
    await page.getByText("2-minute read").first().waitFor();
    await page.getByRole("link", { name: "Attachment: the how matters more than the how long" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Attachment: the how matters more than the how long" })
      .waitFor();
    await page.getByRole("heading", { level: 2, name: "What the research found" }).waitFor();
    expect(await page.locator("article ul li").count()).toBeGreaterThan(0);
    await page.getByRole("heading", { level: 2, name: "Sources" }).waitFor();
    const sources = page.locator("ol.source-list > li");
    expect(await sources.count()).toBeGreaterThan(0);
    expect(await axeProblems(page)).toEqual([]);

    // Sources that are online open in a new tab, without handing the page over.
    await page.getByRole("link", { name: "All short reads" }).click();
    await page.getByRole("link", { name: "When and how to ask for help" }).click();
    await page.getByRole("heading", { level: 1, name: "When and how to ask for help" }).waitFor();
    const link = page.locator("ol.source-list").getByRole("link", { name: /Postnatal depression/ });
    expect(await link.getAttribute("href")).toBe(
      "https://www.nhs.uk/mental-health/conditions/post-natal-depression/overview/",
    );
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toContain("noopener");
    expect(await axeProblems(page)).toEqual([]);

    await page.goto(`${server.base}/guide/learn/no-such-article`);
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
  });

  it("searches the cue guide, announcing the count, and opens a deep link at its section", async () => {
    await page.goto(`${server.base}/guide/cues`);
    await page.getByRole("heading", { level: 1, name: "Your baby's signs" }).waitFor();
    await page.getByRole("searchbox", { name: "Search the signs" }).fill("yawn");
    await expect
      .poll(() => page.locator(".cue-search").getByRole("status").textContent())
      .toBe("2 signs match.");
    await page.getByRole("heading", { name: "Getting tired" }).waitFor();
    await page.getByRole("heading", { level: 3, name: "Yawning", exact: true }).waitFor();
    expect(await page.getByRole("heading", { name: "Going still" }).count()).toBe(0);
    expect(await axeProblems(page)).toEqual([]);

    // A visibility note is marked as such.
    await page.getByRole("searchbox", { name: "Search the signs" }).fill("flushing");
    await page.getByText("Harder to see on some babies:").waitFor();

    // A deep link opens the guide at its section, with focus on the section's heading.
    await page.goto(`${server.base}/guide`);
    await page.getByRole("heading", { level: 1, name: "Guide" }).waitFor();
    await page.goto(`${server.base}/guide/cues#hunger-late`);
    await page.getByRole("heading", { level: 1, name: "Your baby's signs" }).waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    await expect.poll(focused).toBe("Late signs");
    // And so does a jump link on the page.
    await page
      .getByRole("navigation", { name: "Kinds of signs" })
      .getByRole("link", { name: "Getting tired" })
      .click();
    await expect.poll(focused).toBe("Getting tired");
    expect(page.url()).toMatch(/\/guide\/cues#tired$/);
    expect(await page.locator(".cue-icon").first().getAttribute("aria-hidden")).toBe("true");
  });

  it("reflects on the week: the routine that carried moments, sleep beside the usual range, and a table", async () => {
    await page.goto(`${server.base}/guide/week`);
    await page.getByRole("heading", { level: 1, name: "Your week" }).waitFor();
    await page.getByRole("heading", { level: 3, name: "Bath" }).waitFor();
    await page.getByText("Moments it held: singing and eye contact.").waitFor();
    // Averaged over the days that have ended since logging began (two), leaving out today and the day
    // without sleep logged; the range is described, and the week never set above or below it.
    await page
      .getByText("About 5 h of sleep a day over 1 of the last 2 full days.", { exact: false })
      .waitFor();
    await page.getByText("Many babies this age sleep 14–17 h a day.", { exact: false }).waitFor();
    await page.getByText("Range from: National Sleep Foundation 2015.").waitFor();
    await page
      .getByText(/If your baby isn't feeding as usual, or has far fewer wet diapers than usual/)
      .waitFor();
    expect(await page.locator("main").textContent()).not.toMatch(
      /(under|over|below|above|within) that range/,
    );
    const table = page.getByRole("table", { name: "Sleep and feeds each day" });
    await table.waitFor();
    expect(await table.getByRole("row").count()).toBe(8); // a header and seven days
    await table.getByRole("cell", { name: "5 h" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "An idea to try next week" }).waitFor();
    expect(await axeProblems(page)).toEqual([]);

    // The week before has none of it, and says so kindly.
    await page.getByRole("link", { name: "Previous week" }).click();
    await page.getByText(/No moments were noted this week/).waitFor();
    await page.getByRole("link", { name: "Next week" }).click();
    await page.getByRole("heading", { level: 3, name: "Bath" }).waitFor();
  });

  it("summarises the visit with growth in lb, and keeps a question added through its form", async () => {
    await page.goto(`${server.base}/guide/visit`);
    await page.getByRole("heading", { level: 1, name: "Mia: summary for the visit" }).waitFor();
    // The age in the phrase every room uses (Mia was born 40 days ago, at term).
    await page.locator(".visit-facts").getByText("5 weeks old", { exact: true }).waitFor();
    const growth = page.locator("section", { has: page.getByRole("heading", { name: "Growth" }) });
    await growth.getByText("9.26\u00a0lb (4.2\u00a0kg)").waitFor();
    await page.getByRole("table", { name: "Feeds, sleep and diapers each day" }).waitFor();

    await page.getByLabel("Add a question").fill("Is it normal that she sleeps after every bath?");
    await page.getByRole("button", { name: "Add question" }).click();
    const questions = page.locator(".question-list");
    await questions.getByText("Is it normal that she sleeps after every bath?").waitFor();
    // Saved through the log's outbox: it reaches the server as a note for the visit.
    await expect
      .poll(
        async () => (await client.get(`/api/babies/${babyId}/visit-summary?days=7`)).json.questions.length,
      )
      .toBe(1);
    // Offline too: it shows at once from this phone's copy, and reaches the server when the connection is back.
    await context.setOffline(true);
    await page.getByLabel("Add a question").fill("Should we see a dermatologist?");
    await page.getByRole("button", { name: "Add question" }).click();
    await questions.getByText("Should we see a dermatologist?").waitFor();
    await context.setOffline(false);
    await expect
      .poll(
        async () => (await client.get(`/api/babies/${babyId}/visit-summary?days=7`)).json.questions.length,
      )
      .toBe(2);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Mia: summary for the visit" }).waitFor();
    await questions.getByText("Is it normal that she sleeps after every bath?").waitFor();
    await page.getByRole("radio", { name: "14 days" }).check();
    const days = page.getByRole("table", { name: "Feeds, sleep and diapers each day" }).getByRole("row");
    await expect.poll(() => days.count()).toBe(15); // a header and fourteen days
    await questions.getByText("Is it normal that she sleeps after every bath?").waitFor();
    expect(await axeProblems(page)).toEqual([]);

    // On paper, only the summary: no header, no buttons, no form.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
    expect(await page.locator(".question-form").isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
  });

  it("lists saved ideas and lets one go", async () => {
    const ideas = await client.get("/api/guidance/ideas?limit=1&lang=en");
    const idea = ideas.json.items[0];
    expect((await client.put(`/api/guidance/ideas/${idea.id}/mark`, { saved: true })).status).toBe(200);
    await page.goto(`${server.base}/guide/saved`);
    await page.getByRole("heading", { level: 1, name: "Saved ideas" }).waitFor();
    await page.getByText(idea.text).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole("button", { name: "Remove from saved" }).click();
    await page.getByText("Removed from your saved ideas.").waitFor();
    await page.getByText(/No saved ideas yet/).waitFor();
    const saved = await client.get("/api/guidance/ideas?saved=true");
    expect(saved.json.items).toEqual([]);
  });
});
