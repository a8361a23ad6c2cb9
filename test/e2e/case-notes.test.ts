// The clinician's case notes in the browser: a parent shares (through the API), the clinician opens the case,
// writes a progress note, signs it after the confirmation and amends it. axe clean at each step. Writing the
// formulation and keeping its versions is in the clinician journey (clinician.test.ts); the case page with
// notes, in night mode and in Spanish, is in the accessibility sweep.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeBuilder, launchBrowser, startWebServer } from "./browser.js";

async function axeProblems(page: Page): Promise<string[]> {
  const result = await axeBuilder(page)
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}: ${v.nodes[0]?.target}`);
}

describe("the case notes, in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let clinician: HttpClient;
  let caseId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    const parent = server.client();
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
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  async function casePage(): Promise<Page> {
    const [name = "", value = ""] = [...clinician.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: "en-US",
    });
    contexts.push(context);
    await context.addCookies([{ name, value, url: server.base }]);
    const page = await context.newPage();
    await page.goto(`${server.base}/cases/${caseId}`);
    await page.getByRole("heading", { level: 1, name: "The Ortiz family" }).waitFor();
    return page;
  }

  it("writes a progress note, signs it after asking, and amends it", async () => {
    const page = await casePage();
    const section = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Notes" }) });
    await section.getByRole("radio", { name: "Progress note" }).check();
    await section.getByLabel("Note", { exact: true }).fill("Home visit: feeding went calmly.");
    await section.getByRole("button", { name: "Save note" }).click();
    await section.getByText("Note saved.").waitFor();
    const progress = section.locator("section", {
      has: page.getByRole("heading", { name: "Progress notes" }),
    });
    await progress.getByText("Home visit: feeding went calmly.").waitFor();
    await progress.getByText("Not signed").waitFor();

    await progress.getByRole("button", { name: /^Sign and lock the note written/ }).click();
    const confirm = progress.getByRole("group", { name: /Sign this note\?/ });
    await confirm.waitFor();
    // The calm choice has the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Not yet");
    expect(await axeProblems(page)).toEqual([]);
    await confirm.getByRole("button", { name: "Sign the note" }).click();
    await progress.getByText(/^Signed /).waitFor();

    await progress.getByRole("button", { name: /^Add an amendment to the note written/ }).click();
    await progress.getByLabel("Amendment").fill("Dad joined for the last ten minutes.");
    await progress.getByRole("button", { name: "Save amendment" }).click();
    await progress.getByText("Dad joined for the last ten minutes.").waitFor();
    await progress.getByText(/^Dr Lee, /).waitFor();
    expect(await axeProblems(page)).toEqual([]);

    const notes = (await clinician.get(`/api/cases/${caseId}/notes?kind=progress`)).json.items;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      text: "Home visit: feeding went calmly.",
      signedAt: expect.any(String),
      amendments: [{ text: "Dad joined for the last ten minutes." }],
    });
    // Locked: the text cannot be changed any more.
    expect((await clinician.patch(`/api/cases/${caseId}/notes/${notes[0].id}`, { text: "x" })).status).toBe(
      409,
    );
  });
});
