import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { middayZone } from "../support/midday-zone.js";
import type { TestServer } from "../support/test-server.js";
import { launchBrowser, phoneContext, startWebServer } from "./browser.js";

interface ApiEntry {
  id: string;
  type: string;
  startedAt: string;
  endedAt: string | null;
  details: Record<string, unknown>;
}

async function entriesOf(client: HttpClient, babyId: string): Promise<ApiEntry[]> {
  const res = await client.get(`/api/babies/${babyId}/entries?limit=500`);
  expect(res.status).toBe(200);
  return res.json.items;
}

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** The step's heading has focus, so a screen reader hears "Step 2 of 4 Likely reasons". */
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? "");

describe("My baby is crying, in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let owner: HttpClient;
  let babyId: string;

  async function log(entry: Record<string, unknown>) {
    const res = await owner.post(`/api/babies/${babyId}/entries`, { moments: [], cues: [], ...entry });
    expect(res.status).toBe(201);
  }

  async function openFromToday() {
    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1, name: "Today with Robin" }).waitFor();
    // One tap from Today.
    await page.getByRole("link", { name: /My baby is crying/ }).click();
    await page.getByRole("heading", { level: 1, name: "My baby is crying" }).waitFor();
  }

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    owner = server.client();
    expect((await owner.signUp(uniqueEmail("kim"), { name: "Kim" })).status).toBe(200);
    // Care logged hours ago must land on today, whatever time the suite runs.
    const zone = middayZone();
    const familyId = (await owner.post("/api/families", { name: "The Parks", timeZone: zone })).json.id;
    // Five weeks old: young enough that any fever needs a doctor now.
    const birthDate = new Date(Date.now() - 35 * 86_400_000).toISOString().slice(0, 10);
    babyId = (await owner.post(`/api/families/${familyId}/babies`, { name: "Robin", birthDate })).json.id;
    const [name, value] = [...owner.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    context = await phoneContext(browser, { timezoneId: zone });
    await context.addCookies([{ name: name ?? "", value: value ?? "", url: server.base }]);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it("puts a logged fever first, with the numbers as tap-to-call links for the chosen region", async () => {
    await log({ type: "temperature", startedAt: ago(10), details: { celsius: 38.5 } });
    await openFromToday();
    await page.getByRole("heading", { level: 2, name: "Step 1 of 4 Safety first" }).waitFor();
    await page.getByLabel("Phone numbers for").selectOption("GB");

    const urgent = page.locator(".crying-urgent");
    await urgent.waitFor();
    expect(await urgent.getAttribute("role")).toBe("alert");
    const first = page.locator(".crying-flag").first();
    expect(await first.getAttribute("class")).toContain("is-urgent");
    expect(await first.textContent()).toContain(
      "A temperature of 38 °C (100.4 °F) or more in a baby under 3 months",
    );
    expect(await first.textContent()).toMatch(
      /A temperature of 38\.5\s°C \(101\.3\s°F\) was logged 10 min ago/,
    );
    // The fever calls for a doctor: NHS 111 in the United Kingdom.
    expect(await first.getByRole("link").getAttribute("href")).toBe("tel:111");

    const emergency = page.getByRole("link", { name: "Call 999" });
    expect(await emergency.getAttribute("href")).toBe("tel:999");
    const box = await emergency.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.width).toBeGreaterThanOrEqual(44);
    await page.getByRole("button", { name: "None of these — continue" }).waitFor();
  });

  it("still shows the warning signs and help offline, and says the reasons need a connection", async () => {
    // The worker must control the page, so the helper's code comes from this phone once the network is gone.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "My baby is crying" }).waitFor();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1, name: "Today with Robin" }).waitFor();
    await context.setOffline(true);
    try {
      await page.getByRole("link", { name: /My baby is crying/ }).click();
      await page.getByRole("heading", { level: 1, name: "My baby is crying" }).waitFor();
      // The region chosen before is remembered; the fever comes from this phone's copy of the log.
      expect(await page.getByRole("link", { name: "Call 999" }).getAttribute("href")).toBe("tel:999");
      await page
        .locator(".crying-urgent")
        .getByText(/A temperature of 38\.5\s°C/)
        .waitFor();
      await page.getByRole("button", { name: "None of these — continue" }).click();
      await page.getByText("You're offline, so the likely reasons can't be worked out right now").waitFor();
      await page.getByRole("button", { name: "Help for you", exact: true }).click();
      await page.getByText("Never shake a baby", { exact: false }).waitFor();
    } finally {
      await context.setOffline(false);
    }
  });

  it("goes from the likely reasons to stepping away, and logs the crying spell in one tap", async () => {
    await log({
      type: "feed",
      startedAt: ago(240),
      endedAt: ago(225),
      details: { method: "breast", leftSeconds: 900, lastSide: "left" },
    });
    await openFromToday();
    await page.getByRole("button", { name: "None of these — continue" }).click();
    await page.getByRole("heading", { level: 2, name: "Step 2 of 4 Likely reasons" }).waitFor();
    expect(await focusedText(page)).toBe("Step 2 of 4 Likely reasons");

    const first = page.locator(".crying-reason").first();
    expect(await first.getByRole("heading", { level: 3 }).textContent()).toBe("Hungry?");
    expect(await first.textContent()).toMatch(
      /Last feed 4 h( \d+ min)? ago\. At this age feeds often come every 2–3 h\./,
    );

    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { level: 2, name: "Step 3 of 4 Soothing together" }).waitFor();
    await page.getByRole("button", { name: "Holding close" }).click();
    await expect
      .poll(() => page.getByRole("button", { name: "Holding close" }).getAttribute("aria-pressed"))
      .toBe("true");

    await page.getByRole("button", { name: "Help for you", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "Step 4 of 4 Help for you" }).waitFor();
    expect(await focusedText(page)).toBe("Step 4 of 4 Help for you");
    await page.getByRole("button", { name: "Step away safely" }).click();
    await page.getByLabel("How long").selectOption("5");
    const timer = page.getByRole("timer");
    expect(await timer.textContent()).toBe("5:00");
    await page.getByRole("button", { name: "Start the timer" }).click();
    await expect.poll(() => timer.textContent(), { timeout: 5000 }).toMatch(/^4:5\d$/);
    await page.getByRole("button", { name: "Stop the timer" }).waitFor();

    await page.getByRole("button", { name: "Log this crying spell" }).click();
    await page.getByRole("heading", { level: 1, name: "Today with Robin" }).waitFor();
    await expect
      .poll(async () => (await entriesOf(owner, babyId)).filter((e) => e.type === "soothing").length)
      .toBe(1);
    const [soothing] = (await entriesOf(owner, babyId)).filter((e) => e.type === "soothing");
    expect(soothing?.details).toEqual({ helped: ["holding_close"] });
    expect(soothing?.endedAt).not.toBeNull();
    expect(Date.parse(soothing?.endedAt ?? "")).toBeGreaterThan(Date.parse(soothing?.startedAt ?? ""));
  });

  it("speaks Spanish when the account does", async () => {
    expect((await owner.patch("/api/me/preferences", { locale: "es" })).status).toBe(200);
    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1, name: "Hoy con Robin" }).waitFor();
    await page.getByRole("link", { name: /Mi bebé está llorando/ }).click();
    await page.getByRole("heading", { level: 1, name: "Mi bebé está llorando" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Paso 1 de 4 Primero, la seguridad" }).waitFor();
    await page.getByText("Una temperatura de 38 °C (100,4 °F) o más", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Nada de esto: continuar" }).click();
    await page.getByRole("heading", { level: 2, name: "Paso 2 de 4 Causas probables" }).waitFor();
    const first = page.locator(".crying-reason").first();
    expect(await first.getByRole("heading", { level: 3 }).textContent()).toBe("¿Tiene hambre?");
    expect(await first.textContent()).toMatch(/Última toma hace 4 h/);
    await page.getByRole("button", { name: "Ayuda para ti", exact: true }).click();
    await page.getByRole("button", { name: "Alejarte con seguridad" }).waitFor();
    await page.getByRole("button", { name: "Registrar este rato de llanto" }).waitFor();
    expect((await owner.patch("/api/me/preferences", { locale: "en" })).status).toBe(200);
  });

  it("shows an idea for the day on Today, and Not for us brings another", async () => {
    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1, name: "Today with Robin" }).waitFor();
    const card = page.locator(".idea-daily");
    await card.getByRole("heading", { level: 2, name: "An idea for the day" }).waitFor();
    const before = await card.locator(".idea-text").textContent();
    expect(before).toBeTruthy();
    await card.getByText(/^Source: /).waitFor();

    await card.getByRole("button", { name: "Save idea" }).click();
    await expect
      .poll(() => card.getByRole("button", { name: "Save idea" }).getAttribute("aria-pressed"))
      .toBe("true");
    const saved = await owner.get("/api/guidance/ideas?saved=true&lang=en");
    expect(saved.json.items.map((i: { text: string }) => i.text)).toEqual([before]);

    await card.getByRole("button", { name: "Not for us" }).click();
    await expect.poll(() => card.locator(".idea-text").textContent()).not.toBe(before);

    // After logging, an idea for that moment, never the day's own; and a way into the cue guide.
    await page.getByRole("button", { name: "Diaper", exact: true }).click();
    await page.getByRole("button", { name: "Wet", exact: true }).click();
    const moment = page.locator(".idea-moment");
    await moment.getByRole("heading", { level: 3, name: "An idea for this moment" }).waitFor();
    expect(await moment.locator(".idea-text").textContent()).not.toBe(
      await card.locator(".idea-text").textContent(),
    );
    const row = page.locator(".moments");
    expect(await row.getByRole("link", { name: "What do these cues mean?" }).getAttribute("href")).toBe(
      "/guide/cues",
    );
    await row.getByRole("button", { name: "Hungry" }).click();
    expect(await row.getByRole("link", { name: "What does “Hungry” mean?" }).getAttribute("href")).toMatch(
      /^\/guide\/cues#/,
    );
    await moment.getByRole("button", { name: "Not now" }).click();
    await expect.poll(() => moment.count()).toBe(0);
  });
});
