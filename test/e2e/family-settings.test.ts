// Family settings, time zones, several families, onboarding's navigation, and signing out with unsaved
// entries, in a real Chromium against the built app.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayBounds, localDate } from "../../src/domain/time.js";
import { uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import {
  axeProblems,
  goByNav,
  launchBrowser,
  mainNav,
  openMore,
  phoneContext,
  startWebServer,
} from "./browser.js";

/** A signed-up account whose session cookie can be handed to a browser context. */
async function account(server: TestServer, name: string) {
  const client = server.client();
  const res = await client.signUp(uniqueEmail(name.toLowerCase()), { name });
  expect(res.status).toBe(200);
  const [cookieName, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
  return { client, cookie: { name: cookieName ?? "", value: value ?? "", url: server.base } };
}
type Account = Awaited<ReturnType<typeof account>>;

async function familyWithBaby(owner: Account, name: string, baby: string, timeZone: string) {
  const family = await owner.client.post("/api/families", { name, timeZone, relationship: "mother" });
  expect(family.status).toBe(201);
  const created = await owner.client.post(`/api/families/${family.json.id}/babies`, {
    name: baby,
    birthDate: "2026-09-01",
  });
  expect(created.status).toBe(201);
  return { familyId: family.json.id as string, babyId: created.json.id as string };
}

async function join(owner: Account, familyId: string, who: Account) {
  const invite = await owner.client.post(`/api/families/${familyId}/invites`, {
    relationship: "other",
    permission: "caregiver",
  });
  expect((await who.client.post(`/api/invites/${invite.json.code}/accept`, {})).status).toBe(200);
}

const AUCKLAND = "Pacific/Auckland";
const LOS_ANGELES = "America/Los_Angeles";
const syncStatus = (page: Page) => page.locator(".sync-status");

describe("family settings, time zones and several families in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let owner: Account;
  let familyId: string;
  let babyId: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    owner = await account(server, "Ana");
    ({ familyId, babyId } = await familyWithBaby(owner, "The Tanes", "Aroha", "Europe/Madrid"));
    // This phone is in Los Angeles; the family will live in Auckland.
    context = await phoneContext(browser, { timezoneId: LOS_ANGELES });
    await context.addCookies([owner.cookie]);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it("lets an owner rename the family and move it to another time zone; the session is renewed on start", async () => {
    const renewed = page.waitForResponse((r) => r.url().endsWith("/api/auth/get-session"));
    await page.goto(`${server.base}/family`);
    const session = await renewed;
    expect(session.status()).toBe(200);
    expect((await session.json())?.session).toBeTruthy();
    await page.getByRole("heading", { level: 1, name: "The Tanes" }).waitFor();

    // This phone's zone is one tap away; units are each person's own, in Settings.
    await page.getByRole("button", { name: "Use this phone's time zone (America/Los Angeles)" }).waitFor();
    await page.getByRole("link", { name: "Choose yours in Settings" }).waitFor();

    await page.getByLabel("Family name").fill("The Tane whānau");
    await page.getByLabel("Find a time zone").fill("auckland");
    const zone = page.getByLabel("Time zone", { exact: true });
    await expect.poll(() => zone.locator("option").count()).toBe(2); // the current zone and the match
    await zone.selectOption(AUCKLAND);
    await page.getByRole("button", { name: "Save family settings" }).click();
    await page.getByText("Saved.", { exact: true }).waitFor();
    await page.getByRole("heading", { level: 1, name: "The Tane whānau" }).waitFor();

    const family = await owner.client.get(`/api/families/${familyId}`);
    expect(family.json).toMatchObject({ name: "The Tane whānau", timeZone: AUCKLAND });
  });

  it("lets an owner choose the family's country for help lines, which Help and the crying helper follow", async () => {
    await page.goto(`${server.base}/family`);
    const region = page.getByLabel("Country or region for help lines");
    await region.waitFor();
    // Guessed from the Madrid time zone the family started in; moving to Auckland did not change it.
    expect(await region.inputValue()).toBe("ES");
    await region.selectOption({ label: "United Kingdom" });
    await page.getByRole("button", { name: "Save family settings" }).click();
    await page.getByText("Saved.", { exact: true }).waitFor();
    expect((await owner.client.get(`/api/families/${familyId}`)).json.region).toBe("GB");
    expect(await axeProblems(page)).toEqual([]);

    // This phone speaks US English, but the family's help lines are the UK's: Samaritans first.
    await page.getByRole("link", { name: "Need help now?" }).click();
    await page.getByRole("heading", { level: 1, name: "Need help now?" }).waitFor();
    await expect.poll(() => page.locator(".help-line-name").first().textContent()).toBe("Samaritans");
    expect(await page.getByRole("link", { name: "Call 116 123" }).getAttribute("href")).toBe("tel:116123");
    // Another region can still be picked for this view.
    await page.getByLabel("Where you are").selectOption("US");
    expect(await page.getByRole("link", { name: "Call 988" }).getAttribute("href")).toBe("tel:988");

    // The crying helper starts from the family's region too.
    await page.goto(`${server.base}/guide/crying`);
    await page.getByRole("heading", { level: 1, name: "My baby is crying" }).waitFor();
    expect(await page.getByLabel("Phone numbers for").inputValue()).toBe("GB");
  });

  it("shows Today on the family's Auckland clock and days to a phone in Los Angeles", async () => {
    const now = Date.now();
    const [todayStart] = dayBounds(localDate(now, AUCKLAND), AUCKLAND);
    // A wet diaper a minute ago (today in Auckland), and a dirty one at 23:30 last night in Auckland, which
    // is still "today" on this phone's own Los Angeles calendar for most of the day.
    const recent = Math.max(now - 60_000, todayStart);
    const lastNight = todayStart - 30 * 60_000;
    for (const [kind, at] of [
      ["wet", recent],
      ["dirty", lastNight],
    ] as const) {
      const res = await owner.client.post(`/api/babies/${babyId}/entries`, {
        type: "diaper",
        startedAt: new Date(at).toISOString(),
        details: { kind },
        moments: [],
        cues: [],
      });
      expect(res.status).toBe(201);
    }

    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1, name: "Today with Aroha" }).waitFor();
    await page.getByText("Times are shown in the family's time zone, Pacific/Auckland.").waitFor();

    const [recentClock, lastNightClock, phoneClock] = await page.evaluate(
      ([a, b, zone]) => {
        const inZone = new Intl.DateTimeFormat("en-US", {
          hour: "numeric",
          minute: "2-digit",
          timeZone: zone,
        });
        const onPhone = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit" });
        return [inZone.format(a), inZone.format(b), onPhone.format(a)];
      },
      [recent, lastNight, AUCKLAND] as const,
    );
    expect(lastNightClock).toBe("11:30 PM");
    expect(recentClock).not.toBe(phoneClock); // Auckland and Los Angeles are never on the same clock

    const timeline = page.locator(".timeline-list");
    const wet = timeline.locator("li", { hasText: "Wet" });
    await wet.waitFor();
    expect(await wet.locator(".entry-time").textContent()).toBe(recentClock);
    expect(await timeline.locator("li", { hasText: "Dirty" }).count()).toBe(0);

    await page.getByRole("button", { name: "Previous day" }).click();
    const dirty = timeline.locator("li", { hasText: "Dirty" });
    await dirty.waitFor();
    expect(await dirty.locator(".entry-time").textContent()).toBe(lastNightClock);
    expect(await timeline.locator("li", { hasText: "Wet" }).count()).toBe(0);
  });

  it("lets a caregiver in two families switch between them, and shows them family settings read-only", async () => {
    const nanny = await account(server, "Nia");
    const bo = await account(server, "Bo");
    const other = await familyWithBaby(bo, "The Okafors", "Kai", "Europe/London");
    await join(owner, familyId, nanny);
    await join(bo, other.familyId, nanny);

    const nannyContext = await phoneContext(browser);
    await nannyContext.addCookies([nanny.cookie]);
    const second = await nannyContext.newPage();
    await second.goto(`${server.base}/`);
    const switcher = second.getByLabel("Family", { exact: true });
    await switcher.waitFor();
    await switcher.selectOption({ label: "The Okafors" });
    await second.getByRole("heading", { level: 1, name: "Today with Kai" }).waitFor();

    // Remembered on this device.
    await second.reload();
    await second.getByRole("heading", { level: 1, name: "Today with Kai" }).waitFor();
    await second.getByLabel("Family", { exact: true }).selectOption({ label: "The Tane whānau" });
    await second.getByRole("heading", { level: 1, name: "Today with Aroha" }).waitFor();

    // Not an owner: the settings are there to read, not to change.
    await goByNav(second, "Family");
    await second.getByRole("heading", { level: 2, name: "Family settings" }).waitFor();
    await second.getByText("Pacific/Auckland", { exact: true }).waitFor();
    await second.getByText("United Kingdom", { exact: true }).waitFor();
    expect(await second.getByLabel("Time zone", { exact: true }).count()).toBe(0);
    expect(await second.getByRole("button", { name: "Save family settings" }).count()).toBe(0);
    expect(await axeProblems(second)).toEqual([]);
    await nannyContext.close();
  });

  it("keeps the log's navigation out of onboarding until there is a family with a baby", async () => {
    const newcomer = await account(server, "Noa");
    const fresh = await phoneContext(browser);
    await fresh.addCookies([newcomer.cookie]);
    const third = await fresh.newPage();
    await third.goto(`${server.base}/`);
    await third.getByRole("heading", { level: 1, name: "Welcome to Attune" }).waitFor();
    const nav = mainNav(third);
    // "Today" is there from the start (it is where getting started lives); the log's other rooms are not,
    // neither as tabs nor in More.
    await nav.getByRole("link", { name: "Today", exact: true }).waitFor();
    let more = await openMore(third);
    await more.getByRole("link", { name: "Settings" }).waitFor();
    for (const name of ["Week", "History", "Guide", "Family"]) {
      expect(await nav.getByRole("link", { name, exact: true }).count(), name).toBe(0);
      expect(await more.getByRole("link", { name, exact: true }).count(), name).toBe(0);
    }

    // Once the family and its baby exist, the log's pages appear.
    await familyWithBaby(newcomer, "The Lunds", "Ebba", "Europe/Stockholm");
    await third.reload();
    await third.getByRole("heading", { level: 1, name: "Today with Ebba" }).waitFor();
    await nav.getByRole("link", { name: "Week", exact: true }).waitFor();
    await nav.getByRole("link", { name: "History", exact: true }).waitFor();
    more = await openMore(third);
    await more.getByRole("link", { name: "Family", exact: true }).waitFor();
    await fresh.close();
  });

  it("asks before signing out while entries logged offline are still waiting", async () => {
    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1, name: "Today with Aroha" }).waitFor();
    await expect.poll(() => syncStatus(page).textContent()).toBe("All saved");

    await context.setOffline(true);
    await expect.poll(() => syncStatus(page).textContent()).toContain("Offline");
    await page.getByRole("button", { name: "Diaper", exact: true }).click();
    await page.getByRole("button", { name: "Dry", exact: true }).click();
    await expect.poll(() => syncStatus(page).textContent()).toBe("Offline · 1 waiting");
    await page
      .getByRole("dialog", { name: "Moments together during Diaper?" })
      .getByRole("button", { name: "Skip" })
      .click();

    await (await openMore(page)).getByRole("button", { name: "Sign out" }).click();
    const dialog = page.getByRole("dialog", { name: "Some entries aren't saved yet" });
    await dialog.waitFor();
    await dialog.getByText("1 entry hasn't reached the family yet.").waitFor();
    expect(await axeProblems(page)).toEqual([]);
    // Staying is the default choice.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Stay signed in");
    await dialog.getByRole("button", { name: "Stay signed in" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole("heading", { level: 1, name: "Today with Aroha" }).waitFor();
    expect(await syncStatus(page).textContent()).toBe("Offline · 1 waiting");

    // Back online the entry reaches the family, and signing out no longer needs to ask.
    await context.setOffline(false);
    await expect.poll(() => syncStatus(page).textContent(), { timeout: 20_000 }).toBe("All saved");
    const entries = await owner.client.get(`/api/babies/${babyId}/entries?limit=500`);
    expect(
      entries.json.items.filter((e: { details: { kind?: string } }) => e.details.kind === "dry"),
    ).toHaveLength(1);
    await (await openMore(page)).getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  });
});
