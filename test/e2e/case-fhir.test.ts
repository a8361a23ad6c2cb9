// The case file's FHIR download in the browser: the clinician finds the link on the case page (axe clean; night
// mode and Spanish are in the accessibility sweep), and the download it starts is the case's FHIR bundle, sent
// with their session.
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HttpClient } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, startWebServer } from "./browser.js";
import { sharedCase, signedInContext } from "./case-fixture.js";

describe("the case as a FHIR bundle, in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let clinician: HttpClient;
  let caseId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    ({ clinician, caseId } = await sharedCase(server, ["screenings"]));
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  async function casePage(): Promise<Page> {
    const context = await signedInContext(browser, server, clinician, { acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.base}/cases/${caseId}`);
    await page.getByRole("heading", { level: 1, name: "The Ortiz family" }).waitFor();
    return page;
  }

  it("downloads the case's bundle from the case page", async () => {
    const page = await casePage();
    const link = page.getByRole("link", { name: "Download FHIR bundle" });
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe(`/api/cases/${caseId}/fhir`);
    const box = await link.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(await axeProblems(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const path = await download.path();
    const bundle = JSON.parse(await readFile(path, "utf8"));
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    const patients = bundle.entry.filter((e: { resource: { resourceType: string } }) => {
      return e.resource.resourceType === "Patient";
    });
    expect(
      patients.map((e: { resource: { name: { text: string }[] } }) => e.resource.name[0]?.text).sort(),
    ).toEqual(["Maya", "Robin"]);
  });
});
