// The clinician workspace end to end, in two browsers: a parent (on a phone at night) shares the family with a
// clinician by a code; the clinician (at a desk) adds the family to the caseload, opens the case, writes a
// formulation and keeps it as a version, shares an observation and refers the family to a directory provider
// found by name; the parent sees both on "From your care team", marks the observation read and the referral
// contacted, and the clinician sees the answers; the parent reads who looked in the access log and ends the
// share; the clinician's next request fails and the caseload is empty again. axe on every screen.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listing, seedListing } from "../support/directory-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, goByNav, launchBrowser, phoneContext, startWebServer } from "./browser.js";

describe("a family shares with a clinician, who works the case, until the family ends it, in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let parent: HttpClient;
  let clinician: HttpClient;
  let familyId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    parent = server.client();
    clinician = server.client();
    await parent.signUp(uniqueEmail("parent"), { name: "Maya" });
    await clinician.signUp(uniqueEmail("clinician"), { name: "Dr Lee", role: "clinician" });
    const family = await parent.post("/api/families", { name: "The Ortiz family", relationship: "mother" });
    familyId = family.json.id;
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

  it("shares by code, carries the clinician's work to the family and back, and ends on revoke", async () => {
    // The parent makes a share code.
    const mum = await pageFor(parent, false);
    await mum.goto(`${server.base}/family`);
    await mum.getByRole("link", { name: "Share with a clinician" }).click();
    await mum.getByRole("heading", { level: 1, name: "Share with a clinician" }).waitFor();
    await mum.getByText("You are not sharing with anyone.").waitFor();
    expect(await axeProblems(mum)).toEqual([]);
    // Care log and check-in results are chosen to start with; add moments too.
    await mum.getByRole("button", { name: "Moments, feelings and notes" }).first().click();
    await mum.getByRole("button", { name: "Make a code" }).click();
    const code = (await mum.locator(".share-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    await mum.getByText("Waiting for your clinician to enter the code").waitFor();
    expect(await axeProblems(mum)).toEqual([]);

    // The clinician enters it (as read out: lower case, a space for the dash) and opens the case.
    const lee = await pageFor(clinician, true);
    // A clinician's home is the caseload.
    await lee.goto(`${server.base}/`);
    await lee.getByRole("heading", { level: 1, name: "Caseload" }).waitFor();
    expect(new URL(lee.url()).pathname).toBe("/caseload");
    await goByNav(lee, "Caseload");
    await lee.getByRole("heading", { level: 1, name: "Caseload" }).waitFor();
    await lee.getByText("No families are sharing with you yet.").waitFor();
    expect(await axeProblems(lee)).toEqual([]);
    await lee.getByLabel("Share code").fill(code.toLowerCase().replace("-", " "));
    await lee.getByRole("button", { name: "Open the case" }).click();
    await lee.getByRole("heading", { level: 1, name: "The Ortiz family" }).waitFor();
    // Born at 34 weeks a month ago: still before the due date, which says more than a negative age. (Due in
    // 12 days, give or take a day for the family's clock.)
    await lee.getByText(/^Robin, 4 weeks old, born 6 weeks early, due in 1[123] days$/).waitFor();
    await lee.getByText("Eye contact").waitFor();
    await lee.getByText("You have not shared an observation with this family yet.").waitFor();
    await lee.getByText("No referrals for this family yet.").waitFor();
    expect(await axeProblems(lee)).toEqual([]);
    const caseUrl = lee.url();
    const caseId = caseUrl.split("/").pop() ?? "";

    // A formulation for the dyad, saved as a version; a second save from the same page moves on from
    // version 1, not from the page's first load.
    const formulation = lee.locator("section", {
      has: lee.getByRole("heading", { level: 2, name: "Formulation" }),
    });
    await formulation.getByText("Maya with Robin").waitFor();
    await formulation.getByText("Not saved yet.").waitFor();
    await formulation.getByLabel("Ghosts and angels").fill("Her grandmother sang to her every night.");
    await formulation.getByLabel("Strengths").fill("She reads his hunger cues early.");
    await formulation.getByLabel("Goals of the work together").fill("Enjoy the evenings again.");
    const save = formulation.getByRole("button", { name: "Save a new version" });
    expect((await save.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await save.click();
    await formulation.getByText("Saved as version 1.").waitFor();
    await formulation.getByText(/^Version 1, saved .+ by Dr Lee$/).waitFor();
    await formulation.getByLabel("Worries").fill("Evenings are hard for both of them.");
    await save.click();
    await formulation.getByText("Saved as version 2.").waitFor();
    await formulation.getByText("Earlier versions (2)").click();
    await formulation
      .getByText(/^Version 1, saved/)
      .last()
      .waitFor();
    expect(await axeProblems(lee)).toEqual([]);
    const saved = (await clinician.get(`/api/cases/${caseId}/formulation`)).json.items;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      versions: 2,
      latest: {
        version: 2,
        content: {
          caregiver: { ghostsAndAngels: "Her grandmother sang to her every night." },
          relationship: {
            strengths: "She reads his hunger cues early.",
            worries: "Evenings are hard for both of them.",
          },
          plan: { goals: "Enjoy the evenings again." },
        },
      },
    });

    // An observation about Maya and Robin, shared with the family.
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

    // A referral to a directory listing found by name; only the public one is offered. The case's list of
    // parts leads there, with focus on the part's heading.
    await lee
      .getByRole("navigation", { name: "Parts of this case" })
      .getByRole("link", { name: "Referrals" })
      .click();
    await expect.poll(() => lee.evaluate(() => document.activeElement?.textContent)).toBe("Referrals");
    expect(new URL(lee.url()).hash).toBe("#referrals");
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

    // The parent finds both on "From your care team", reached from the family page.
    await mum.goto(`${server.base}/family`);
    await mum.getByRole("link", { name: "From your care team" }).click();
    await mum.getByRole("heading", { level: 1, name: "From your care team" }).waitFor();
    await mum.getByText("I can see how much Robin looks for your face.").waitFor();
    expect(await mum.getByText(/From Dr Lee/).count()).toBe(1);
    const referral = mum.locator("li.referral", { hasText: "Gentle Hands Infant Massage" });
    await referral.getByText("For: Infant massage").waitFor();
    await referral.getByText("Suggested by Dr Lee").waitFor();
    await referral.getByText("A small Thursday class; ask for Ana.").waitFor();
    await referral.getByRole("link", { name: "hello@example.org" }).waitFor();
    // What the clinician thinks of the family (the formulation) is theirs: it is not sent.
    expect(await mum.getByText("Her grandmother sang to her every night.").count()).toBe(0);
    expect(await axeProblems(mum)).toEqual([]);

    await mum.getByRole("button", { name: "Mark as read" }).click();
    await mum.getByText("Read", { exact: true }).waitFor();
    await referral.getByRole("button", { name: "Contacted" }).click();
    await referral.getByText("Status: Contacted").waitFor();
    // From "contacted" the next steps are booking or not for now; it cannot go back.
    expect(await referral.getByRole("button").allTextContents()).toEqual(["Booked", "Not for now"]);
    expect(await axeProblems(mum)).toEqual([]);

    // The clinician sees the family's answers in the case.
    await lee.reload();
    await lee.getByText("Status: Contacted").waitFor();
    await lee.getByText(/Read by the family on/).waitFor();
    expect(await axeProblems(lee)).toEqual([]);

    // The parent sees who has the family and every look they took, and ends the share.
    await mum.getByRole("link", { name: "Share with a clinician" }).click();
    await mum.getByRole("heading", { name: "Shared with Dr Lee" }).waitFor();
    await mum.getByText("Dr Lee · looked at the care log").first().waitFor();
    expect(await mum.getByText("Dr Lee · looked at the family overview").count()).toBeGreaterThan(1);
    // Changes are named in plain words too: both formulation saves, and the observation shared.
    expect(await mum.getByText(/Dr Lee · updated their formulation \(/).count()).toBe(2);
    await mum.getByText("Dr Lee · shared an observation with you").waitFor();
    expect(await axeProblems(mum)).toEqual([]);
    await mum.getByRole("button", { name: "End this share" }).click();
    await mum.getByRole("button", { name: "Yes, end it" }).click();
    await mum.getByText("You are not sharing with anyone.").waitFor();
    expect(await axeProblems(mum)).toEqual([]);

    // The clinician's next request, from the case page still open, fails and writes nothing.
    await lee.getByLabel("What you noticed").fill("One more thing I noticed.");
    await lee.getByRole("button", { name: "Share with the family" }).click();
    await lee
      .getByRole("region", { name: "Shared observations" })
      .getByRole("alert")
      .getByText("That case was not found.")
      .waitFor();
    expect(await axeProblems(lee)).toEqual([]);
    // Opened again, the case says it is closed, and the caseload is empty; the family keeps what was sent.
    await lee.goto(caseUrl);
    await lee.getByRole("heading", { level: 1, name: "This case is not open" }).waitFor();
    expect(await axeProblems(lee)).toEqual([]);
    await lee.getByRole("link", { name: "Back to the caseload" }).click();
    await lee.getByText("No families are sharing with you yet.").waitFor();
    expect((await clinician.get(`/api/cases/${caseId}/observations`)).status).toBe(404);
    const kept = (await parent.get(`/api/families/${familyId}/observations`)).json.items;
    expect(kept.map((o: { text: string }) => o.text)).toEqual([
      "I can see how much Robin looks for your face.",
    ]);
  });
});
