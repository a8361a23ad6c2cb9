import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instruments } from "../../src/content/instruments/index.js";
import { uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, phoneContext, startWebServer } from "./browser.js";

// A deployment that downloaded the City BiTS from City, University of London sets ATTUNE_CITYBITS_TEXT;
// tests use placeholder words, never the published text. The app takes the words from the server and
// keeps its own scores, criteria and credit.
const dir = mkdtempSync(join(tmpdir(), "attune-citybits-e2e-"));
const wordingFile = join(dir, "citybits.json");
writeFileSync(
  wordingFile,
  JSON.stringify({
    instructions: "Placeholder instructions for the City BiTS",
    items: instruments.citybits.item.map((item, i) => ({
      text: `Placeholder question ${i + 1}`,
      options: item.answerOption.map((_, o) => `Answer ${i + 1}.${o + 1}`),
    })),
  }),
);

/**
 * A hand-worked sheet that meets every criterion, with both specifiers (positions; items 1-2: 0 = yes).
 * A: yes on Q1; B: Q3 2; C: Q8 1; D: Q10 1, Q11 3; E: Q17 2, Q18 1; dissociative: Q23 1; delayed onset:
 * Q25 2; F: Q26 1; G: Q28 2; H: Q29 0. Symptom total (Q3-Q22): 2 + 1 + 1 + 3 + 2 + 1 = 10.
 */
const chosen: Record<number, number> = {
  2: 1,
  3: 2,
  8: 1,
  10: 1,
  11: 3,
  17: 2,
  18: 1,
  23: 1,
  25: 2,
  26: 1,
  28: 2,
};

describe("City BiTS in the browser on a server that holds its wording", () => {
  let server: TestServer;
  let browser: Browser;
  let cookie: { name: string; value: string };
  let client: ReturnType<TestServer["client"]>;

  beforeAll(async () => {
    server = await startWebServer({ ATTUNE_CITYBITS_TEXT: wordingFile });
    browser = await launchBrowser();
    client = server.client();
    expect((await client.signUp(uniqueEmail("citybits"), { name: "Ines" })).status).toBe(200);
    const family = await client.post("/api/families", { name: "The Ortegas", relationship: "mother" });
    const birth = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    await client.post(`/api/families/${family.json.id}/babies`, { name: "Lucía", birthDate: birth });
    const [name, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    cookie = { name: name ?? "", value: value ?? "" };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("credits City on the first screen, and the result is a screen with the birth-trauma directory link", async () => {
    const context = await phoneContext(browser);
    await context.addCookies([{ ...cookie, url: server.base }]);
    const page = await context.newPage();
    await page.goto(`${server.base}/wellbeing`);
    await page.getByRole("link", { name: "Start City BiTS" }).click();

    // The first screen: the served instructions and question, and the credit the licence asks for.
    await page.getByText("Placeholder instructions for the City BiTS").waitFor();
    await page.getByRole("heading", { level: 2, name: "Placeholder question 1" }).waitFor();
    const credit = page.getByText(/^City Birth Trauma Scale © Ayers, Wright & Thornton 2018/);
    await credit.waitFor();
    expect(await credit.textContent()).toContain("City, University of London");
    await page.getByText(/^Ayers S, Wright DB, Thornton A \(2018\)/).waitFor();
    expect(await axeProblems(page)).toEqual([]);

    for (let k = 1; k <= 29; k++) {
      await page.getByRole("heading", { level: 2, name: `Placeholder question ${k}`, exact: true }).waitFor();
      const option = chosen[k] ?? 0;
      await page.getByRole("radio", { name: `Answer ${k}.${option + 1}`, exact: true }).check();
      await page.getByRole("button", { name: k === 29 ? "See my result" : "Next", exact: true }).click();
    }

    await page.waitForURL(/\/wellbeing\/results\//);
    await page.getByRole("heading", { level: 2, name: "Symptom total" }).waitFor();
    await page.getByText("Your score: 10 (from 0 to 60)").waitFor();
    await page.getByText(/^This is a screen, not a diagnosis\./).waitFor();
    const shows = page.getByRole("region", { name: "What your answers show" });
    await shows.getByText(/^Your answers match every part of the pattern/).waitFor();
    const part = (key: string) => shows.locator(`li[data-criterion="${key}"]`);
    expect(await part("re_experiencing").textContent()).toMatch(/in your answers$/);
    expect(await part("other_cause").textContent()).toMatch(/not in your answers$/);
    expect(await part("dissociative").textContent()).toMatch(/^Feeling detached.*: in your answers$/);
    expect(await part("delayed_onset").textContent()).toMatch(/^Feelings that began.*: in your answers$/);
    const support = page.getByRole("link", { name: "Find support after a difficult birth" });
    expect(await support.getAttribute("href")).toMatch(/^\/directory\?focus=birth_trauma(&|$)/);
    expect(await axeProblems(page)).toEqual([]);

    const id = page.url().split("/").pop() ?? "";
    const stored = await client.get(`/api/screenings/${id}`);
    expect(stored.status).toBe(200);
    expect(stored.json).toMatchObject({ instrumentId: "citybits", total: 10 });
    expect(stored.json.criteria).toMatchObject({
      criteriaMet: true,
      specifiers: ["dissociative", "delayed_onset"],
    });
    await context.close();
  });
});
