import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, phoneContext, startWebServer } from "./browser.js";

const words = {
  en: {
    notAtAll: "Not at all",
    severalDays: "Several days",
    next: "Next",
    finish: "See my result",
    item9: "Thoughts that you would be better off dead or of hurting yourself in some way",
    crisis: "Please reach out now",
    call988: "Call 988",
    text988: "Text 988",
    safe: "I'm safe right now, continue",
    progress9: "Question 9 of 9",
    total: "PHQ-9 total",
  },
  es: {
    notAtAll: "Ningún día",
    severalDays: "Varios días",
    next: "Siguiente",
    finish: "Ver mi resultado",
    item9: "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
    crisis: "Por favor, busca ayuda ahora",
    call988: "Llamar al 988",
    text988: "Escribir al 988",
    safe: "Ahora estoy a salvo, continuar",
    progress9: "Pregunta 9 de 9",
    total: "Total del PHQ-9",
  },
};

/** True when `first` comes before `second` in the document. */
const comesBefore = (page: Page, first: string, second: string) =>
  page.evaluate(
    ([a, b]) => {
      const x = document.querySelector(a as string);
      const y = document.querySelector(b as string);
      return Boolean(x && y && x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);
    },
    [first, second],
  );

describe("well-being check-ins and help in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let client: ReturnType<TestServer["client"]>;
  let cookie: { name: string; value: string };

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    client = server.client();
    expect((await client.signUp(uniqueEmail("wellbeing"), { name: "Ana" })).status).toBe(200);
    const family = await client.post("/api/families", { name: "The Ríos", relationship: "mother" });
    const birth = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    expect(
      (await client.post(`/api/families/${family.json.id}/babies`, { name: "Lía", birthDate: birth })).status,
    ).toBe(201);
    const [name, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    cookie = { name: name ?? "", value: value ?? "" };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedInPage(locale: "en" | "es"): Promise<{ context: BrowserContext; page: Page }> {
    expect((await client.patch("/api/me/preferences", { locale })).status).toBe(200);
    const context = await phoneContext(browser, { locale: locale === "es" ? "es-US" : "en-US" });
    await context.addCookies([{ ...cookie, url: server.base }]);
    return { context, page: await context.newPage() };
  }

  for (const locale of ["en", "es"] as const) {
    it(`PHQ-9 (${locale}): item 9 "several days" shows the crisis panel with 988 at once, before any result, and again above the score`, async () => {
      const w = words[locale];
      const { context, page } = await signedInPage(locale);
      const before = (await client.get("/api/screenings")).json;
      const countBefore = (Array.isArray(before) ? before : (before?.items ?? [])).length;
      await page.goto(`${server.base}/wellbeing/phq9`);
      await page.getByRole("heading", { level: 1, name: "PHQ-9" }).waitFor();
      for (let k = 1; k <= 8; k++) {
        await page.getByRole("radio", { name: w.notAtAll, exact: true }).check();
        await page.getByRole("button", { name: w.next, exact: true }).click();
      }
      await page.getByRole("heading", { level: 2, name: w.item9 }).waitFor();
      await expect
        .poll(() => page.locator(".checkin-page").getByRole("status").textContent())
        .toBe(w.progress9);
      if (locale === "en") expect(await axeProblems(page)).toEqual([]);

      // The moment "several days" is chosen: the panel, before any score, with focus on its heading.
      await page.getByRole("radio", { name: w.severalDays, exact: true }).click();
      const panel = page.getByRole("alertdialog", { name: w.crisis });
      await panel.waitFor();
      const call = panel.getByRole("link", { name: w.call988 });
      expect(await call.getAttribute("href")).toBe("tel:988");
      expect(await panel.getByRole("link", { name: w.text988 }).getAttribute("href")).toBe("sms:988");
      // The crisis line comes before the emergency number.
      expect(await panel.locator(".help-line").first().getAttribute("class")).toContain("is-crisis");
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(w.crisis);
      expect(await page.getByText(w.total).count()).toBe(0);
      expect(await page.getByRole("button", { name: w.finish }).count()).toBe(0);
      // Escape does not close it.
      await page.keyboard.press("Escape");
      expect(await panel.isVisible()).toBe(true);
      if (locale === "en") expect(await axeProblems(page)).toEqual([]);

      await panel.getByRole("button", { name: w.safe }).click();
      await page.getByRole("button", { name: w.finish }).click();
      await page.waitForURL(/\/wellbeing\/results\//);
      const resultPanel = page.getByRole("region", { name: w.crisis });
      await resultPanel.waitFor();
      expect(await resultPanel.getByRole("link", { name: w.call988 }).getAttribute("href")).toBe("tel:988");
      await page.getByRole("heading", { level: 2, name: w.total }).waitFor();
      expect(await comesBefore(page, ".crisis-panel", ".result-score")).toBe(true);
      if (locale === "en") expect(await axeProblems(page)).toEqual([]);

      // The server stored it, with its self-harm flag.
      const after = (await client.get("/api/screenings")).json;
      const list = Array.isArray(after) ? after : (after?.items ?? []);
      expect(list.length).toBe(countBefore + 1);
      const id = page.url().split("/").pop() ?? "";
      const stored = (await client.get(`/api/screenings/${id}`)).json;
      const screening = stored.screening ?? stored;
      expect(screening.instrumentId).toBe("phq9");
      expect(screening.flags).toContainEqual({ type: "self_harm", item: "9" });
      await context.close();
    });
  }

  it("PBQ about a baby shows its four scale results", async () => {
    const { context, page } = await signedInPage("en");
    await page.goto(`${server.base}/wellbeing/pbq`);
    await page.getByRole("heading", { level: 1, name: "PBQ" }).waitFor();
    for (let k = 1; k <= 25; k++) {
      await page.getByRole("radio", { name: "Never", exact: true }).check();
      await page.getByRole("button", { name: k === 25 ? "See my result" : "Next", exact: true }).click();
    }
    await page.waitForURL(/\/wellbeing\/results\//);
    for (const scale of [
      "Impaired bonding",
      "Rejection and anger",
      "Infant-focused anxiety",
      "Risk of abuse",
    ])
      await page.getByRole("heading", { level: 3, name: scale }).waitFor();
    expect(await page.locator(".crisis-panel").count()).toBe(0);
    expect(await axeProblems(page)).toEqual([]);
    // The list shows it in a table, with the chart.
    await page.getByRole("link", { name: "All check-ins" }).click();
    await page.getByRole("heading", { level: 1, name: "Check-ins" }).waitFor();
    await page.getByRole("table", { name: "PBQ results" }).waitFor();
    await page.getByRole("img", { name: "PBQ scores over time" }).waitFor();
    await page.getByText("Your answers and results are private: only you can see them.").waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });

  it("a family on a server without the EPDS wording sees plain words and no setup details; the admin sees the setup note", async () => {
    const { context, page } = await signedInPage("en");
    await page.goto(`${server.base}/wellbeing`);
    await page.getByRole("link", { name: "Start PHQ-9" }).waitFor();
    // Not offered here: said kindly, with where to get it, never how a server is set up.
    const notHere = page.getByRole("region", { name: "Not available here yet" });
    await notHere.getByText("Edinburgh Postnatal Depression Scale (EPDS)").waitFor();
    await notHere.getByText("Your midwife, doctor or health visitor can offer them").waitFor();
    await notHere.getByRole("link", { name: "Find support near you" }).waitFor();
    const words = (await page.locator("main").textContent()) ?? "";
    expect(words).not.toMatch(/ATTUNE_|could not be checked|local file|instance/i);
    // Lía is born: the bonding questionnaire is offered, the pregnancy reflection is not.
    await page.getByRole("link", { name: "Start PBQ" }).waitFor();
    expect(await page.getByRole("link", { name: "Start MAAS" }).count()).toBe(0);
    expect(await axeProblems(page)).toEqual([]);

    // The pregnancy reflection still opens from its address, with a gentle note rather than a dead end.
    await page.goto(`${server.base}/wellbeing/maas`);
    await page.getByRole("heading", { level: 1, name: "MAAS" }).waitFor();
    await page.getByText("This questionnaire was written for pregnancy").waitFor();
    // The EPDS's own address says where else to find it.
    await page.goto(`${server.base}/wellbeing/epds`);
    await page.getByText("This questionnaire isn't available here yet.").waitFor();
    expect((await page.locator("main").textContent()) ?? "").not.toMatch(/ATTUNE_/);

    // Ana opened this Attune, so she is its admin: the setup note is hers.
    await page.goto(`${server.base}/admin`);
    const setup = page.getByRole("region", { name: "Check-in questionnaires" });
    await setup.waitFor();
    const epds = setup.getByRole("listitem").filter({ hasText: "Edinburgh Postnatal Depression Scale" });
    await epds.getByText("Not offered to families").waitFor();
    await epds.getByText(/set ATTUNE_EPDS_TEXT to the path of a file/).waitFor();
    const phq9 = setup.getByRole("listitem").filter({ hasText: "Patient Health Questionnaire-9" });
    await phq9.getByText("Offered to families").waitFor();
    await phq9.getByText("Wording checked against published sources.").waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });

  it('"Need help now?" is one tap from Today and from the sign-in page', async () => {
    const { context, page } = await signedInPage("en");
    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1, name: "Today with Lía" }).waitFor();
    await page.getByRole("link", { name: "Need help now?" }).click();
    await page.getByRole("heading", { level: 1, name: "Need help now?" }).waitFor();
    expect(await page.getByRole("link", { name: "Call 988" }).getAttribute("href")).toBe("tel:988");
    expect(await axeProblems(page)).toEqual([]);
    // Another region, remembered on this phone.
    await page.getByLabel("Where you are").selectOption("GB");
    expect(await page.getByRole("link", { name: "Call 116 123" }).getAttribute("href")).toBe("tel:116123");
    await context.close();

    const signedOut = await phoneContext(browser);
    const out = await signedOut.newPage();
    await out.goto(`${server.base}/sign-in`);
    await out.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await out.getByRole("link", { name: "Need help now?" }).click();
    await out.getByRole("heading", { level: 1, name: "Need help now?" }).waitFor();
    expect(await out.getByRole("link", { name: "Call 988" }).getAttribute("href")).toBe("tel:988");
    expect(await axeProblems(out)).toEqual([]);
    await signedOut.close();
  });
});
