// Thought records in the browser, on a phone at night: from Check-ins to the list, what a thought record is
// (with its sources), writing one (the moment, the thought, feelings with how strong, what fits and what
// doesn't, a kinder thought, the feelings now), seeing it in the list, changing it (sharing it with the care
// team) and deleting it after a confirm. axe and the 44 px check on every screen.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeBuilder, launchBrowser, phoneContext, startWebServer, WCAG_TAGS } from "./browser.js";

/** axe violations and visible controls smaller than 44 × 44 CSS px (a checkbox counts by its label). */
async function problems(page: Page): Promise<string[]> {
  const axe = await axeBuilder(page).withTags(WCAG_TAGS).analyze();
  const small = await page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      "a[href], button, input, select, textarea, summary",
    )) {
      const target =
        el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")
          ? (el.closest("label") ?? el)
          : el;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.bottom < 0 || box.right < 0) continue;
      if (box.width < 44 || box.height < 44)
        found.push(
          `small target ${target.tagName.toLowerCase()} "${(target.textContent ?? "").trim().slice(0, 30)}"`,
        );
    }
    return found;
  });
  return [
    ...axe.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}: ${v.nodes[0]?.target}`),
    ...small,
  ];
}

describe("thought records in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let parent: HttpClient;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    parent = server.client();
    expect((await parent.signUp(uniqueEmail("thoughts"), { name: "Ana" })).status).toBe(200);
    const family = await parent.post("/api/families", { name: "The Ríos", relationship: "mother" });
    const born = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    expect(
      (await parent.post(`/api/families/${family.json.id}/babies`, { name: "Lía", birthDate: born })).status,
    ).toBe(201);
    const [name = "", value = ""] = [...parent.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    context = await phoneContext(browser, { colorScheme: "dark" });
    await context.addCookies([{ name, value, url: server.base }]);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  /** Moves a focused 0–100 slider to `value` with the keyboard, as anyone without a mouse would. */
  async function slide(page: Page, label: string, value: number) {
    const slider = page.getByRole("slider", { name: label });
    await slider.focus();
    await page.keyboard.press("Home");
    for (let i = 0; i < value; i++) await page.keyboard.press("ArrowRight");
    expect(await slider.inputValue()).toBe(String(value));
  }

  it("writes a record, shows it in the list, changes it and deletes it", async () => {
    const page = await context.newPage();
    await page.goto(`${server.base}/wellbeing`);
    await page.getByRole("link", { name: "Open thought records" }).click();
    await page.getByRole("heading", { level: 1, name: "Thought records" }).waitFor();
    await page.getByText("No thought records yet.", { exact: false }).waitFor();
    // With no records yet, what a thought record is stands open, with its sources.
    await page.getByText("Cognitive Therapy of Depression").waitFor();
    await page.getByText(/Mind Over Mood: Change How You Feel/).waitFor();
    expect(await problems(page)).toEqual([]);

    await page.getByRole("link", { name: "Write a thought record" }).click();
    await page.getByRole("heading", { level: 1, name: "New thought record" }).waitFor();
    expect(await problems(page)).toEqual([]);

    // Nothing written yet: a kind word about what is needed, not a refusal.
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Write what was happening or the thought that came").waitFor();
    expect(await problems(page)).toEqual([]);

    await page.getByLabel("What was happening?").fill("3 a.m., Lía would not settle after the feed");
    await page.getByLabel("What went through your mind?").fill("I'm getting this all wrong");
    await page.getByRole("button", { name: "Anxious", exact: true }).click();
    await page.getByRole("button", { name: "Guilty", exact: true }).click();
    await slide(page, "Anxious: how strong, 0 to 100", 80);
    await page.getByLabel("What supports the thought?").fill("She cried for an hour");
    await page
      .getByLabel("What doesn't quite fit it?")
      .fill("She settled last night, and she is growing well");
    await page
      .getByLabel("A kinder, more balanced thought")
      .fill("Some nights are hard, and I keep showing up");
    await page.getByRole("button", { name: "Rate “Anxious” now" }).click();
    await slide(page, "Anxious now: how strong, 0 to 100", 45);
    expect(await page.getByRole("checkbox", { name: "Let my care team read this record" }).isChecked()).toBe(
      false,
    );
    expect(await problems(page)).toEqual([]);
    await page.getByRole("button", { name: "Save", exact: true }).click();

    await page.getByText("Saved. Go easy on yourself.").waitFor();
    const card = page.locator(".thought-card", { hasText: "I'm getting this all wrong" });
    await card.getByRole("heading", { level: 3, name: "I'm getting this all wrong" }).waitFor();
    await card.getByText("Anxious: 80, now 45").waitFor();
    await card.getByText("Guilty: 50").waitFor();
    await card.getByText("Some nights are hard, and I keep showing up").waitFor();
    await card.getByText("Only you can see this one").waitFor();
    expect(await problems(page)).toEqual([]);

    const [stored] = (await parent.get("/api/thought-records")).json.items;
    expect(stored).toMatchObject({
      situation: "3 a.m., Lía would not settle after the feed",
      feelings: [
        { name: "Anxious", intensity: 80, after: 45 },
        { name: "Guilty", intensity: 50, after: null },
      ],
      sharedWithClinicians: false,
    });

    // Change it: a word, and let the care team read it.
    await card.getByRole("link", { name: /^Edit the record written/ }).click();
    await page.getByRole("heading", { level: 1, name: "Edit thought record" }).waitFor();
    expect(await page.getByLabel("What went through your mind?").inputValue()).toBe(
      "I'm getting this all wrong",
    );
    await page
      .getByLabel("A kinder, more balanced thought")
      .fill("Some nights are hard, and she still reaches for me");
    await page.getByRole("checkbox", { name: "Let my care team read this record" }).check();
    expect(await problems(page)).toEqual([]);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved. Go easy on yourself.").waitFor();
    await card.getByText("Your care team can read this one").waitFor();
    await card.getByText("Some nights are hard, and she still reaches for me").waitFor();

    // Delete it, after a confirm that offers to keep it.
    await card.getByRole("button", { name: /^Delete the record written/ }).click();
    await card.getByText("Delete this thought record for good?").waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Keep it");
    expect(await problems(page)).toEqual([]);
    await card.getByRole("button", { name: "Yes, delete it" }).click();
    await page.getByText("Deleted.", { exact: true }).waitFor();
    expect(await page.locator(".thought-card").count()).toBe(0);
    expect((await parent.get("/api/thought-records")).json.items).toEqual([]);
    await page.close();
  });
});
