// The whole family's data in the browser: an owner downloads it from the Family page (JSON and ZIP, axe
// clean, on a phone), and someone new brings the downloaded file in from onboarding as a family of their own,
// after a preview of what it holds. A ZIP download imports too, from the Family page.
import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, phoneContext, startWebServer } from "./browser.js";

async function account(server: TestServer, name: string) {
  const client = server.client();
  const res = await client.signUp(uniqueEmail(name.toLowerCase()), { name });
  expect(res.status).toBe(200);
  const [cookieName, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
  return { client, cookie: { name: cookieName ?? "", value: value ?? "", url: server.base } };
}
type Account = Awaited<ReturnType<typeof account>>;

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe("the whole family's data, downloaded and brought in, in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let owner: Account;
  let familyId: string;
  const contexts: BrowserContext[] = [];
  let jsonPath: string;
  let zipPath: string;

  async function phone(who: Account): Promise<Page> {
    const context = await phoneContext(browser, { acceptDownloads: true });
    contexts.push(context);
    await context.addCookies([who.cookie]);
    return context.newPage();
  }

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    owner = await account(server, "Ana");
    const c: HttpClient = owner.client;
    familyId = (await c.post("/api/families", { name: "The Tanes", relationship: "mother" })).json.id;
    const born = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const baby = (await c.post(`/api/families/${familyId}/babies`, { name: "Aroha", birthDate: born })).json
      .id;
    for (const body of [
      { type: "diaper", startedAt: minutesAgo(90), details: { kind: "wet" } },
      { type: "bath", startedAt: minutesAgo(60), endedAt: minutesAgo(50), moments: ["singing"] },
      { type: "skin_to_skin", startedAt: minutesAgo(40), endedAt: minutesAgo(20), cues: ["calm"] },
    ])
      expect((await c.post(`/api/babies/${baby}/entries`, body)).status).toBe(201);
    const answers = Array.from({ length: 9 }, (_, i) => ({ item: String(i + 1), option: 0 }));
    expect((await c.post("/api/screenings", { instrumentId: "phq9", subject: "self", answers })).status).toBe(
      201,
    );
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it("lets an owner download the whole family as JSON or as a ZIP from the Family page", async () => {
    const page = await phone(owner);
    await page.goto(`${server.base}/family`);
    await page.getByRole("heading", { level: 2, name: "Your family's data" }).waitFor();
    const json = page.getByRole("link", { name: "Download (JSON)" });
    const zip = page.getByRole("link", { name: "Download (ZIP with spreadsheets)" });
    for (const link of [json, zip]) expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(await axeProblems(page)).toEqual([]);

    const [jsonDownload] = await Promise.all([page.waitForEvent("download"), json.click()]);
    expect(jsonDownload.suggestedFilename()).toMatch(/^attune-family-the-tanes-\d{4}-\d{2}-\d{2}\.json$/);
    jsonPath = await jsonDownload.path();
    const doc = JSON.parse(await readFile(jsonPath, "utf8"));
    expect(doc).toMatchObject({ format: "attune-family-export", family: { name: "The Tanes" } });
    expect(doc.babies.map((b: { name: string }) => b.name)).toEqual(["Aroha"]);
    expect(doc.entries).toHaveLength(3);
    expect(doc.screenings).toHaveLength(1);

    const [zipDownload] = await Promise.all([page.waitForEvent("download"), zip.click()]);
    expect(zipDownload.suggestedFilename()).toMatch(/\.zip$/);
    zipPath = await zipDownload.path();
    const files = unzipSync(new Uint8Array(await readFile(zipPath)));
    expect(JSON.parse(strFromU8(files["family.json"] as Uint8Array)).entries).toHaveLength(3);
    expect(
      strFromU8(files["entries.csv"] as Uint8Array)
        .trim()
        .split("\r\n"),
    ).toHaveLength(4);
  });

  it("brings the downloaded file in from onboarding as a new family, after showing what it holds", async () => {
    const newcomer = await account(server, "Bea");
    const page = await phone(newcomer);
    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1, name: "Welcome to Attune" }).waitFor();
    await page.getByRole("button", { name: "Bring your family here" }).click();
    await page.getByRole("heading", { level: 1, name: "Bring a family here" }).waitFor();

    // Not a family's file: said plainly, nothing sent.
    await page.getByLabel("Family file").setInputFiles({
      name: "other-app.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ babies: [{ name: "Someone" }] })),
    });
    await page.getByRole("alert").filter({ hasText: "This is not an Attune family file." }).waitFor();

    await page.getByLabel("Family file").setInputFiles(jsonPath);
    const preview = page.locator(".family-data-preview");
    await preview.getByRole("heading", { name: "In this file" }).waitFor();
    expect(await preview.textContent()).toContain("“The Tanes”, downloaded by Ana");
    const facts = await preview.getByRole("listitem").allTextContents();
    expect(facts).toEqual(["1 baby", "3 entries", "1 check-in", "0 thought records"]);
    expect(await axeProblems(page)).toEqual([]);

    const imported = page.waitForResponse((r) => r.url().endsWith("/api/families/import"));
    await page.getByRole("button", { name: "Import", exact: true }).click();
    expect((await imported).status()).toBe(201);
    // The family is here: onboarding gives way to the log, with the baby from the file.
    await page.getByText("Aroha").first().waitFor();
    const families = (await newcomer.client.get("/api/families")).json.items;
    expect(families.map((f: { name: string; permission: string }) => [f.name, f.permission])).toEqual([
      ["The Tanes", "owner"],
    ]);
    const family = (await newcomer.client.get(`/api/families/${families[0].id}`)).json;
    const entries = (await newcomer.client.get(`/api/babies/${family.babies[0].id}/entries`)).json.items;
    expect(entries).toHaveLength(3);
    expect((await newcomer.client.get("/api/screenings")).json.items).toHaveLength(1);
  });

  it("imports a ZIP download from the Family page, and switches to the new family", async () => {
    const page = await phone(owner);
    await page.goto(`${server.base}/family`);
    await page.getByRole("heading", { level: 2, name: "Bring a family here" }).waitFor();
    await page.getByLabel("Family file").setInputFiles(zipPath);
    await page.locator(".family-data-preview").getByText("3 entries").waitFor();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "“The Tanes” is here, with 1 baby and 3 entries." })
      .waitFor();
    const mine = (await owner.client.get("/api/families")).json.items;
    expect(mine.map((f: { name: string }) => f.name)).toEqual(["The Tanes", "The Tanes"]);
    expect(mine[1].id).not.toBe(familyId);
    // The log now shows the new family: it is this phone's chosen one.
    expect(await page.evaluate(() => localStorage.getItem("attune.familyChoice"))).toBe(mine[1].id);
    expect(await axeProblems(page)).toEqual([]);
  });
});
