import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { launchBrowser, phoneContext, startWebServer } from "./browser.js";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Every page that exists, with the heading that says it has rendered. */
const pages = [
  { path: "/sign-in", signedIn: false, heading: { en: "Sign in", es: "Iniciar sesión" } },
  { path: "/sign-up", signedIn: false, heading: { en: "Create your account", es: "Crea tu cuenta" } },
  {
    path: "/",
    signedIn: "newcomer",
    heading: { en: "Welcome to Attune", es: "Te damos la bienvenida a Attune" },
  },
  { path: "/", signedIn: true, heading: { en: "Today with Mia", es: "Hoy con Mia" } },
  { path: "/week", signedIn: true, heading: { en: "Week", es: "Semana" } },
  { path: "/history", signedIn: true, heading: { en: "History", es: "Historial" } },
  { path: "/family", signedIn: true, heading: { en: "The Ortegas", es: "The Ortegas" } },
  { path: "/settings", signedIn: true, heading: { en: "Settings", es: "Ajustes" } },
  { path: "/admin", signedIn: true, heading: { en: "Accounts", es: "Cuentas" } },
  { path: "/guide", signedIn: true, heading: { en: "Guide", es: "Guía" } },
  { path: "/guide/learn", signedIn: true, heading: { en: "Short reads", es: "Lecturas breves" } },
  {
    path: "/guide/learn/asking-for-help", // its sources include links
    signedIn: true,
    heading: { en: "When and how to ask for help", es: "Cuándo y cómo pedir ayuda" },
  },
  { path: "/guide/cues", signedIn: true, heading: { en: "Your baby's signs", es: "Las señales de tu bebé" } },
  { path: "/guide/week", signedIn: true, heading: { en: "Your week", es: "Tu semana" } },
  {
    path: "/guide/visit",
    signedIn: true,
    heading: { en: "Mia: summary for the visit", es: "Mia: resumen para la consulta" },
  },
  { path: "/guide/saved", signedIn: true, heading: { en: "Saved ideas", es: "Ideas guardadas" } },
  {
    path: "/guide/crying",
    signedIn: true,
    heading: { en: "My baby is crying", es: "Mi bebé está llorando" },
  },
  { path: "/help", signedIn: false, heading: { en: "Need help now?", es: "¿Necesitas ayuda ahora?" } },
  {
    path: "/help/bonding",
    signedIn: false,
    heading: { en: "When bonding feels hard", es: "Cuando el vínculo se hace difícil" },
  },
  { path: "/directory", signedIn: false, heading: { en: "Find support", es: "Buscar apoyo" } },
  {
    path: "/directory/providers/not-listed", // a profile with results is checked in directory.test.ts
    signedIn: false,
    heading: {
      en: "This provider is not listed right now.",
      es: "Este profesional no aparece en el directorio ahora mismo.",
    },
  },
  {
    path: "/directory/apply",
    signedIn: true,
    heading: { en: "List your practice", es: "Incluye tu consulta" },
  },
  { path: "/directory/mine", signedIn: true, heading: { en: "My listings", es: "Mis fichas" } },
  { path: "/directory/moderation", signedIn: true, heading: { en: "Moderation", es: "Moderación" } },
  { path: "/wellbeing", signedIn: true, heading: { en: "Check-ins", es: "Cómo estás" } },
  { path: "/wellbeing/phq9", signedIn: true, heading: { en: "PHQ-9", es: "PHQ-9" } },
  { path: "/thoughts", signedIn: true, heading: { en: "Thought records", es: "Registros de pensamientos" } },
  {
    path: "/no-such-page",
    signedIn: false,
    heading: { en: "Page not found", es: "No encontramos esta página" },
  },
] as const;

function sessionOf(client: HttpClient) {
  const [name, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
  return { name: name ?? "", value: value ?? "" };
}

/** Visible interactive things smaller than 44 × 44 CSS px (a radio or checkbox counts by its label). */
function smallTargets(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      "a[href], button, input, select, textarea, summary",
    )) {
      const target =
        el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")
          ? (el.closest("label") ?? el)
          : el;
      const box = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (box.width === 0 || box.height === 0 || style.visibility === "hidden") continue;
      if (box.bottom < 0 || box.right < 0) continue; // off-screen until focused (skip link)
      if (box.width < 44 || box.height < 44)
        found.push(
          `${target.tagName.toLowerCase()} "${(target.textContent ?? "").trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return found;
  });
}

const todayWords = {
  en: { more: "More", temperature: "Temperature", editFeed: /^Edit Feed/, diaper: "Diaper", wet: "Wet" },
  es: { more: "Más", temperature: "Temperatura", editFeed: /^Editar Toma/, diaper: "Pañal", wet: "Mojado" },
};

/**
 * Today's controls that only appear after a tap: the More panel and one of its forms (with a fever reading,
 * so the safety note is checked too), the entry editor, and the cues and feeling offered after logging.
 */
async function checkTodayControls(page: Page, locale: "en" | "es", check: (where: string) => Promise<void>) {
  const words = todayWords[locale];
  await page.getByRole("button", { name: words.more, exact: true }).click();
  await page.getByRole("button", { name: words.temperature, exact: true }).waitFor();
  await check("/ (More)");
  await page.getByRole("button", { name: words.temperature, exact: true }).click();
  await page.getByRole("textbox", { name: new RegExp(words.temperature) }).fill("38.5");
  await check("/ (More: temperature)");
  await page.keyboard.press("Escape");
  await page.locator(".timeline-list").getByRole("button", { name: words.editFeed }).first().click();
  await page.locator(".entry-editor").waitFor();
  await check("/ (editor)");
  await page.getByRole("button", { name: words.diaper, exact: true }).click();
  await page.getByRole("button", { name: words.wet, exact: true }).click();
  await page.locator(".moments").waitFor();
  await check("/ (after logging)");
}

const cryingWords = {
  en: { none: "None of these — continue", next: "Next", stepAway: "Step away safely" },
  es: { none: "Nada de esto: continuar", next: "Siguiente", stepAway: "Alejarte con seguridad" },
};

/** The crying helper's later steps (the first is checked as the page): reasons, soothing, help for you. */
async function checkCryingSteps(page: Page, locale: "en" | "es", check: (where: string) => Promise<void>) {
  const words = cryingWords[locale];
  await page.locator(".call-link").first().waitFor();
  await page.getByRole("button", { name: words.none }).click();
  await page.locator(".crying-reason").first().waitFor();
  await check("/guide/crying (reasons)");
  await page.getByRole("button", { name: words.next, exact: true }).click();
  await page.locator(".crying-step .chip-group").waitFor();
  await check("/guide/crying (soothing)");
  await page.getByRole("button", { name: words.next, exact: true }).click();
  await page.getByRole("button", { name: words.stepAway }).click();
  await page.getByRole("timer").waitFor();
  await check("/guide/crying (help for you)");
}

const phq9Words = {
  en: { notAtAll: "Not at all", severalDays: "Several days", next: "Next" },
  es: { notAtAll: "Ningún día", severalDays: "Varios días", next: "Siguiente" },
};

/** A check-in's later screens: a question after Next, and the crisis panel that a self-harm answer opens. */
async function checkCrisisPanel(page: Page, locale: "en" | "es", check: (where: string) => Promise<void>) {
  const words = phq9Words[locale];
  for (let k = 1; k <= 8; k++) {
    await page.getByRole("radio", { name: words.notAtAll, exact: true }).check();
    await page.getByRole("button", { name: words.next, exact: true }).click();
  }
  await check("/wellbeing/phq9 (question 9)");
  // The panel replaces the question at once, so the radio is gone before check() could confirm it.
  await page.getByRole("radio", { name: words.severalDays, exact: true }).click();
  await page.locator(".crisis-panel").waitFor();
  await check("/wellbeing/phq9 (crisis panel)");
  await page.evaluate(() => localStorage.removeItem("attune.checkin.phq9"));
}

describe("accessibility of every page", () => {
  let server: TestServer;
  let browser: Browser;
  let sessionCookie: { name: string; value: string };
  let newcomerCookie: { name: string; value: string };
  let account: HttpClient;
  let newcomer: HttpClient;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    const c = server.client();
    account = c;
    await c.signUp(uniqueEmail("a11y"), { name: "Alex" }); // the first account: an admin, so /admin exists
    sessionCookie = sessionOf(c);
    // A family with a baby and a little of everything, so the log pages show real content.
    const family = await c.post("/api/families", { name: "The Ortegas", relationship: "parent" });
    const baby = await c.post(`/api/families/${family.json.id}/babies`, {
      name: "Mia",
      birthDate: "2026-09-01",
    });
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    for (const entry of [
      { type: "sleep", startedAt: at(300), endedAt: at(200), details: {} },
      {
        type: "feed",
        startedAt: at(150),
        endedAt: at(130),
        details: { method: "breast", leftSeconds: 600, rightSeconds: 600, lastSide: "right" },
        moments: ["eye_contact", "singing"],
      },
      { type: "diaper", startedAt: at(120), details: { kind: "wet" } },
      { type: "feed", startedAt: at(10), details: { method: "breast", lastSide: "left" } }, // a running timer
    ])
      expect(
        (await c.post(`/api/babies/${baby.json.id}/entries`, { moments: [], cues: [], ...entry })).status,
      ).toBe(201);
    await c.post(`/api/families/${family.json.id}/invites`, {
      relationship: "partner",
      permission: "caregiver",
    });
    newcomer = server.client();
    await newcomer.signUp(uniqueEmail("a11y-new"), { name: "Noa" });
    newcomerCookie = sessionOf(newcomer);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(context: BrowserContext, path: string, signedIn: boolean | "newcomer") {
    await context.clearCookies();
    if (signedIn)
      await context.addCookies([
        { ...(signedIn === "newcomer" ? newcomerCookie : sessionCookie), url: server.base },
      ]);
    const page = await context.newPage();
    await page.goto(`${server.base}${path}`);
    return page;
  }

  for (const locale of ["en", "es"] as const) {
    for (const scheme of ["light", "dark"] as const) {
      it(`has no axe violations and no small touch targets (${locale}, ${scheme === "dark" ? "night" : "light"})`, async () => {
        // Signed in, the account's language wins; signed out, the browser's.
        await account.patch("/api/me/preferences", { locale });
        await newcomer.patch("/api/me/preferences", { locale });
        const context = await phoneContext(browser, {
          colorScheme: scheme,
          locale: locale === "es" ? "es-ES" : "en-US",
        });
        const problems: string[] = [];
        for (const { path, signedIn, heading } of pages) {
          const page = await open(context, path, signedIn);
          await page.getByRole("heading", { level: 1, name: heading[locale] }).waitFor();
          const check = async (where: string) => {
            const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
            for (const v of axe.violations) problems.push(`${where}: ${v.id} (${v.nodes.length}) ${v.help}`);
            for (const t of await smallTargets(page)) problems.push(`${where}: small target ${t}`);
          };
          await check(path);
          if (path === "/" && signedIn === true) {
            await page.locator(".idea-daily").waitFor();
            await check("/ (idea for the day)");
            await checkTodayControls(page, locale, check);
          }
          if (path === "/guide/crying") await checkCryingSteps(page, locale, check);
          if (path === "/wellbeing/phq9") await checkCrisisPanel(page, locale, check);
          await page.close();
        }
        expect(problems).toEqual([]);
        await context.close();
        // Every page and the screens behind its taps, each checked by axe: more than the default minute.
      }, 240_000);
    }
  }
});
