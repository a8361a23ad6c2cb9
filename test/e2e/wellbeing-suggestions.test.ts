import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { launchBrowser, mainNav, phoneContext, startWebServer } from "./browser.js";

const isoDay = (daysFromNow: number) =>
  new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

describe("check-in suggestions in the browser", () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedIn(client: ReturnType<TestServer["client"]>) {
    const [name = "", value = ""] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    const context = await phoneContext(browser);
    await context.addCookies([{ name, value, url: server.base }]);
    return { context, page: await context.newPage() };
  }

  it("someone with no family yet can reach check-ins from the menu", async () => {
    const client = server.client();
    expect((await client.signUp(uniqueEmail("no-family"), { name: "Rae" })).status).toBe(200);
    const { context, page } = await signedIn(client);
    await page.goto(`${server.base}/settings`);
    // Without a baby yet, check-ins are a tab of their own.
    await mainNav(page).getByRole("link", { name: "Check-ins" }).click();
    await page.getByRole("heading", { level: 1, name: "Check-ins" }).waitFor();
    await context.close();
  });

  it("in the third trimester the pregnancy reflection is suggested from the expected baby, and can be turned off", async () => {
    const client = server.client();
    expect((await client.signUp(uniqueEmail("pregnant"), { name: "Ife" })).status).toBe(200);
    const family = await client.post("/api/families", { name: "The Okafors", relationship: "mother" });
    const baby = await client.post(`/api/families/${family.json.id}/babies`, {
      name: "Baby",
      dueDate: isoDay(6 * 7),
    });
    expect(baby.status).toBe(201);
    const { context, page } = await signedIn(client);
    await page.goto(`${server.base}/wellbeing`);
    const reminder = page.getByRole("region", { name: "A gentle reminder" });
    await reminder.getByRole("link", { name: "It may be a good time for MAAS." }).waitFor();
    // Expecting, with no baby born yet: the pregnancy reflection is offered, the bonding questionnaire not yet.
    await page.getByRole("link", { name: "Start MAAS" }).waitFor();
    expect(await page.getByRole("link", { name: "Start PBQ" }).count()).toBe(0);
    await reminder.getByRole("button", { name: "Turn off check-in reminders" }).click();
    await page.getByText("Check-in reminders are off. You can still check in whenever you like.").waitFor();
    expect(await page.getByRole("link", { name: "It may be a good time for MAAS." }).count()).toBe(0);
    const stored = await client.get(`/api/screenings/suggestions?babyId=${baby.json.id}`);
    expect(stored.json.reminders).toBe(false);
    await context.close();
  });

  it("suggests from every baby in every family: a baby born in one, another on the way in the next", async () => {
    const client = server.client();
    expect((await client.signUp(uniqueEmail("second-baby"), { name: "Mei" })).status).toBe(200);
    const first = await client.post("/api/families", { name: "The Lins", relationship: "mother" });
    await client.post(`/api/families/${first.json.id}/babies`, { name: "Jun", birthDate: isoDay(-400) });
    const second = await client.post("/api/families", { name: "The Lins again", relationship: "mother" });
    await client.post(`/api/families/${second.json.id}/babies`, { name: "Bao", dueDate: isoDay(6 * 7) });
    const { context, page } = await signedIn(client);
    await page.goto(`${server.base}/wellbeing`);
    const reminder = page.getByRole("region", { name: "A gentle reminder" });
    await reminder.getByRole("link", { name: "It may be a good time for MAAS." }).waitFor();
    // A baby born and another on the way: both kinds of questionnaire fit.
    await page.getByRole("link", { name: "Start MAAS" }).waitFor();
    await page.getByRole("link", { name: "Start PBQ" }).waitFor();
    await context.close();
  });
});
