// Things to read or try, and a check-in request, in the browser: a parent shares the family with a clinician
// (through the API); the clinician sends a Learn article with a note and asks for a check-in; the parent, on a
// phone at night, finds both on "From your care team", marks the article read with a reflection; the
// clinician sees the answer in the case. axe on every screen.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HttpClient } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, phoneContext, startWebServer } from "./browser.js";
import { sharedCase, signedInContext, signIn } from "./case-fixture.js";

describe("what a clinician asks of a family, in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let parent: HttpClient;
  let clinician: HttpClient;
  let caseId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    ({ parent, clinician, caseId } = await sharedCase(server, ["entries", "screenings"]));
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  async function pageFor(client: HttpClient, desktop: boolean): Promise<Page> {
    const context = desktop
      ? await signedInContext(browser, server, client)
      : await phoneContext(browser, { colorScheme: "dark" });
    contexts.push(context);
    if (!desktop) await signIn(context, server, client);
    return context.newPage();
  }

  it("carries an article and a check-in request to the family, and the family's reflection back", async () => {
    const lee = await pageFor(clinician, true);
    await lee.goto(`${server.base}/cases/${caseId}`);
    await lee.getByRole("heading", { level: 1, name: "The Ortiz family" }).waitFor();
    await lee.getByText("You have not sent this family anything to read or try yet.").waitFor();
    await lee.getByText("You have not asked this family for a check-in yet.").waitFor();
    expect(await axeProblems(lee)).toEqual([]);

    // An article, with a note.
    const things = lee.locator("section", {
      has: lee.getByRole("heading", { name: "Things to read or try" }),
    });
    await things.getByLabel("Learn article").check();
    await things
      .getByLabel("Which one")
      .selectOption({ label: "Attachment: the how matters more than the how long" });
    await things
      .getByLabel("A note for the family (optional)")
      .fill("The part about repair, before Thursday.");
    await things.getByRole("button", { name: "Send to the family" }).click();
    await things.getByText("Sent to the family.").waitFor();
    await things
      .getByRole("heading", { level: 3, name: "Attachment: the how matters more than the how long" })
      .waitFor();
    await things.getByText("Not answered yet").waitFor();

    // A check-in, once, from today: Maya and the PHQ-9 are the first choices.
    const checkIns = lee.locator("section", {
      has: lee.getByRole("heading", { name: "Check-ins", exact: true }),
    });
    await checkIns.getByLabel("Which check-in").selectOption("phq9");
    await checkIns.getByRole("button", { name: "Ask the family" }).click();
    await checkIns.getByText("Asked. The family will see it on their care team page.").waitFor();
    await checkIns.getByRole("heading", { level: 3, name: "PHQ-9 for Maya" }).waitFor();
    await checkIns.getByText(/not shared yet$/).waitFor();
    expect(await axeProblems(lee)).toEqual([]);

    // The parent, on a phone at night.
    const mum = await pageFor(parent, false);
    await mum.goto(`${server.base}/family/care-team`);
    await mum.getByRole("heading", { level: 1, name: "From your care team" }).waitFor();
    await mum.getByText(/^Dr Lee asked for a PHQ-9 check-in, due /).waitFor();
    expect(await mum.getByRole("link", { name: "Start the PHQ-9 check-in" }).getAttribute("href")).toBe(
      "/wellbeing/phq9",
    );
    const article = mum.locator("li.assignment", {
      hasText: "Attachment: the how matters more than the how long",
    });
    await article.getByText("From Dr Lee · Learn article").waitFor();
    await article.getByText("The part about repair, before Thursday.").waitFor();
    expect(
      await article
        .getByRole("link", { name: "Open “Attachment: the how matters more than the how long”" })
        .getAttribute("href"),
    ).toBe("/guide/learn/attachment-quality-of-care");
    expect(await axeProblems(mum)).toEqual([]);

    await article
      .getByLabel("Your thoughts, if you like to share them")
      .fill("Reading about repair made the hard evenings feel less like failing.");
    await article.getByRole("button", { name: "I read it" }).click();
    await article.getByText("Saved. Thank you for letting them know.").waitFor();
    await article.getByText("Read", { exact: true }).waitFor();
    await article.getByText("Reading about repair made the hard evenings feel less like failing.").waitFor();
    expect(await article.getByRole("button", { name: "I read it" }).count()).toBe(0);
    expect(await axeProblems(mum)).toEqual([]);

    // The clinician sees the answer and the reflection in the case.
    await lee.reload();
    await things.getByText(/^Read by Maya on /).waitFor();
    await things.getByText("Reading about repair made the hard evenings feel less like failing.").waitFor();
    expect(await axeProblems(lee)).toEqual([]);
  });
});
