import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KM_PER_DEGREE, listing, seedListing } from "../support/directory-fixture.js";
import { HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, phoneContext, startWebServer } from "./browser.js";

/** ZIP 94110 (San Francisco's Mission) and points due north of it. */
const mission = { lat: 37.7509, lon: -122.4153 };
const north = (km: number) => ({ lat: mission.lat + km / KM_PER_DEGREE, lon: mission.lon });
const place = { city: "San Francisco", region: "CA", country: "US" as const };

/** What every application needs, typed as a provider would; languages stay at English. */
async function fillApplication(page: Page, name: string, email: string) {
  await page.getByLabel("Name families will see").fill(name);
  await page
    .getByLabel("About you and how you work")
    .fill("Therapy for parents after a hard birth, in English and Spanish, at home or by video.");
  await page.getByRole("group", { name: "Support you offer" }).getByText("Therapy and counselling").click();
  await page.getByLabel("ZIP code or postcode").fill("94110");
  await page.getByLabel("City or town").fill("San Francisco");
  await page.getByLabel("State or county (optional)").fill("CA");
  await page.getByLabel("Email (optional)").fill(email);
}

describe("applying to the directory without an account, and distances in the visitor's units", () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWebServer({ RATE_LIMIT_PER_MINUTE: "100000" });
    browser = await launchBrowser();
    await server.client().signUp(uniqueEmail("admin")); // the first account is the instance's admin
    await seedListing(server, listing({ name: "Close Doula", services: ["doula"], inPerson: place }), {
      at: north(1),
    });
    await seedListing(server, listing({ name: "Further Doula", services: ["doula"], inPerson: place }), {
      at: north(12),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("a signed-out visitor fills in the whole application, makes the account at the end, and lands on it", async () => {
    const email = uniqueEmail("applicant");
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.base}/directory`);
    await page.getByRole("link", { name: "List your practice" }).click();
    await page.getByRole("heading", { level: 1, name: "List your practice" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Your account" }).waitFor();
    expect(await axeProblems(page)).toEqual([]);

    await fillApplication(page, "Rosa Applies", email);
    // Languages by name, not codes: English is ticked to begin with, Spanish is found by typing.
    const languages = page.getByRole("group", { name: "Languages you see clients in" });
    expect(await languages.getByRole("checkbox", { name: "English" }).isChecked()).toBe(true);
    await languages.getByLabel("Find a language").fill("span");
    await languages.getByText("1 match").waitFor();
    await languages.getByRole("checkbox", { name: "Spanish" }).check();
    await languages.getByText("Chosen: English, Spanish").waitFor();
    // Video regions by name too; Enter ticks the first match and does not send the form.
    const regions = page.getByRole("group", { name: "By video in (optional)" });
    // The state of the place already given comes first.
    await regions.getByRole("checkbox", { name: "California" }).waitFor();
    await regions.getByLabel("Find a state, nation or country").fill("nueva york");
    await regions.getByText("Nothing matches “nueva york”.").waitFor();
    await regions.getByLabel("Find a state, nation or country").fill("new yo");
    await regions.getByLabel("Find a state, nation or country").press("Enter");
    await regions.getByText("Chosen: New York").waitFor();
    await regions.getByRole("checkbox", { name: "California" }).check();
    await regions.getByText("Chosen: New York, California").waitFor();
    expect(await axeProblems(page)).toEqual([]);

    // The draft is kept through a reload.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "List your practice" }).waitFor();
    expect(await page.getByLabel("Name families will see").inputValue()).toBe("Rosa Applies");
    await page.getByText("Chosen: English, Spanish").waitFor();

    // The account's name and email follow the listing's; a missing password stops it, with focus there.
    expect(await page.getByLabel("Email for your account").inputValue()).toBe(email);
    expect(await page.getByLabel("Your name").inputValue()).toBe("Rosa Applies");
    await page.getByRole("button", { name: "Create my account and send for review" }).click();
    await page.getByText("Please check: Password.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("autocomplete"))).toBe(
      "new-password",
    );
    await page.getByLabel("Your name").fill("Rosa Delgado");
    await page.getByLabel("Password", { exact: true }).fill(HttpClient.password);
    await page.getByRole("button", { name: "Create my account and send for review" }).click();

    await page.getByRole("heading", { level: 1, name: "My listings" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/directory/mine");
    await page.getByRole("heading", { level: 2, name: "Rosa Applies" }).waitFor();
    await page.getByText("Waiting for review").waitFor();
    // What is left to do is said where they land: confirm the address, so the listing can go live.
    await page.getByText(`follow the link we sent to ${email}`, { exact: false }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    // The new account holds the application, with the codes picked by name.
    const mine = await page.evaluate(async () => (await fetch("/api/directory/mine")).json());
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ languages: ["en", "es"], telehealth: ["US-NY", "US-CA"] });
    const me = await page.evaluate(async () => (await fetch("/api/me")).json());
    expect(me.user).toMatchObject({ name: "Rosa Delgado", email, role: "clinician" });

    // Sent, the draft is forgotten: the next application starts empty.
    await page.goto(`${server.base}/directory/apply`);
    await page.getByRole("heading", { level: 1, name: "List your practice" }).waitFor();
    expect(await page.getByLabel("Name families will see").inputValue()).toBe("");
    await context.close();
  });

  it("someone who already has an account signs in from the application and finds their answers kept", async () => {
    const email = uniqueEmail("existing");
    await server.client().signUp(email, { role: "clinician" });
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.base}/directory/apply`);
    await page.getByRole("heading", { level: 1, name: "List your practice" }).waitFor();
    await fillApplication(page, "Kept Draft", email);
    // Making an account with an address that has one opens none: sign in, and the answers are still there.
    await page.getByLabel("Password", { exact: true }).fill("another long password");
    await page.getByRole("button", { name: "Create my account and send for review" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.getByText("We couldn't open an account with that email.").waitFor();
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Password", { exact: true }).fill(HttpClient.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "List your practice" }).waitFor();
    expect(await page.getByLabel("Name families will see").inputValue()).toBe("Kept Draft");
    expect(await page.getByRole("heading", { name: "Your account" }).count()).toBe(0);
    await page.getByRole("button", { name: "Send for review" }).click();
    await page.getByRole("heading", { level: 2, name: "Kept Draft" }).waitFor();
    await context.close();
  });

  it("names languages and regions in Spanish for a Spanish speaker, accessibly at night", async () => {
    const context = await phoneContext(browser, { locale: "es-MX", colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(`${server.base}/directory/apply`);
    await page.getByRole("heading", { level: 1, name: "Incluye tu consultorio" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Tu cuenta" }).waitFor();
    await page.getByLabel("Buscar un idioma").fill("ingl");
    expect(await page.getByRole("checkbox", { name: "inglés" }).isChecked()).toBe(true);
    await page.getByLabel("Buscar un estado, nación o país").fill("nueva york");
    await page.getByRole("checkbox", { name: "Nueva York" }).check();
    await page.getByText("Elegidos: Nueva York").waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });

  it("reads distances and radii in miles in the US, and in kilometres elsewhere", async () => {
    const context = await phoneContext(browser); // en-US
    const page = await context.newPage();
    await page.goto(`${server.base}/directory?near=94110`);
    await page.getByText("2 providers found").waitFor();
    const cards = page.locator(".provider-card");
    expect(await cards.first().textContent()).toContain("0.6 miles away");
    expect(await cards.nth(1).textContent()).toContain("7.5 miles away");
    // The radius in miles, sent in km: 5 miles is 8 km, which leaves out the one 12 km away.
    await page.getByRole("button", { name: "Change search" }).click();
    const radius = page.getByLabel("Distance");
    expect(await radius.locator("option:checked").textContent()).toBe("Within 16 miles");
    await radius.selectOption({ label: "Within 5 miles" });
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.getByText("1 provider found").waitFor();
    expect(new URL(page.url()).searchParams.get("radiusKm")).toBe("8");
    await page.getByRole("button", { name: "Change search" }).click();
    expect(await radius.locator("option:checked").textContent()).toBe("Within 5 miles");
    expect(await axeProblems(page)).toEqual([]);
    // The profile says how far too.
    await page.getByRole("link", { name: "Close Doula" }).click();
    await page.getByRole("heading", { level: 1, name: "Close Doula" }).waitFor();
    await page.getByText("0.6 miles away").waitFor();
    await context.close();

    const irish = await phoneContext(browser, { locale: "en-IE" });
    const visitor = await irish.newPage();
    await visitor.goto(`${server.base}/directory?near=94110`);
    await visitor.getByText("2 providers found").waitFor();
    expect(await visitor.locator(".provider-card").nth(1).textContent()).toContain("12 km away");
    await visitor.getByRole("button", { name: "Change search" }).click();
    expect(await visitor.getByLabel("Distance").locator("option:checked").textContent()).toBe("Within 25 km");
    await irish.close();
  });
});
