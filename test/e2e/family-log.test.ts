import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { middayZone } from "../support/midday-zone.js";
import type { TestServer } from "../support/test-server.js";
import { goByNav, launchBrowser, phoneContext, startWebServer } from "./browser.js";

/** A signed-up account whose session cookie can be handed to a browser context. */
async function account(server: TestServer, name: string) {
  const client = server.client();
  const res = await client.signUp(uniqueEmail(name.toLowerCase()), { name });
  expect(res.status).toBe(200);
  const [cookieName, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
  return { client, cookie: { name: cookieName ?? "", value: value ?? "", url: server.base } };
}

async function entriesOf(client: HttpClient, babyId: string) {
  const res = await client.get(`/api/babies/${babyId}/entries?limit=500`);
  expect(res.status).toBe(200);
  return res.json.items as {
    id: string;
    type: string;
    details: Record<string, unknown>;
    endedAt: string | null;
  }[];
}

const syncStatus = (page: Page) => page.locator(".sync-status");
/** Care going on now, pinned on every screen. */
const runningBar = (page: Page) => page.getByRole("region", { name: "Going on now" });

describe("the family log in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let owner: Awaited<ReturnType<typeof account>>;
  let context: BrowserContext;
  let page: Page;
  let babyId: string;
  let familyId: string;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    owner = await account(server, "Sam");
    // The phone lives where it is about midday, so care logged minutes ago is on today's list whenever the
    // suite runs (onboarding gives the family the phone's zone).
    context = await phoneContext(browser, { timezoneId: middayZone() });
    await context.addCookies([owner.cookie]);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it("onboards, then times a left-breast feed across a side switch, and logs a diaper in two taps", async () => {
    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1, name: "Welcome to Attune" }).waitFor();
    await page.getByLabel("Family name").fill("The Riveras");
    await page.getByRole("radio", { name: "Mother" }).check();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("Baby's name").fill("Luna");
    // 52 days ago: seven weeks old, and born five weeks early, so two weeks by corrected age.
    const born = new Date(Date.now() - 52 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Birth date").fill(born);
    await page.getByRole("radio", { name: "Yes" }).check();
    await page.getByLabel("Weeks of pregnancy at birth").fill("35");
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByRole("heading", { level: 1, name: "Today with Luna" }).waitFor();
    await page.getByText("7 weeks old, 2 weeks corrected").waitFor();

    const families = await owner.client.get("/api/families");
    familyId = families.json.items[0].id;
    const family = await owner.client.get(`/api/families/${familyId}`);
    expect(family.json.babies).toMatchObject([{ name: "Luna", gestationalWeeks: 35, status: "born" }]);
    expect(family.json.caregivers).toMatchObject([{ relationship: "mother", permission: "owner" }]);
    babyId = family.json.babies[0].id;

    // Two taps: Feed, then a side.
    await page.getByRole("button", { name: "Feed", exact: true }).click();
    await page
      .getByRole("dialog", { name: "Feed: which one?" })
      .getByRole("button", { name: "Left breast" })
      .click();
    // Started: said in a toast (with its undo), and pinned in the bar of what is going on now.
    await page.locator(".saved-toast").getByText("Feed started.").waitFor();
    const timer = runningBar(page);
    await timer.getByText(/^Left \d:\d\d · Right 0:00 · on the left$/).waitFor();
    // The running feed is already an entry with no end, so another phone sees it.
    await expect
      .poll(
        async () =>
          (await entriesOf(owner.client, babyId)).filter((e) => e.type === "feed" && !e.endedAt).length,
      )
      .toBe(1);
    await page.waitForTimeout(1100);
    await timer.getByRole("button", { name: "Switch to right" }).click();
    await timer.getByText(/^Left \d:\d\d · Right \d:\d\d · on the right$/).waitFor();
    await timer.getByRole("button", { name: "Switch to left" }).waitFor();
    await page.waitForTimeout(1100);
    await timer.getByRole("button", { name: "Stop Feed" }).click();
    await expect.poll(() => timer.count()).toBe(0);

    // The moment chips after logging: one tap each, then done.
    const moments = page.getByRole("dialog", { name: "Moments together during Feed?" });
    await moments.getByRole("button", { name: "Eye contact" }).click();
    await expect
      .poll(() => moments.getByRole("button", { name: "Eye contact" }).getAttribute("aria-pressed"))
      .toBe("true");
    await moments.getByRole("button", { name: "Done" }).click();

    const timeline = page.locator(".timeline-list");
    await timeline.getByText("Feed").waitFor();
    await timeline.getByText("Eye contact").waitFor();

    // Two taps: Diaper, then what kind.
    await page.getByRole("button", { name: "Diaper", exact: true }).click();
    await page.getByRole("button", { name: "Wet", exact: true }).click();
    await timeline.getByText("Diaper").waitFor();
    await page.getByRole("button", { name: "Skip" }).click();

    await expect.poll(() => syncStatus(page).textContent()).toBe("All saved");
    await expect
      .poll(async () => {
        const feed = (await entriesOf(owner.client, babyId)).find((e) => e.type === "feed");
        return (
          feed && {
            ...feed.details,
            ended: Boolean(feed.endedAt),
            moments: (feed as { moments?: string[] }).moments,
          }
        );
      })
      .toMatchObject({ method: "breast", lastSide: "right", ended: true, moments: ["eye_contact"] });
    const feed = (await entriesOf(owner.client, babyId)).find((e) => e.type === "feed");
    expect(feed?.details.leftSeconds).toBeGreaterThanOrEqual(1);
    expect(feed?.details.rightSeconds).toBeGreaterThanOrEqual(1);
    const diapers = (await entriesOf(owner.client, babyId)).filter((e) => e.type === "diaper");
    expect(diapers.map((d) => d.details)).toEqual([{ kind: "wet" }]);

    // The next feed suggests the other side from where this one ended.
    await page.getByRole("button", { name: "Feed", exact: true }).click();
    const feedSheet = page.getByRole("dialog", { name: "Feed: which one?" });
    await feedSheet.getByText("maybe the left side this time").waitFor();
    await feedSheet.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => feedSheet.count()).toBe(0);
  });

  it("back-dates, edits, and deletes with undo", async () => {
    // Back-dating: a time set before tapping becomes the start.
    // Twenty minutes ago, as the phone shows it.
    const [hhmm, shown] = await page.evaluate(() => {
      const d = new Date(Date.now() - 20 * 60_000);
      const pad = (n: number) => String(n).padStart(2, "0");
      return [
        `${pad(d.getHours())}:${pad(d.getMinutes())}`,
        new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit" }).format(d),
      ];
    });
    await page.getByLabel("Happened earlier?").fill(hhmm ?? "");
    await page.getByRole("button", { name: "Diaper", exact: true }).click();
    await page.getByRole("button", { name: "Dry", exact: true }).click();
    await page.getByRole("button", { name: "Skip" }).click();
    const timeline = page.locator(".timeline-list");
    const early = timeline.locator("li", { hasText: "Dry" });
    await early.waitFor();
    expect(await early.locator(".entry-time").textContent()).toBe(shown);

    // Edit: add a note.
    await early.getByRole("button", { name: /^Edit Diaper/ }).click();
    await early.getByLabel("Note").fill("Slept right through it");
    await early.getByRole("button", { name: "Save" }).click();
    await timeline.getByText("Slept right through it").waitFor();

    // Delete, then undo.
    await early.getByRole("button", { name: /^Delete Diaper/ }).click();
    await expect.poll(() => timeline.locator("li", { hasText: "Dry" }).count()).toBe(0);
    const deleted = page.locator(".saved-toast", { hasText: "Diaper deleted." });
    await deleted.getByRole("button", { name: "Undo" }).click();
    await timeline.getByText("Slept right through it").waitFor();
    await expect.poll(() => syncStatus(page).textContent()).toBe("All saved");
    await expect
      .poll(
        async () => (await entriesOf(owner.client, babyId)).filter((e) => e.details.kind === "dry").length,
      )
      .toBe(1);

    // Delete for good: the server keeps only a tombstone, the list drops it.
    await timeline
      .locator("li", { hasText: "Dry" })
      .getByRole("button", { name: /^Delete Diaper/ })
      .click();
    await expect.poll(() => syncStatus(page).textContent()).toBe("All saved");
    await expect
      .poll(
        async () => (await entriesOf(owner.client, babyId)).filter((e) => e.details.kind === "dry").length,
      )
      .toBe(0);

    // Previous day and back.
    await page.getByRole("button", { name: "Previous day" }).click();
    await page.getByText("Nothing logged this day.").waitFor();
    await page.getByRole("button", { name: "Next day" }).click();
    await page.getByRole("heading", { level: 2, name: "Today" }).waitFor();
  });

  it("keeps entries logged offline through a reload and stores each once; another caregiver sees them", async () => {
    // The worker must control the page for a reload with no network to show the app.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Today with Luna" }).waitFor();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    await expect.poll(() => syncStatus(page).textContent()).toContain("Offline");
    for (const kind of ["Dirty", "Both", "Dry"]) {
      await page.getByRole("button", { name: "Diaper", exact: true }).click();
      await page.getByRole("button", { name: kind === "Both" ? "Wet and dirty" : kind, exact: true }).click();
      await page.getByRole("button", { name: "Skip" }).click();
    }
    await expect.poll(() => syncStatus(page).textContent()).toBe("Offline · 3 waiting");
    expect((await entriesOf(owner.client, babyId)).filter((e) => e.type === "diaper")).toHaveLength(1);

    // Reloaded with no network, the app opens from this phone with the waiting entries still there.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Today with Luna" }).waitFor();
    await expect.poll(() => syncStatus(page).textContent()).toBe("Offline · 3 waiting");
    await page.locator(".timeline-list").getByText("· Dry", { exact: true }).waitFor();
    // And it stays usable once its own requests for the account and family have failed.
    await page.waitForTimeout(3_000);
    await page.getByRole("button", { name: "Diaper", exact: true }).click();
    await page.getByRole("button", { name: "Wet", exact: true }).click();
    await page.getByRole("button", { name: "Skip" }).click();
    await expect.poll(() => syncStatus(page).textContent()).toBe("Offline · 4 waiting");

    // Back online, the outbox empties on its own.
    await context.setOffline(false);
    await expect.poll(() => syncStatus(page).textContent(), { timeout: 10_000 }).toBe("All saved");

    const diapers = (await entriesOf(owner.client, babyId)).filter((e) => e.type === "diaper");
    expect(diapers.map((d) => d.details.kind).sort()).toEqual(["both", "dirty", "dry", "wet", "wet"]);
    expect(new Set(diapers.map((d) => d.id)).size).toBe(5);

    // A second caregiver joins with an invite code and sees the same log.
    const invite = await owner.client.post(`/api/families/${familyId}/invites`, {
      relationship: "grandparent",
      permission: "caregiver",
    });
    expect(invite.status).toBe(201);
    const grandma = await account(server, "Rosa");
    const other = await phoneContext(browser, { timezoneId: middayZone() });
    await other.addCookies([grandma.cookie]);
    const second = await other.newPage();
    await second.goto(`${server.base}/`);
    await second.getByRole("button", { name: "I have an invite code" }).click();
    await second.getByLabel("Invite code").fill(invite.json.code);
    await second.getByRole("button", { name: "Join" }).click();
    await second.getByRole("heading", { level: 1, name: "Today with Luna" }).waitFor();
    const timeline = second.locator(".timeline-list");
    for (const kind of ["Dirty", "Wet and dirty", "Dry"])
      await timeline.getByText(`· ${kind}`, { exact: true }).waitFor();
    await timeline.getByText("Logged by Sam").first().waitFor();

    // And what the first phone logs next reaches the second without a manual refresh.
    await page.getByRole("button", { name: "Sleep", exact: true }).click();
    await runningBar(second).getByText("Sleep", { exact: true }).waitFor({ timeout: 20_000 });
    await other.close();
  });
  it("adds a twin from the family page and switches the log between babies", async () => {
    await page.goto(`${server.base}/family`);
    await page.getByRole("heading", { level: 1, name: "The Riveras" }).waitFor();
    await page.getByRole("button", { name: "Add a baby" }).click();
    await page.getByLabel("Baby's name").fill("Sol");
    // 52 days ago: seven weeks old, and born five weeks early, so two weeks by corrected age.
    const born = new Date(Date.now() - 52 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Birth date").fill(born);
    await page.getByRole("button", { name: "Add baby" }).click();
    await page.getByRole("listitem").getByText("Sol", { exact: true }).waitFor();

    await goByNav(page, "Today");
    await page.getByLabel("Baby").selectOption({ label: "Sol" });
    await page.getByRole("heading", { level: 1, name: "Today with Sol" }).waitFor();
    await page.getByText("Nothing logged this day.").waitFor();
    await page.getByLabel("Baby").selectOption({ label: "Luna" });
    await page.getByRole("heading", { level: 1, name: "Today with Luna" }).waitFor();
  });
});
