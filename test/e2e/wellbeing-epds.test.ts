import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instruments } from "../../src/content/instruments/index.js";
import { uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeBuilder, launchBrowser, phoneContext, startWebServer } from "./browser.js";

// A deployment that holds permission sets ATTUNE_EPDS_TEXT; tests use placeholder words, never the
// College's text. The app must take those words from the server and keep its own scores and safety rule.
const dir = mkdtempSync(join(tmpdir(), "attune-epds-e2e-"));
const wordingFile = join(dir, "epds.json");
writeFileSync(
  wordingFile,
  JSON.stringify({
    instructions: "Placeholder instructions for the EPDS",
    items: instruments.epds.item.map((item, i) => ({
      text: `Placeholder question ${i + 1}`,
      options: item.answerOption.map((_, o) => `Answer ${i + 1}.${o + 1}`),
    })),
  }),
);

describe("EPDS in the browser on a server that holds its wording", () => {
  let server: TestServer;
  let browser: Browser;
  let cookie: { name: string; value: string };
  let client: ReturnType<TestServer["client"]>;

  beforeAll(async () => {
    server = await startWebServer({ ATTUNE_EPDS_TEXT: wordingFile });
    browser = await launchBrowser();
    client = server.client();
    expect((await client.signUp(uniqueEmail("epds"), { name: "Noor" })).status).toBe(200);
    const family = await client.post("/api/families", { name: "The Haddads", relationship: "mother" });
    const birth = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    await client.post(`/api/families/${family.json.id}/babies`, { name: "Sami", birthDate: birth });
    const [name, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    cookie = { name: name ?? "", value: value ?? "" };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("offers the EPDS, shows the served words, and item 10 raises the crisis panel at once", async () => {
    const context = await phoneContext(browser);
    await context.addCookies([{ ...cookie, url: server.base }]);
    const page = await context.newPage();
    await page.goto(`${server.base}/wellbeing`);
    await page.getByRole("link", { name: /EPDS/ }).first().click();
    await page.getByText("Placeholder instructions for the EPDS").waitFor();
    for (let k = 1; k <= 9; k++) {
      await page.getByRole("heading", { level: 2, name: `Placeholder question ${k}` }).waitFor();
      // EPDS items score 0–3 or 3–0; the first option of each keeps the sheet low but is not always 0.
      await page.getByRole("radio", { name: `Answer ${k}.1`, exact: true }).check();
      await page.getByRole("button", { name: "Next", exact: true }).click();
    }
    await page.getByRole("heading", { level: 2, name: "Placeholder question 10" }).waitFor();
    // The option for "never" scores 0 on item 10; any other raises the flag the moment it is chosen.
    const item10 = instruments.epds.item[9];
    const flagging = item10?.answerOption.findIndex((o) => o.score > 0) ?? -1;
    expect(flagging).toBeGreaterThanOrEqual(0);
    await page.getByRole("radio", { name: `Answer 10.${flagging + 1}`, exact: true }).click();
    const panel = page.getByRole("alertdialog", { name: "Please reach out now" });
    await panel.waitFor();
    expect(await panel.getByRole("link", { name: "Call 988" }).getAttribute("href")).toBe("tel:988");
    const result = await axeBuilder(page)
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);

    await panel.getByRole("button", { name: "I'm safe right now, continue" }).click();
    await page.getByRole("button", { name: "See my result" }).click();
    await page.waitForURL(/\/wellbeing\/results\//);
    await page.getByRole("region", { name: "Please reach out now" }).waitFor();
    const id = page.url().split("/").pop() ?? "";
    const stored = await client.get(`/api/screenings/${id}`);
    expect(stored.status).toBe(200);
    expect(stored.json.instrumentId).toBe("epds");
    expect(stored.json.flags).toContainEqual({ type: "self_harm", item: "10" });
    await context.close();
  });
});
