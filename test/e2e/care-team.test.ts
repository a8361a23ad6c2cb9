// Observations and referrals in the browser: a parent shares the family with a clinician (through the API);
// the clinician writes a shared observation and refers the family to a directory provider found by name; the
// parent sees both on "From your care team", marks the observation read and the referral contacted; the
// clinician sees both. axe on every screen, the parent's phone in night mode.
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listing, seedListing } from "../support/directory-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { launchBrowser, phoneContext, startWebServer } from "./browser.js";

async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}: ${v.nodes[0]?.target}`);
}

describe("what a clinician sends a family, in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let parent: HttpClient;
  let clinician: HttpClient;
  let caseId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    parent = server.client();
    clinician = server.client();
    await parent.signUp(uniqueEmail("parent"), { name: "Maya" });
    await clinician.signUp(uniqueEmail("clinician"), { name: "Dr Lee", role: "clinician" });
    const family = await parent.post("/api/families", { name: "The Ortiz family", relationship: "mother" });
    const born = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    await parent.post(`/api/families/${family.json.id}/babies`, { name: "Robin", birthDate: born });
    const share = await parent.post("/api/consents", { familyId: family.json.id, scopes: ["entries"] });
    expect(share.status).toBe(201);
    const taken = await clinician.post(`/api/consents/${share.json.code}/accept`, {});
    expect(taken.status).toBe(200);
    caseId = taken.json.caseId;
    await seedListing(
      server,
      listing({ name: "Gentle Hands Infant Massage", services: ["infant_massage"], telehealth: ["US-CA"] }),
    );
    // A listing the public cannot see is not offered either.
    await seedListing(server, listing({ name: "Gentle Waiting Review", telehealth: ["US-CA"] }), {
      status: "pending",
    });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  async function pageFor(client: HttpClient, desktop: boolean): Promise<Page> {
    const [name = "", value = ""] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    const context = desktop
      ? await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" })
      : await phoneContext(browser, { colorScheme: "dark" });
    contexts.push(context);
    await context.addCookies([{ name, value, url: server.base }]);
    return context.newPage();
  }

  it("carries an observation and a referral from the case to the family and the family's answer back", async () => {
    const lee = await pageFor(clinician, true);
    await lee.goto(`${server.base}/cases/${caseId}`);
    await lee.getByRole("heading", { level: 1, name: "The Ortiz family" }).waitFor();
    await lee.getByText("You have not shared an observation with this family yet.").waitFor();
    await lee.getByText("No referrals for this family yet.").waitFor();
    expect(await axeProblems(lee)).toEqual([]);

    // An observation about Maya and Robin.
    await lee.getByLabel("What you noticed").fill("I can see how much Robin looks for your face.");
    await lee.getByLabel("About which baby").selectOption({ label: "Robin" });
    await lee.getByLabel("About which caregiver").selectOption({ label: "Maya" });
    await lee.getByRole("button", { name: "Share with the family" }).click();
    await lee.getByText("Shared with the family.").waitFor();
    await lee
      .locator(".observation-text", { hasText: "I can see how much Robin looks for your face." })
      .waitFor();
    await lee.getByText("About Maya and Robin").waitFor();
    expect(await lee.getByLabel("What you noticed").inputValue()).toBe("");

    // A referral to a listing found by name; only the public one is offered.
    await lee.getByLabel("Search the directory by name").fill("Gentle");
    await lee.getByRole("button", { name: "Search", exact: true }).click();
    await lee.getByRole("button", { name: "Choose Gentle Hands Infant Massage" }).waitFor();
    expect(await lee.getByText("Gentle Waiting Review").count()).toBe(0);
    expect(await axeProblems(lee)).toEqual([]);
    await lee.getByRole("button", { name: "Choose Gentle Hands Infant Massage" }).click();
    await lee.getByText("Chosen: Gentle Hands Infant Massage").waitFor();
    expect(await lee.getByLabel("What for").inputValue()).toBe("infant_massage");
    // The case page has more than one "send" form (referrals, things to read or try): stay in this one.
    const referrals = lee.getByRole("region", { name: "Referrals" });
    await referrals
      .getByLabel("A note for the family (optional)")
      .fill("A small Thursday class; ask for Ana.");
    await referrals.getByRole("button", { name: "Send to the family" }).click();
    await lee.getByText("Sent to the family.").waitFor();
    await lee.getByRole("heading", { level: 3, name: "Gentle Hands Infant Massage" }).waitFor();
    await lee.getByText("Status: Suggested").waitFor();
    expect(await axeProblems(lee)).toEqual([]);

    // The parent, on a phone at night, finds both on "From your care team".
    const mum = await pageFor(parent, false);
    await mum.goto(`${server.base}/family/care-team`);
    await mum.getByRole("heading", { level: 1, name: "From your care team" }).waitFor();
    await mum.getByText("I can see how much Robin looks for your face.").waitFor();
    expect(await mum.getByText(/From Dr Lee/).count()).toBe(1);
    const referral = mum.locator("li.referral", { hasText: "Gentle Hands Infant Massage" });
    await referral.getByText("For: Infant massage").waitFor();
    await referral.getByText("Suggested by Dr Lee").waitFor();
    await referral.getByText("A small Thursday class; ask for Ana.").waitFor();
    await referral.getByRole("link", { name: "hello@example.org" }).waitFor();
    expect(await axeProblems(mum)).toEqual([]);

    await mum.getByRole("button", { name: "Mark as read" }).click();
    await mum.getByText("Read", { exact: true }).waitFor();
    await referral.getByRole("button", { name: "Contacted" }).click();
    await referral.getByText("Status: Contacted").waitFor();
    // From "contacted" the next steps are booking or not for now; it cannot go back.
    expect(await referral.getByRole("button").allTextContents()).toEqual(["Booked", "Not for now"]);
    expect(await axeProblems(mum)).toEqual([]);

    // The clinician sees the family's answer in the case.
    await lee.reload();
    await lee.getByText("Status: Contacted").waitFor();
    await lee.getByText(/Read by the family on/).waitFor();
    expect(await axeProblems(lee)).toEqual([]);
  });
});
