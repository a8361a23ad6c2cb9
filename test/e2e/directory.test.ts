import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY_MS, KM_PER_DEGREE, listing, seedListing } from "../support/directory-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { markEmailVerified } from "../support/verified.js";
import {
  axeProblems,
  goByNav,
  launchBrowser,
  mainNav,
  openMore,
  phoneContext,
  startWebServer,
} from "./browser.js";

/** Visible controls inside `selector` smaller than 44 × 44 CSS px (a checkbox counts by its label). */
function smallTargets(page: Page, selector: string) {
  return page.evaluate((within) => {
    const found: string[] = [];
    for (const root of document.querySelectorAll(within))
      for (const el of root.querySelectorAll<HTMLElement>("a[href], button, input, select, summary")) {
        const target =
          el instanceof HTMLInputElement && el.type === "checkbox" ? (el.closest("label") ?? el) : el;
        const box = target.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if (box.width < 44 || box.height < 44)
          found.push(
            `${target.tagName} "${target.textContent?.trim().slice(0, 30)}" ${box.width}×${box.height}`,
          );
      }
    return found;
  }, selector);
}

/** ZIP 94110 (San Francisco's Mission) and points due north of it. */
const mission = { lat: 37.7509, lon: -122.4153 };
const north = (km: number) => ({ lat: mission.lat + km / KM_PER_DEGREE, lon: mission.lon });
const place = { city: "San Francisco", region: "CA", country: "US" as const };

describe("the provider directory in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let admin: HttpClient;
  let moderator: HttpClient;
  let provider: HttpClient;
  const providerEmail = uniqueEmail("provider");

  beforeAll(async () => {
    // Many whole page loads in a minute from one address: more than the default flood guard allows,
    // which is not what this suite is about.
    server = await startWebServer({ RATE_LIMIT_PER_MINUTE: "100000" });
    browser = await launchBrowser();
    admin = server.client();
    moderator = server.client();
    provider = server.client();
    await admin.signUp(uniqueEmail("admin")); // the first account is the instance's admin
    await moderator.signUp(uniqueEmail("moderator"), { role: "clinician" });
    await provider.signUp(providerEmail, { role: "clinician" });
    // A listing goes live only for a provider whose address is verified (decision 22): as if the link
    // mailed at sign-up had been followed.
    await markEmailVerified(server, providerEmail);
    // The admin makes a clinician a directory moderator, as an instance owner would.
    const moderatorId = (await moderator.get("/api/me")).json.user.id;
    expect((await admin.patch(`/api/admin/users/${moderatorId}`, { role: "moderator" })).status).toBe(200);

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

  async function signedIn(
    client: HttpClient,
    options: Parameters<typeof phoneContext>[1] = {},
  ): Promise<{ context: BrowserContext; page: Page }> {
    const [name = "", value = ""] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    const context = await phoneContext(browser, options);
    await context.addCookies([{ name, value, url: server.base }]);
    return { context, page: await context.newPage() };
  }

  it("searches by ZIP with two filters, nearest first with distances, opens a profile, and the address shares the search", async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.base}/`);
    // Signed out, the directory is in the main navigation.
    await page.getByRole("link", { name: "Find support" }).click();
    await page.getByRole("heading", { level: 1, name: "Find support" }).waitFor();
    await page.getByLabel("Near", { exact: true }).fill("94110");
    await page.getByText("More filters").click();
    await page.getByLabel("Kind of support").selectOption("lactation");
    await page.getByLabel("Language", { exact: true }).selectOption("es");
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.getByText("2 providers found").waitFor();
    const names = await page.locator(".provider-card h3").allTextContents();
    expect(names).toEqual(["Near Lactation", "Far Lactation"]);
    const cards = page.locator(".provider-card");
    // A visitor whose browser speaks US English reads miles (directory-apply.test.ts has kilometres).
    expect(await cards.first().textContent()).toContain("0.6 miles away");
    expect(await cards.nth(1).textContent()).toContain("5 miles away");
    const url = page.url();
    expect(url).toContain("near=94110");
    expect(url).toContain("service=lactation");
    expect(url).toContain("language=es");
    expect(await axeProblems(page)).toEqual([]);
    // The results lead the page; the search folds into "Change search", which opens it again as it was.
    expect(await page.locator(".directory-search").count()).toBe(0);
    await page.getByRole("button", { name: "Change search" }).click();
    expect(await page.getByLabel("Near", { exact: true }).inputValue()).toBe("94110");
    // Every filter control and every result link is comfortable to tap.
    expect(
      await page.locator(".directory-search select, .directory-search input[type=checkbox]").count(),
    ).toBe(10);
    expect(await smallTargets(page, ".directory-search")).toEqual([]);
    expect(await smallTargets(page, ".provider-list")).toEqual([]);

    await page.getByRole("link", { name: "Near Lactation" }).click();
    await page.getByRole("heading", { level: 1, name: "Near Lactation" }).waitFor();
    expect(await page.getByRole("link", { name: "Call +1 415 555 0100" }).getAttribute("href")).toBe(
      "tel:+14155550100",
    );
    await page.getByText(/Taking new clients \(confirmed/).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    // Back returns to the same search.
    await page.goBack();
    await page.getByText("2 providers found").waitFor();
    expect(page.url()).toBe(url);

    // The same address in a fresh page shows the same search.
    const freshContext = await phoneContext(browser);
    const fresh = await freshContext.newPage();
    await fresh.goto(url);
    await fresh.getByText("2 providers found").waitFor();
    expect(await fresh.locator(".provider-card h3").allTextContents()).toEqual([
      "Near Lactation",
      "Far Lactation",
    ]);
    await freshContext.close();
    await context.close();
  });

  it("says plainly when a place is unknown, a search is refused, nothing matches, or a profile is gone", async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.base}/directory?near=Nowhere%20Special%2C%20ZZ`);
    await page.getByText('We could not place "Nowhere Special, ZZ" on the map.').waitFor();
    expect(await page.getByLabel("Near", { exact: true }).getAttribute("aria-invalid")).toBe("true");

    // A hand-edited address the API refuses: the server's own words.
    await page.goto(`${server.base}/directory?near=94110&radiusKm=9999`);
    await page.getByRole("alert").filter({ hasText: "radiusKm" }).waitFor();

    await page.goto(`${server.base}/directory?q=zebra%20quilting`);
    await page.getByText("No providers match this search yet.").waitFor();
    await page.getByRole("link", { name: /Need help now\? has free lines/ }).waitFor();
    expect(await axeProblems(page)).toEqual([]);

    await page.goto(`${server.base}/directory/providers/no-such-provider`);
    await page.getByRole("heading", { level: 1, name: "This provider is not listed right now." }).waitFor();
    await page.getByRole("link", { name: "Back to the search" }).waitFor();
    await context.close();
  });

  it("a provider applies, a moderator asks for a change, the provider answers, and once approved families find it", async () => {
    const { context, page } = await signedIn(provider);
    await page.goto(`${server.base}/directory/apply`);
    await page.getByRole("heading", { level: 1, name: "List your practice" }).waitFor();
    expect(await axeProblems(page)).toEqual([]);

    // Sent empty: each problem next to its field, and focus on the first.
    await page.getByRole("button", { name: "Send for review" }).click();
    await page.getByText("Give the name families will see (2 characters or more).").waitFor();
    await page.getByText("Choose at least one kind of support.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-invalid") === "true")).toBe(
      true,
    );
    expect(await axeProblems(page)).toEqual([]);

    await page.getByLabel("Name families will see").fill("Ximena Applied");
    await page
      .getByLabel("About you and how you work")
      .fill("Gentle therapy for parents after a hard birth, in Spanish and English.");
    await page.getByRole("group", { name: "Support you offer" }).getByText("Therapy and counselling").click();
    await page.getByRole("group", { name: "What you focus on" }).getByText("Birth trauma").click();
    await page
      .getByRole("group", { name: "Credentials" })
      .getByText("Licensed clinical social worker (LCSW)")
      .click();
    // Languages are picked by name: English is ticked to begin with, Spanish is found by typing.
    await page.getByLabel("Find a language").fill("span");
    await page.getByRole("checkbox", { name: "Spanish" }).check();
    await page.getByLabel("Email (optional)").fill("ximena@example.org");
    // A place the server cannot put on the map: its words go next to the place.
    await page.getByLabel("ZIP code or postcode").fill("00000");
    await page.getByLabel("City or town").fill("Nowhere Special");
    await page.getByRole("button", { name: "Send for review" }).click();
    await page.getByText("We could not find this place on the map.", { exact: false }).waitFor();
    expect(await page.getByLabel("ZIP code or postcode").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("ZIP code or postcode").fill("94110");
    await page.getByLabel("City or town").fill("San Francisco");
    await page.getByRole("button", { name: "Send for review" }).click();
    await page.getByRole("heading", { level: 1, name: "My listings" }).waitFor();
    await page.getByText("Waiting for review").waitFor();
    // Owning a listing puts it in the navigation (in More, for a clinician whose tabs are taken).
    const providerMore = await openMore(page);
    await providerMore.getByRole("link", { name: "My listing", exact: true }).waitFor();
    await providerMore.getByRole("button", { name: "Close" }).click();
    expect(await axeProblems(page)).toEqual([]);

    // Not public yet.
    expect((await server.client().get("/api/directory/providers?q=Ximena")).json.total).toBe(0);

    const mod = await signedIn(moderator);
    await mod.page.goto(`${server.base}/`);
    // A moderator's places include the queue (a tab, once the navigation knows who is signed in).
    await mainNav(mod.page).getByRole("link", { name: "Moderation" }).waitFor();
    await goByNav(mod.page, "Moderation");
    await mod.page.getByRole("heading", { level: 1, name: "Moderation" }).waitFor();
    let item = mod.page.locator(".moderation-item", { hasText: "Ximena Applied" });
    await item.waitFor();
    // Each queue says how many it holds; each listing is one compact row until it is unfolded.
    const queueCounts = async () => {
      const counts: Record<string, number> = {};
      for (const label of await mod.page
        .getByRole("group", { name: "Queue" })
        .locator("label")
        .allTextContents()) {
        const [, name = "", count = ""] = /^(.+) \((\d+)\)$/.exec(label) ?? [];
        counts[name] = Number(count);
      }
      return counts;
    };
    await mod.page.getByRole("radio", { name: /^Listed \(\d+\)$/ }).waitFor();
    const before = await queueCounts();
    const waiting = before.Waiting ?? 0;
    expect(waiting).toBeGreaterThanOrEqual(1);
    expect(await mod.page.getByRole("radio", { name: /^Waiting \(\d+\)$/ }).isChecked()).toBe(true);
    await item.getByText(/^Therapy and counselling · San Francisco · 0 of 1 credential checked$/).waitFor();
    const unfold = item.getByRole("button", { name: "Show the whole listing" });
    expect(await unfold.getAttribute("aria-expanded")).toBe("false");
    expect(await item.getByRole("button", { name: "Ask for changes" }).isVisible()).toBe(false);
    expect((await item.boundingBox())?.height).toBeLessThan(844 / 2);
    expect(await axeProblems(mod.page)).toEqual([]);
    await unfold.click();
    expect(await item.getByRole("button", { name: "Show less" }).getAttribute("aria-expanded")).toBe("true");
    // A reason is owed before asking for changes.
    await item.getByRole("button", { name: "Ask for changes" }).click();
    await item.getByText("Write the reason the provider will read first.").waitFor();
    await item.getByLabel("Reason the provider will read").fill("Please add your licence number and state.");
    await item.getByRole("button", { name: "Ask for changes" }).click();
    await mod.page.getByText("Done: Ximena Applied.").waitFor();
    // It moved from one queue to the other, and the counts say so.
    await expect
      .poll(queueCounts)
      .toMatchObject({ Waiting: waiting - 1, "Changes asked": (before["Changes asked"] ?? 0) + 1 });

    await page.reload();
    await page.getByText("Changes asked for").waitFor();
    await page.getByText("From the moderators: Please add your licence number and state.").waitFor();
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Edit your listing" }).waitFor();
    expect(await page.getByLabel("Name families will see").inputValue()).toBe("Ximena Applied");
    await page
      .getByLabel(/Licensed clinical social worker \(LCSW\): Licence or registration/)
      .fill("CA LCSW 98765");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("heading", { level: 1, name: "My listings" }).waitFor();
    await page.getByText("Waiting for review").waitFor();
    await context.close();

    await mod.page.reload();
    item = mod.page.locator(".moderation-item", { hasText: "Ximena Applied" });
    await item.getByRole("button", { name: "Show the whole listing" }).click();
    await item.getByText("(CA LCSW 98765)").waitFor();
    await item.getByText("History (2 events)").click();
    await item.getByText(/changes asked for by you \(Please add your licence number/).waitFor();
    await item.getByText(/sent again by the provider/).waitFor();
    await item.getByLabel(/How you checked Licensed clinical social worker/).fill("CA BBS licence lookup");
    await item.getByRole("button", { name: "Mark checked" }).click();
    await item.getByText(/Checked .*: CA BBS licence lookup/).waitFor();
    expect(await axeProblems(mod.page)).toEqual([]);
    await item.getByRole("button", { name: "Approve" }).click();
    await mod.page.getByText("Done: Ximena Applied.").waitFor();
    await mod.context.close();

    const visitorContext = await phoneContext(browser);
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.base}/directory?q=Ximena`);
    await visitor.getByRole("link", { name: "Ximena Applied" }).click();
    await visitor.getByRole("heading", { level: 1, name: "Ximena Applied" }).waitFor();
    await visitor
      .getByText(/Licensed clinical social worker \(LCSW\): checked by Attune moderators on/)
      .waitFor();
    await visitorContext.close();
  });

  it("asks a provider every 90 days whether they take new clients, in the menu and on My listings", async () => {
    const owner = server.client();
    await owner.signUp(uniqueEmail("due"), { role: "clinician" });
    const ownerId = (await owner.get("/api/me")).json.user.id;
    const now = Date.now();
    await server.app.attune.directory.create(
      { ...listing({ name: "Due Doula", services: ["doula"], inPerson: place }), coordinates: north(4) },
      { ownerId, source: "application", status: "approved", now, confirmedAt: now - 100 * DAY_MS },
    );

    const { context, page } = await signedIn(owner);
    await page.goto(`${server.base}/directory`);
    // The More button carries a mark, and in its sheet the link says what is due.
    const moreMark = mainNav(page).getByRole("button", { name: "More" }).locator(".nav-badge");
    await moreMark.waitFor();
    await (await openMore(page)).getByRole("link", { name: "My listing: please confirm" }).click();
    await page.getByRole("heading", { level: 1, name: "My listings" }).waitFor();
    await page.getByRole("heading", { name: "Are you taking new clients?" }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole("button", { name: "Yes, taking new clients" }).click();
    await page.getByText("Thank you: confirmed today.").waitFor();
    await expect.poll(() => moreMark.count()).toBe(0);
    await (await openMore(page)).getByRole("link", { name: "My listing", exact: true }).waitFor();
    expect(await page.getByRole("heading", { name: "Are you taking new clients?" }).count()).toBe(0);
    await context.close();
  });

  it("shows distances in miles to someone who uses imperial units", async () => {
    const person = server.client();
    await person.signUp(uniqueEmail("imperial"));
    await person.patch("/api/me/preferences", { weightUnit: "lb", volumeUnit: "oz" });
    const { context, page } = await signedIn(person);
    await page.goto(`${server.base}/directory?near=94110&service=lactation&language=es`);
    await page.getByText("2 providers found").waitFor();
    expect(await page.locator(".provider-card").nth(1).textContent()).toContain("5 miles away");
    // Radius choices in miles too; the server's default (25 km) is said in miles.
    await page.getByRole("button", { name: "Change search" }).click();
    await page.getByRole("option", { name: "Within 25 miles" }).waitFor({ state: "attached" });
    expect(await page.getByLabel("Distance").locator("option:checked").textContent()).toBe("Within 16 miles");
    await context.close();
  });

  it("is accessible in Spanish at night, with results", async () => {
    const context = await phoneContext(browser, { locale: "es-ES", colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(`${server.base}/directory?near=94110&service=lactation&language=es`);
    await page.getByRole("heading", { level: 1, name: "Buscar apoyo" }).waitFor();
    await page.getByText("2 profesionales encontrados").waitFor();
    // A browser in Spain reads kilometres.
    expect(await page.locator(".provider-card").first().textContent()).toContain("a 1 km");
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole("link", { name: "Near Lactation" }).click();
    await page.getByRole("heading", { level: 1, name: "Near Lactation" }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });
});
