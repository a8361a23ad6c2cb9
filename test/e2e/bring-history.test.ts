// A parent moving from Huckleberry, on a phone: chooses the exported file, sees what it holds as Attune will
// keep it (and the row it cannot read), imports it, finds it in History, and takes it back.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, phoneContext, startWebServer } from "./browser.js";

const CSV = [
  '"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes","Logged By"',
  '"Sleep","2026-10-18 19:30","2026-10-19 06:05","10:35","Under_10_minutes","On own in bed","Happy",,"Maya"',
  '"Feed","2026-10-18 19:00","2026-10-18 19:24","00:24","00:12R","Breast","00:12L",,"Maya"',
  '"Diaper","2026-10-18 18:55",,,,,"Pee:small",,"Sam"',
  '"Feed","2026-10-18 12:35",,,"Formula","Bottle","4oz",,"Sam"',
  '"Diaper","2026-09-31 07:45",,,,,"Dry",,"Sam"',
].join("\n");

// Baby Buddy's Database Admin export of feedings: the child is named, so a new baby can be made from it.
const BABY_BUDDY = [
  "id,child_id,child_first_name,child_last_name,start,end,type,method,amount,notes,tags",
  '12,1,Ada,Lovelace,2026-10-20 07:05:00,2026-10-20 07:20:00,breast milk,bottle,4,"calm, slow feed",',
  "13,1,Ada,Lovelace,2026-10-20 10:00:00,2026-10-20 10:18:00,breast milk,left breast,,,",
].join("\n");

describe("bringing history from Huckleberry, in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  const cookie = { name: "", value: "" };
  let file: string;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    const client = server.client();
    expect((await client.signUp(uniqueEmail("mover"), { name: "Maya" })).status).toBe(200);
    const family = await client.post("/api/families", {
      name: "The Parks",
      relationship: "mother",
      timeZone: "America/New_York",
    });
    const baby = await client.post(`/api/families/${family.json.id}/babies`, {
      name: "Robin",
      birthDate: "2026-06-01",
    });
    expect(baby.status).toBe(201);
    const [name, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    Object.assign(cookie, { name, value });
    file = join(mkdtempSync(join(tmpdir(), "attune-import-")), "huckleberry.csv");
    writeFileSync(file, CSV);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("previews, imports, shows the entries in History, and undoes the import", async () => {
    const context = await phoneContext(browser);
    await context.addCookies([{ ...cookie, url: server.base }]);
    const page = await context.newPage();
    await page.goto(`${server.base}/family`);
    await page.getByRole("link", { name: "Bring your history from another tracker" }).click();
    await page.getByRole("heading", { level: 1, name: "Bring your history" }).waitFor();

    await page.getByLabel("The exported file").setInputFiles(file);
    await page.getByRole("button", { name: "See what it holds" }).click();
    const preview = page.getByRole("region", { name: "What this Huckleberry file holds" });
    await preview.waitFor();
    await preview.getByText("4 entries, from").waitFor();
    await preview.getByText("1 row cannot be read").waitFor();
    await preview.getByText(/Line 6: Start "2026-09-31 07:45" is not a real date/).waitFor();
    expect(await preview.locator(".import-sample li").count()).toBe(4);
    expect(await axeProblems(page)).toEqual([]);

    await preview.getByRole("button", { name: "Import 4 entries for Robin" }).click();
    await page.getByRole("heading", { name: "Your history is here" }).waitFor();
    await page.getByText("4 entries were added to the log.").waitFor();
    await page.getByRole("link", { name: "See it in History" }).click();
    await page
      .getByText("Oct 18")
      .first()
      .waitFor()
      .catch(() => undefined);
    await expect
      .poll(() => page.locator(".timeline-list li").count(), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(4);

    await page.goto(`${server.base}/family/import`);
    const past = page.getByRole("region", { name: "Imports so far" });
    await past.getByRole("button", { name: /Undo the import of .* \(4 entries\)/ }).click();
    await past.getByText("taken back").waitFor();
    // Taken back on the server too: the baby's log is empty again.
    const entries = await page.evaluate(async () => {
      const babies = await (await fetch("/api/bootstrap")).json();
      const babyId = babies.family.babies[0].id as string;
      return (await (await fetch(`/api/babies/${babyId}/entries?limit=50`)).json()).items.length as number;
    });
    expect(entries).toBe(0);
    await context.close();
  });

  it("makes a new baby from the child a Baby Buddy export names, in the units it was kept in", async () => {
    const context = await phoneContext(browser);
    await context.addCookies([{ ...cookie, url: server.base }]);
    const page = await context.newPage();
    const babyBuddyFile = join(mkdtempSync(join(tmpdir(), "attune-import-")), "Feeding-2026-10-21.csv");
    writeFileSync(babyBuddyFile, BABY_BUDDY);
    await page.goto(`${server.base}/family/import`);
    await page.getByLabel("The exported file").setInputFiles(babyBuddyFile);
    await page.getByLabel("Which app made it").selectOption("babybuddy-csv");
    await page.getByRole("radio", { name: "fl oz" }).check();
    await page.getByRole("button", { name: "See what it holds" }).click();
    const preview = page.getByRole("region", { name: /What this Baby Buddy .* file holds/ });
    await preview.waitFor();
    await preview.getByText("2 entries, from").waitFor();
    await preview.getByRole("radio", { name: "A new baby: Ada Lovelace" }).check();
    const importButton = preview.getByRole("button", { name: "Import 2 entries for Ada Lovelace" });
    expect(await importButton.isDisabled()).toBe(true);
    await preview.getByLabel("Date of birth").fill("2026-09-01");
    expect(await axeProblems(page)).toEqual([]);
    await importButton.click();
    await page.getByText("2 entries were added to the log.").waitFor();
    const ada = await page.evaluate(async () => {
      const boot = await (await fetch("/api/bootstrap")).json();
      const baby = boot.family.babies.find((b: { name: string }) => b.name === "Ada Lovelace");
      const items = (await (await fetch(`/api/babies/${baby.id}/entries?limit=50`)).json()).items;
      return { birthDate: baby.birthDate as string, items: items as { details: Record<string, unknown> }[] };
    });
    expect(ada.birthDate).toBe("2026-09-01");
    expect(ada.items).toHaveLength(2);
    expect(ada.items.find((e) => e.details.method === "bottle")?.details).toMatchObject({ unit: "oz" });
    await context.close();
  });

  it("is offered while starting a family, and opens once the baby is there to hold the history", async () => {
    const client = server.client();
    expect((await client.signUp(uniqueEmail("new-mover"), { name: "Noor" })).status).toBe(200);
    const [name, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    const context = await phoneContext(browser);
    await context.addCookies([{ name: name ?? "", value: value ?? "", url: server.base }]);
    const page = await context.newPage();
    await page.goto(`${server.base}/`);
    await page.getByLabel("Family name").fill("The Haddads");
    await page.getByRole("radio", { name: "Mother" }).check();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("Baby's name").fill("Sami");
    await page
      .getByLabel("Birth date")
      .fill(new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10));
    await page.getByLabel(/I kept a log in another app/).check();
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByRole("heading", { level: 1, name: "Bring your history" }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });
});
