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
  moments: string[];
  cues: string[];
  feeling: number | null;
  note: string | null;
}

async function entriesOf(client: HttpClient, babyId: string): Promise<ApiEntry[]> {
  const res = await client.get(`/api/babies/${babyId}/entries?limit=500`);
  expect(res.status).toBe(200);
  return res.json.items;
}

/** "HH:MM" some minutes ago on the family's clock (the family below lives in UTC, as does the browser). */
// Care logged "50 minutes ago" must land on today, whatever time the suite runs: the family and the browser
// live where it is about midday, and times are typed as that zone's clock shows them.
const zone = middayZone();
const clock = new Intl.DateTimeFormat("en-GB", {
  timeZone: zone,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const minutesAgo = (minutes: number) => clock.format(new Date(Date.now() - minutes * 60_000));

describe("every kind of entry and its details, in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let owner: HttpClient;
  let familyId: string;
  let babyId: string;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    owner = server.client();
    expect((await owner.signUp(uniqueEmail("ana"), { name: "Ana" })).status).toBe(200);
    // A family that weighs in pounds and feeds in ounces (Settings would do the same).
    expect((await owner.patch("/api/me/preferences", { volumeUnit: "oz", weightUnit: "lb" })).status).toBe(
      200,
    );
    familyId = (await owner.post("/api/families", { name: "The Okafors", timeZone: zone })).json.id;
    babyId = (await owner.post(`/api/families/${familyId}/babies`, { name: "Leo", birthDate: "2026-09-01" }))
      .json.id;
    const [name, value] = [...owner.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    context = await phoneContext(browser, { timezoneId: zone });
    await context.addCookies([{ name: name ?? "", value: value ?? "", url: server.base }]);
    page = await context.newPage();
    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1, name: "Today with Leo" }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const timeline = () => page.locator(".timeline-list");
  /** Today's "More" (the rarer kinds of care), not the navigation's. */
  const moreButton = () => page.getByRole("main").getByRole("button", { name: "More", exact: true });
  const moreSheet = () => page.getByRole("dialog", { name: "More to log" });
  const openMore = async (type: string, heading = type) => {
    await moreButton().click();
    // Focus moves into the sheet (the first test checks where exactly).
    await expect
      .poll(() => moreSheet().evaluate((sheet) => sheet.contains(document.activeElement)))
      .toBe(true);
    await moreSheet().getByRole("button", { name: type, exact: true }).click();
    await page.getByRole("heading", { name: `Log: ${heading}` }).waitFor();
  };

  it("moves focus into More's sheet, to its first choice, and back to More when Escape closes it", async () => {
    await moreButton().click();
    const sheet = moreSheet();
    await sheet.getByRole("button", { name: "Growth", exact: true }).waitFor();
    await page.waitForTimeout(200);
    const focusedOnOpen = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press("Escape");
    await expect.poll(() => sheet.count()).toBe(0);
    expect(await page.getByRole("button", { name: "Growth", exact: true }).count()).toBe(0);
    expect(focusedOnOpen).toBe("Soothing");
    await expect.poll(() => moreButton().evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await moreButton().getAttribute("aria-expanded")).toBe("false");
  });

  it("logs a growth entry in pounds from More, stored in kilograms", async () => {
    await openMore("Growth");
    // Nothing filled in: asked for at least one measurement, in plain words.
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Please fill in at least one measurement.").waitFor();
    await page.getByLabel("Weight (lb)").fill("9.5");
    await page.getByLabel("Length (cm)").fill("55,5"); // a comma works as well as a point
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("button", { name: "Skip" }).click();

    await timeline().getByText("9.5 lb (4.309 kg)", { exact: false }).waitFor();
    await expect
      .poll(async () => (await entriesOf(owner, babyId)).find((e) => e.type === "growth")?.details)
      .toEqual({ weightKg: 4.309, lengthCm: 55.5 });
  });

  it("logs a temperature, in °F by the unit switch, stored in °C, with the doctor advice for a fever", async () => {
    await openMore("Temperature");
    await page.getByLabel("Temperature (°C)").fill("37.5");
    await page.getByText("That's 99.5 °F.").waitFor();
    // Switching the unit converts what is typed.
    await page.getByRole("radio", { name: "°F" }).check();
    await expect.poll(() => page.getByLabel("Temperature (°F)").inputValue()).toBe("99.5");
    await page.getByLabel("Temperature (°F)").fill("100.4");
    await page.getByText("That's 38.0 °C.").waitFor();
    await page
      .getByText(
        "If your baby is under 3 months old, call your doctor now; from 3 to 6 months, call if it is 39 °C (102.2 °F) or more.",
        { exact: false },
      )
      .waitFor();
    await page.getByLabel("How it was taken").selectOption({ label: "Under the arm" });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("button", { name: "Skip" }).click();

    await timeline().getByText("38.0 °C (100.4 °F) · Under the arm", { exact: false }).waitFor();
    await expect
      .poll(async () => (await entriesOf(owner, babyId)).find((e) => e.type === "temperature")?.details)
      .toEqual({ celsius: 38, method: "armpit" });
  });

  it("asks for what a form needs, and logs medicine and an appointment that is over", async () => {
    await openMore("Medicine");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Please write the medicine's name.").waitFor();
    // Focus goes to the field to fix.
    await expect
      .poll(() =>
        page.getByRole("textbox", { name: "Medicine" }).evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await page.getByRole("textbox", { name: "Medicine" }).fill("Paracetamol");
    await page.getByLabel("Dose (optional)").fill("2.5 ml");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("button", { name: "Skip" }).click();
    await timeline().getByText("Paracetamol · 2.5 ml", { exact: false }).waitFor();

    await openMore("Appointment");
    await page.getByRole("radio", { name: "Lactation" }).check();
    await page.getByLabel("With whom (optional)").fill("Grace");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Please enter when it started.").waitFor();
    await page.getByLabel("Started").fill(minutesAgo(50));
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("button", { name: "Skip" }).click();
    await timeline().getByText("Lactation · Grace", { exact: false }).waitFor();

    await expect
      .poll(async () => {
        const all = await entriesOf(owner, babyId);
        const visit = all.find((e) => e.type === "appointment");
        return {
          medicine: all.find((e) => e.type === "medication")?.details,
          visit: visit?.details,
          ended: Boolean(visit?.endedAt),
        };
      })
      .toEqual({
        medicine: { name: "Paracetamol", dose: "2.5 ml" },
        visit: { kind: "lactation", with: "Grace" },
        ended: true,
      });
  });

  it("offers the family's own kinds of care, and any other label", async () => {
    // An owner adds the family's own kind of care on the Family page; it then waits under More.
    await page.goto(`${server.base}/family`);
    await page.getByLabel("Name", { exact: true }).fill("Tummy oil");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByText("Added Tummy oil.").waitFor();
    expect((await owner.get(`/api/families/${familyId}`)).json.customTypes).toEqual(["Tummy oil"]);
    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1, name: "Today with Leo" }).waitFor();

    await openMore("Tummy oil");
    await expect.poll(() => page.getByLabel("What was it?").inputValue()).toBe("Tummy oil");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("button", { name: "Skip" }).click();

    await openMore("Something else", "Other");
    await page.getByLabel("What was it?").fill("Visit from grandma");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("button", { name: "Skip" }).click();
    await timeline().getByText("Visit from grandma").waitFor();

    await expect
      .poll(async () =>
        (await entriesOf(owner, babyId))
          .filter((e) => e.type === "custom")
          .map((e) => e.details.label)
          .sort(),
      )
      .toEqual(["Tummy oil", "Visit from grandma"]);
  });

  it("edits a bottle feed's amount in ounces, stored in millilitres", async () => {
    await page.getByRole("button", { name: "Feed", exact: true }).click();
    await page.getByRole("button", { name: "Bottle", exact: true }).click();
    await page.getByRole("button", { name: "Stop Feed" }).click();
    await page.getByRole("button", { name: "Skip" }).click();

    const row = timeline().locator("li", { hasText: "Bottle" });
    await row.getByRole("button", { name: /^Edit Feed/ }).click();
    await row.getByLabel("Amount (oz)").fill("4");
    await row.getByLabel("Milk").selectOption({ label: "Formula" });
    await row.getByRole("button", { name: "Save", exact: true }).click();
    await row.getByText("Bottle · 4 oz (118 ml) · Formula", { exact: false }).waitFor();

    await expect
      .poll(async () => (await entriesOf(owner, babyId)).find((e) => e.details.method === "bottle")?.details)
      .toEqual({ method: "bottle", amountMl: 118.3, milk: "formula" });

    // Opening and saving again leaves the stored amount exactly as it was.
    await row.getByRole("button", { name: /^Edit Feed/ }).click();
    await expect.poll(() => row.getByLabel("Amount (oz)").inputValue()).toBe("4");
    await row.getByLabel("Note").fill("Took it slowly");
    await row.getByRole("button", { name: "Save", exact: true }).click();
    await row.getByText("Took it slowly").waitFor();
    await expect
      .poll(async () => (await entriesOf(owner, babyId)).find((e) => e.details.method === "bottle")?.note)
      .toBe("Took it slowly");
    expect(
      (await entriesOf(owner, babyId)).find((e) => e.details.method === "bottle")?.details.amountMl,
    ).toBe(118.3);
  });

  it("adds cues and a feeling after logging; the feeling stays private to the one who logged it", async () => {
    await page.getByRole("button", { name: "Diaper", exact: true }).click();
    await page.getByRole("button", { name: "Wet", exact: true }).click();
    await page.getByRole("button", { name: "Calm", exact: true }).click();
    await expect
      .poll(() => page.getByRole("button", { name: "Calm", exact: true }).getAttribute("aria-pressed"))
      .toBe("true");
    await page.getByText("Optional, and only you can see it.").waitFor();
    // The feeling is a toggle: a second tap takes it back, a third gives it again.
    const four = page.getByRole("button", { name: "4", exact: true });
    await four.click();
    await expect.poll(() => four.getAttribute("aria-pressed")).toBe("true");
    await four.click();
    await expect.poll(() => four.getAttribute("aria-pressed")).toBe("false");
    await four.click();
    await page.getByRole("button", { name: "Done" }).click();
    await timeline().getByText("Cues: Calm").waitFor();

    await expect
      .poll(async () => {
        const diaper = (await entriesOf(owner, babyId)).find((e) => e.type === "diaper");
        return diaper && { cues: diaper.cues, feeling: diaper.feeling };
      })
      .toEqual({ cues: ["calm"], feeling: 4 });

    // Another caregiver sees the cues, not the feeling.
    const code = (await owner.post(`/api/families/${familyId}/invites`, { relationship: "father" })).json
      .code;
    const dad = server.client();
    await dad.signUp(uniqueEmail("dad"));
    expect((await dad.post(`/api/invites/${code}/accept`, {})).status).toBe(200);
    const seen = (await entriesOf(dad, babyId)).find((e) => e.type === "diaper");
    expect(seen).toMatchObject({ cues: ["calm"], feeling: null });
  });

  it("warns before saving a back-dated sleep that overlaps another, and saves it anyway when asked", async () => {
    const at = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
    const earlier = await owner.post(`/api/babies/${babyId}/entries`, {
      type: "sleep",
      startedAt: at(60),
      endedAt: at(30),
      details: {},
    });
    expect(earlier.status).toBe(201);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Today with Leo" }).waitFor();
    await timeline().locator("li", { hasText: "Sleep" }).waitFor();

    await page.getByLabel("Happened earlier?").fill(minutesAgo(45));
    await page.getByRole("button", { name: "Sleep", exact: true }).click();
    const warning = page.getByRole("alert").filter({ hasText: "This overlaps another entry: Sleep" });
    await warning.waitFor();
    // Nothing is saved until the caregiver chooses.
    expect((await entriesOf(owner, babyId)).filter((e) => e.type === "sleep")).toHaveLength(1);

    // "Change time" goes back to the time field and saves nothing.
    await warning.getByRole("button", { name: "Change time" }).click();
    await expect.poll(() => warning.count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement)?.type))
      .toBe("time");

    await page.getByRole("button", { name: "Sleep", exact: true }).click();
    await warning.getByRole("button", { name: "Save anyway" }).click();
    await page.getByRole("region", { name: "Going on now" }).getByText("Sleep", { exact: true }).waitFor();
    await expect
      .poll(async () => (await entriesOf(owner, babyId)).filter((e) => e.type === "sleep").length)
      .toBe(2);

    // The editor asks too, when a change of time makes an overlap.
    await page.getByRole("button", { name: "Stop Sleep" }).click();
    await page.getByRole("button", { name: "Skip" }).click();
    const first = timeline().locator("li", { hasText: "Sleep" }).first();
    await first.getByRole("button", { name: /^Edit Sleep/ }).click();
    await first.getByLabel("Where").selectOption({ label: "Crib" });
    await first.getByRole("button", { name: "Save", exact: true }).click();
    // Only the details changed: no question, saved at once.
    await first.getByText("Crib", { exact: false }).waitFor();
    await expect
      .poll(async () =>
        (await entriesOf(owner, babyId)).some((e) => e.type === "sleep" && e.details.where === "crib"),
      )
      .toBe(true);
  });
});
