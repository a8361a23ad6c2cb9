// The clinician's case notes in the browser: a parent shares (through the API), the clinician opens the case,
// writes a progress note, signs it after the confirmation and amends it. axe clean at each step. Writing the
// formulation and keeping its versions is in the clinician journey (clinician.test.ts); the case page with
// notes, in night mode and in Spanish, is in the accessibility sweep.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HttpClient } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, startWebServer } from "./browser.js";
import { sharedCase, signedInContext } from "./case-fixture.js";

describe("the case notes, in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let clinician: HttpClient;
  let caseId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    ({ clinician, caseId } = await sharedCase(server, ["entries"]));
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  async function casePage(): Promise<Page> {
    const context = await signedInContext(browser, server, clinician);
    contexts.push(context);
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
    // In the note's amendments (the box keeps the words until the refreshed notes have arrived).
    await progress
      .locator(".case-note-amendments")
      .getByText("Dad joined for the last ten minutes.")
      .waitFor();
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
