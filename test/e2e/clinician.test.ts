// Consent in the browser: a parent shares the family with a clinician by a code, the clinician opens the
// case, the parent sees the look in the access log and ends the share, and the clinician's next visit finds
// nothing. axe on every screen.
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { launchBrowser, phoneContext, startWebServer } from "./browser.js";

async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}`);
}

describe("sharing a family with a clinician, in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let parent: HttpClient;
  let clinician: HttpClient;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    parent = server.client();
    clinician = server.client();
    await parent.signUp(uniqueEmail("parent"), { name: "Maya" });
    await clinician.signUp(uniqueEmail("clinician"), { name: "Dr Lee", role: "clinician" });
    const family = await parent.post("/api/families", { name: "The Ortiz family", relationship: "mother" });
    const born = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const baby = await parent.post(`/api/families/${family.json.id}/babies`, {
      name: "Robin",
      birthDate: born,
      gestationalWeeks: 34,
    });
    const entry = await parent.post(`/api/babies/${baby.json.id}/entries`, {
      type: "skin_to_skin",
      startedAt: new Date(Date.now() - 3_600_000).toISOString(),
      details: {},
      moments: ["eye_contact"],
      cues: [],
    });
    expect(entry.status).toBe(201);
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
      : await phoneContext(browser);
    contexts.push(context);
    await context.addCookies([{ name, value, url: server.base }]);
    return context.newPage();
  }

  it("shares by code, shows the clinician the case, logs the look, and ends on revoke", async () => {
    const mum = await pageFor(parent, false);
    await mum.goto(`${server.base}/family`);
    await mum.getByRole("link", { name: "Share with a clinician" }).click();
    await mum.getByRole("heading", { level: 1, name: "Share with a clinician" }).waitFor();
    expect(await mum.getByText("You are not sharing with anyone.").isVisible()).toBe(true);
    expect(await axeProblems(mum)).toEqual([]);
    // Care log and check-in results are chosen to start with; add moments too.
    await mum.getByRole("button", { name: "Moments, feelings and notes" }).first().click();
    await mum.getByRole("button", { name: "Make a code" }).click();
    const code = (await mum.locator(".share-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    await mum.getByText("Waiting for your clinician to enter the code").waitFor();
    expect(await axeProblems(mum)).toEqual([]);

    const lee = await pageFor(clinician, true);
    await lee.goto(`${server.base}/`);
    await lee.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Caseload" }).click();
    await lee.getByRole("heading", { level: 1, name: "Caseload" }).waitFor();
    await lee.getByText("No families are sharing with you yet.").waitFor();
    expect(await axeProblems(lee)).toEqual([]);
    await lee.getByLabel("Share code").fill(code.toLowerCase().replace("-", " "));
    await lee.getByRole("button", { name: "Open the case" }).click();
    await lee.getByRole("heading", { level: 1, name: "The Ortiz family" }).waitFor();
    // Born at 34 weeks a month ago: still before the due date, which says more than a negative age.
    await lee.getByText("Robin, 4 weeks old, 2 weeks before the due date").waitFor();
    await lee.getByText("Eye contact").waitFor();
    expect(await axeProblems(lee)).toEqual([]);
    const caseUrl = lee.url();
    await lee.getByRole("link", { name: "Back to the caseload" }).click();
    await lee.getByRole("link", { name: "The Ortiz family" }).waitFor();
    expect(await axeProblems(lee)).toEqual([]);

    // The parent sees who has it and every look they took.
    await mum.reload();
    await mum.getByRole("heading", { name: "Shared with Dr Lee" }).waitFor();
    await mum.getByText("Dr Lee · looked at the care log").waitFor();
    expect(await mum.getByText("Dr Lee · looked at the family overview").count()).toBeGreaterThan(0);
    await mum.getByRole("button", { name: "End this share" }).click();
    await mum.getByRole("button", { name: "Yes, end it" }).click();
    await mum.getByText("You are not sharing with anyone.").waitFor();
    expect(await axeProblems(mum)).toEqual([]);

    // The clinician's next request finds nothing, and the caseload is empty again.
    await lee.goto(caseUrl);
    await lee.getByRole("heading", { level: 1, name: "This case is not open" }).waitFor();
    expect(await axeProblems(lee)).toEqual([]);
    await lee.goto(`${server.base}/caseload`);
    await lee.getByText("No families are sharing with you yet.").waitFor();
  });
});
