import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KM_PER_DEGREE, listing, seedListing } from "../support/directory-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { launchBrowser, phoneContext, startWebServer } from "./browser.js";

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}`);
}

/** ZIP 94110 (San Francisco's Mission) and points due north of it. */
const mission = { lat: 37.7509, lon: -122.4153 };
const north = (km: number) => ({ lat: mission.lat + km / KM_PER_DEGREE, lon: mission.lon });
const place = { city: "San Francisco", region: "CA", country: "US" as const };

describe("the provider directory in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let admin: HttpClient;
  let provider: HttpClient;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    admin = server.client();
    provider = server.client();
    await admin.signUp(uniqueEmail("admin"));
    await provider.signUp(uniqueEmail("provider"), { role: "clinician" });
    await seedListing(
      server,
      listing({
        name: "Far Lactation",
        services: ["lactation"],
        focus: ["nicu_families"],
        languages: ["en", "es"],
        inPerson: place,
      }),
      { at: north(8) },
    );
    await seedListing(
      server,
      listing({
        name: "Near Lactation",
        services: ["lactation"],
        focus: ["nicu_families"],
        languages: ["en", "es"],
        inPerson: place,
        contact: { phone: "+1 415 555 0100" },
      }),
      { at: north(1) },
    );
    await seedListing(
      server,
      listing({
        name: "English Only Lactation",
        services: ["lactation"],
        focus: ["nicu_families"],
        inPerson: place,
      }),
      { at: north(2) },
    );
    await seedListing(
      server,
      listing({ name: "Therapy Nearby", services: ["therapy"], languages: ["es"], inPerson: place }),
      { at: north(3) },
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedIn(client: HttpClient): Promise<{ context: BrowserContext; page: Page }> {
    const [name = "", value = ""] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    const context = await phoneContext(browser);
    await context.addCookies([{ name, value, url: server.base }]);
    return { context, page: await context.newPage() };
  }

  it("searches by ZIP with two filters, nearest first with distances, opens a profile, and the address shares the search", async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.base}/`);
    await page.getByRole("link", { name: "Find support" }).click();
    await page.getByRole("heading", { level: 1, name: "Find support" }).waitFor();
    await page.getByLabel("Near", { exact: true }).fill("94110");
    await page.getByText("More filters").click();
    await page.getByLabel("Kind of support").selectOption("lactation");
    await page.getByLabel("Language", { exact: true }).selectOption("es");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.getByText("2 providers found").waitFor();
    const names = await page.locator(".provider-card h3").allTextContents();
    expect(names).toEqual(["Near Lactation", "Far Lactation"]);
    expect(await page.locator(".provider-card").first().textContent()).toContain("1 km away");
    const url = page.url();
    expect(url).toContain("near=94110");
    expect(url).toContain("service=lactation");
    expect(await axeViolations(page)).toEqual([]);
    // Result links and filter controls are comfortable to tap.
    for (const box of [
      await page.locator(".provider-link").first().boundingBox(),
      await page.getByLabel("Kind of support").boundingBox(),
    ])
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);

    await page.getByRole("link", { name: "Near Lactation" }).click();
    await page.getByRole("heading", { level: 1, name: "Near Lactation" }).waitFor();
    expect(await page.getByRole("link", { name: "Call +1 415 555 0100" }).getAttribute("href")).toBe(
      "tel:+14155550100",
    );
    await page.getByText(/Taking new clients \(confirmed/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The same address in a fresh page shows the same search.
    const fresh = await (await phoneContext(browser)).newPage();
    await fresh.goto(url);
    await fresh.getByText("2 providers found").waitFor();
    expect(await fresh.locator(".provider-card h3").allTextContents()).toEqual([
      "Near Lactation",
      "Far Lactation",
    ]);
    await context.close();
  });

  it("a provider applies, a moderator approves, and the listing is found by families", async () => {
    const { context, page } = await signedIn(provider);
    await page.goto(`${server.base}/directory/apply`);
    await page.getByRole("heading", { level: 1, name: "List your practice" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Name families will see").fill("Ximena Applied");
    await page
      .getByLabel("About you and how you work")
      .fill("Gentle therapy for parents after a hard birth, in Spanish and English.");
    await page.getByRole("group", { name: "Support you offer" }).getByText("Therapy and counselling").click();
    await page.getByRole("group", { name: "What you focus on" }).getByText("Birth trauma").click();
    await page.getByLabel("Languages you see clients in").fill("es, en");
    await page.getByLabel("ZIP code or postcode").fill("94110");
    await page.getByLabel("City or town").fill("San Francisco");
    await page.getByLabel("Email (optional)").fill("ximena@example.org");
    await page.getByRole("button", { name: "Send for review" }).click();
    await page.getByRole("heading", { level: 1, name: "My listings" }).waitFor();
    await page.getByText("Waiting for review").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    // Not public yet.
    expect((await server.client().get("/api/directory/providers?q=Ximena")).json.total).toBe(0);

    const mod = await signedIn(admin); // the first account is an admin, and admins moderate
    await mod.page.goto(`${server.base}/directory/moderation`);
    await mod.page.getByRole("heading", { level: 1, name: "Moderation" }).waitFor();
    const item = mod.page.locator(".moderation-item", { hasText: "Ximena Applied" });
    await item.waitFor();
    expect(await axeViolations(mod.page)).toEqual([]);
    await item.getByRole("button", { name: "Approve" }).click();
    await mod.page.getByText("Done: Ximena Applied.").waitFor();
    await mod.context.close();

    const visitor = await (await phoneContext(browser)).newPage();
    await visitor.goto(`${server.base}/directory?q=Ximena`);
    await visitor.getByRole("link", { name: "Ximena Applied" }).waitFor();
  });
});
