import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import {
  axeBuilder,
  goByNav,
  launchBrowser,
  openMore,
  phoneContext,
  startWebServer,
  WCAG_TAGS,
} from "./browser.js";

const axeViolations = async (page: Page) =>
  (await axeBuilder(page).withTags(WCAG_TAGS).analyze()).violations.map(
    (v) => `${v.id} (${v.nodes.length}) ${v.help}`,
  );

describe("check-ins finished offline, and sharing a result, in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let client: ReturnType<TestServer["client"]>;
  let cookie: { name: string; value: string };

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    client = server.client();
    expect((await client.signUp(uniqueEmail("offline-checkin"), { name: "Ana" })).status).toBe(200);
    const family = await client.post("/api/families", { name: "The Ríos", relationship: "mother" });
    const birth = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    expect(
      (await client.post(`/api/families/${family.json.id}/babies`, { name: "Lía", birthDate: birth })).status,
    ).toBe(201);
    const [name, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    cookie = { name: name ?? "", value: value ?? "" };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedInPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await phoneContext(browser);
    await context.addCookies([{ ...cookie, url: server.base }]);
    return { context, page: await context.newPage() };
  }

  const stored = async (instrumentId: string) =>
    (await client.get(`/api/screenings?instrumentId=${instrumentId}&limit=200`)).json.items as {
      id: string;
      total: number;
    }[];

  /** From /wellbeing (so its code is loaded while online), into a check-in, answering all but the last. */
  async function answerGad7UpToTheLast(page: Page) {
    await page.goto(`${server.base}/wellbeing`);
    await page.getByRole("heading", { level: 1, name: "Check-ins" }).waitFor();
    await page.getByRole("link", { name: "Start GAD-7" }).click();
    await page.getByRole("heading", { level: 1, name: "GAD-7" }).waitFor();
    // "Several days" on the first two, "not at all" after: a total of 2.
    for (let k = 1; k <= 7; k++) {
      await page.getByRole("radio", { name: k <= 2 ? "Several days" : "Not at all", exact: true }).check();
      if (k < 7) await page.getByRole("button", { name: "Next", exact: true }).click();
    }
  }

  it("shows the result offline, sends it once when back online, and lists it once", async () => {
    const { context, page } = await signedInPage();
    expect(await stored("gad7")).toHaveLength(0);
    await answerGad7UpToTheLast(page);

    await context.setOffline(true);
    await page.getByRole("button", { name: "See my result", exact: true }).click();
    await page
      .getByText("You're offline, so this result isn't saved yet. It's kept on this phone and will be sent")
      .waitFor();
    // Scored on the phone, exactly as the server would.
    await page.getByRole("heading", { level: 2, name: "GAD-7 total" }).waitFor();
    await page.getByText("Your score: 2 (from 0 to 21)").waitFor();
    // Who sees it is a choice for a saved result only.
    expect(await page.getByRole("heading", { name: "Who sees this result" }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // Trying again while still offline keeps it waiting, and stores nothing.
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByText("You're offline, so this result isn't saved yet.", { exact: false }).waitFor();
    expect(await stored("gad7")).toHaveLength(0);

    // Back online: the background sender sends it, and the page says so.
    await context.setOffline(false);
    const sent = page.getByRole("status").filter({ hasText: "You're back online: your result is saved." });
    await sent.waitFor();
    const kept = await stored("gad7");
    expect(kept).toHaveLength(1);
    expect(kept[0]?.total).toBe(2);
    // The result it became, saved: the choices of who sees it are there now.
    await page.getByRole("link", { name: "See your saved result" }).click();
    await page.waitForURL(/\/wellbeing\/results\//);
    expect(page.url()).toContain(kept[0]?.id ?? "missing");
    await page.getByRole("region", { name: "Who sees this result" }).waitFor();

    await goByNav(page, "Check-ins");
    const table = page.getByRole("table", { name: "GAD-7 results" });
    await table.waitFor();
    await expect.poll(() => table.locator("tbody tr").count()).toBe(1);
    expect(await page.getByText(/waiting to be sent/).count()).toBe(0);
    expect(await stored("gad7")).toHaveLength(1);
    await context.close();
  });

  it("counts check-ins waiting on this phone on the check-ins page, until they are sent", async () => {
    const { context, page } = await signedInPage();
    const before = (await stored("gad7")).length;
    await answerGad7UpToTheLast(page);
    await context.setOffline(true);
    await page.getByRole("button", { name: "See my result", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "GAD-7 total" }).waitFor();

    await goByNav(page, "Check-ins");
    await page.getByText("1 check-in waiting to be sent").waitFor();
    // Started again, the check-in is a new one: the one waiting is not in progress any more.
    await page.getByRole("link", { name: "Start GAD-7" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Signing out would delete it from this phone: asked first, like entries not yet sent.
    await (await openMore(page)).getByRole("button", { name: "Sign out" }).click();
    const ask = page.getByRole("dialog", { name: "Some check-ins aren't sent yet" });
    await ask.waitFor();
    await ask.getByText("1 check-in hasn't been sent yet.").waitFor();
    await ask.getByRole("button", { name: "Stay signed in" }).click();
    await page.getByText("1 check-in waiting to be sent").waitFor();

    await context.setOffline(false);
    await expect.poll(() => page.getByText(/waiting to be sent/).count(), { timeout: 15_000 }).toBe(0);
    const table = page.getByRole("table", { name: "GAD-7 results" });
    await expect.poll(() => table.locator("tbody tr").count(), { timeout: 15_000 }).toBe(before + 1);
    expect(await stored("gad7")).toHaveLength(before + 1);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("attune.checkIn"))),
    ).toEqual([]);
    await context.close();
  });

  it("drops a waiting check-in the server refuses, and says so until it is read", async () => {
    const { context, page } = await signedInPage();
    const userId = (await client.get("/api/me")).json.user.id as string;
    const before = (await client.get("/api/screenings?limit=200")).json.items.length;
    // Queued on this phone about a baby that is not (or no longer) theirs: sending it again cannot help.
    await page.goto(`${server.base}/help`);
    await page.evaluate(
      ([key, queued]) => localStorage.setItem(key as string, queued as string),
      [
        `attune.checkInQueue.${userId}`,
        JSON.stringify([
          {
            clientId: "0190f5c2-7b1e-7a3c-9d2e-4f5a6b7c8d9e",
            instrumentId: "pbq",
            subject: { babyId: "not-a-baby-of-theirs" },
            lang: "en",
            answers: Array.from({ length: 25 }, (_, i) => ({ item: String(i + 1), option: 5 })),
            queuedAt: Date.now(),
          },
        ]),
      ],
    );
    await page.goto(`${server.base}/wellbeing`);
    const notice = page.getByRole("region", { name: "A check-in couldn't be saved" });
    await notice.waitFor();
    await notice
      .getByText(
        /Your PBQ check-in from .* couldn't be saved, so it was taken off this phone: That baby was not found\./,
      )
      .waitFor();
    expect(await page.getByText(/waiting to be sent/).count()).toBe(0);
    expect((await client.get("/api/screenings?limit=200")).json.items.length).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    // Still there after a reload, until read.
    await page.reload();
    await notice.waitFor();
    await notice.getByRole("button", { name: "OK, hide this" }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await context.close();
  });

  it("puts a result in the visit summary when its box is ticked, and offers help with bonding", async () => {
    const { context, page } = await signedInPage();
    const [latest] = await stored("gad7");
    await page.goto(`${server.base}/wellbeing/results/${latest?.id}`);
    const sharing = page.getByRole("region", { name: "Who sees this result" });
    await sharing.waitFor();
    await sharing.getByText("Nothing is shared until you share your family with a clinician.").waitFor();
    const include = sharing.getByRole("checkbox", { name: "Include it in my visit summary" });
    const clinicians = sharing.getByRole("checkbox", {
      name: "Let a clinician I choose to share my family with see it",
    });
    expect(await include.isChecked()).toBe(false);
    expect(await clinicians.isChecked()).toBe(false);
    // The whole row is the target, not only the box.
    const box = await sharing.locator("label.choice").first().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    // A total of 2 is GAD-7's lowest band: no bonding link for it.
    expect(await page.getByRole("link", { name: "When bonding feels hard" }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await include.check();
    await sharing.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    expect((await client.get(`/api/screenings/${latest?.id}`)).json.sharing).toEqual({
      visitSummary: true,
      clinicians: false,
    });

    await page.goto(`${server.base}/guide/visit`);
    const mine = page.getByRole("region", { name: "My check-ins" }).first();
    await mine.waitFor();
    await mine.getByRole("rowheader", { name: "GAD-7" }).waitFor();
    await mine.getByText("2 (from 0 to 21)").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The PBQ always offers help with bonding.
    await page.goto(`${server.base}/wellbeing/pbq`);
    await page.getByRole("heading", { level: 1, name: "PBQ" }).waitFor();
    for (let k = 1; k <= 25; k++) {
      await page.getByRole("radio", { name: "Never", exact: true }).check();
      await page.getByRole("button", { name: k === 25 ? "See my result" : "Next", exact: true }).click();
    }
    await page.waitForURL(/\/wellbeing\/results\//);
    expect(await page.getByRole("link", { name: "When bonding feels hard" }).getAttribute("href")).toBe(
      "/help/bonding",
    );
    await context.close();
  });
});
