// The case file's FHIR download in the browser: the clinician finds the link on the case page (axe clean; night
// mode and Spanish are in the accessibility sweep), and the download it starts is the case's FHIR bundle, sent
// with their session.
import { readFile } from "node:fs/promises";
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

describe("the case as a FHIR bundle, in the browser", () => {
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
    const share = await parent.post("/api/consents", { familyId: family.json.id, scopes: ["screenings"] });
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
      acceptDownloads: true,
    });
    contexts.push(context);
    await context.addCookies([{ name, value, url: server.base }]);
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
