import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listing, seedListing } from "../support/directory-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { middayZone } from "../support/midday-zone.js";
import type { TestServer } from "../support/test-server.js";
import { axeBuilder, launchBrowser, openMore, phoneContext, startWebServer, WCAG_TAGS } from "./browser.js";

/** Every page, with the heading that says it has rendered (and, for some, content that loads after it). */
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
  {
    path: "/family/sharing", // a share with Dr Lee, and the looks they took
    signedIn: true,
    heading: { en: "Share with a clinician", es: "Compartir con un profesional" },
    content: ["Dr Lee"],
  },
  {
    path: "/family/care-team", // an observation, a referral, an article and a check-in from Dr Lee
    signedIn: true,
    heading: { en: "From your care team", es: "De tu equipo de cuidado" },
    content: ["Mia looks for your face.", "Gentle Hands Infant Massage", "Dr Ana Ruiz", "For Thursday."],
  },
  { path: "/family/import", signedIn: true, heading: { en: "Bring your history", es: "Trae tu historial" } },
  { path: "/settings", signedIn: true, heading: { en: "Settings", es: "Configuración" } },
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
    heading: { en: "List your practice", es: "Incluye tu consultorio" },
  },
  { path: "/directory/mine", signedIn: true, heading: { en: "My listings", es: "Mis fichas" } },
  { path: "/directory/moderation", signedIn: true, heading: { en: "Moderation", es: "Moderación" } },
  { path: "/wellbeing", signedIn: true, heading: { en: "Check-ins", es: "Cómo estás" } },
  { path: "/wellbeing/phq9", signedIn: true, heading: { en: "PHQ-9", es: "PHQ-9" } },
  {
    path: "/thoughts",
    signedIn: true,
    heading: { en: "Thought records", es: "Registros de pensamientos" },
    content: ["I'm getting this all wrong"],
  },
  {
    path: "/caseload",
    signedIn: "clinician",
    heading: { en: "Caseload", es: "Casos" },
    content: ["The Ortegas"],
  },
  {
    path: "/cases/:case", // the Ortegas' case: a formulation, a signed and amended note, and what was sent
    signedIn: "clinician",
    heading: { en: "The Ortegas", es: "The Ortegas" },
    content: [
      "Dad joined at the end.",
      "My own hunch.",
      "Mia looks for your face.",
      "Dr Ana Ruiz",
      "For Thursday.",
    ],
  },
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
  en: {
    more: "More",
    temperature: "Temperature",
    editFeed: /^Edit Feed/,
    diaper: "Diaper",
    wet: "Wet",
    skip: "Skip",
  },
  es: {
    more: "Más",
    temperature: "Temperatura",
    editFeed: /^Editar Toma/,
    diaper: "Pañal",
    wet: "Mojado",
    skip: "Saltar",
  },
};

/**
 * Today's controls that only appear after a tap: the More sheet and one of its forms (with a fever reading,
 * so the safety note is checked too), the entry editor, the diaper's choices, the moments and feeling offered
 * after logging, and the navigation's More sheet.
 */
async function checkTodayControls(page: Page, locale: "en" | "es", check: (where: string) => Promise<void>) {
  const words = todayWords[locale];
  // Today's own More (the rarer kinds of care), not the navigation's.
  await page.getByRole("main").getByRole("button", { name: words.more, exact: true }).click();
  await page.getByRole("button", { name: words.temperature, exact: true }).waitFor();
  await check("/ (More)");
  await page.getByRole("button", { name: words.temperature, exact: true }).click();
  await page.getByRole("textbox", { name: new RegExp(words.temperature) }).fill("38.5");
  await check("/ (More: temperature)");
  await page.keyboard.press("Escape");
  await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
  await page.locator(".timeline-list").getByRole("button", { name: words.editFeed }).first().click();
  await page.locator(".entry-editor").waitFor();
  await check("/ (editor)");
  await page.getByRole("button", { name: words.diaper, exact: true }).click();
  await page.getByRole("button", { name: words.wet, exact: true }).waitFor();
  await check("/ (diaper's choices)");
  await page.getByRole("button", { name: words.wet, exact: true }).click();
  await page.locator(".moments").waitFor();
  await check("/ (after logging)");
  await page.locator(".moments").getByRole("button", { name: words.skip, exact: true }).click();
  await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
  await openMore(page);
  await check("/ (navigation's More)");
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

type Session = { name: string; value: string };

/** One language's accounts: a caregiver with a family (an admin), a newcomer, a clinician with the case. */
interface World {
  caregiver: HttpClient;
  sessions: { caregiver: Session; newcomer: Session; clinician: Session };
  caseId: string;
}

/**
 * Everything one language's sweep signs in as. Signed in, the account's language wins (signed out, the
 * browser's), so each language has accounts of its own and the sweeps can run side by side.
 */
async function seedWorld(server: TestServer, locale: "en" | "es", admin?: HttpClient): Promise<World> {
  const c = server.client();
  await c.signUp(uniqueEmail(`a11y-${locale}`), { name: "Alex" }); // the first account is an admin
  if (admin) {
    const id = (await c.get("/api/me")).json.user.id;
    expect((await admin.patch(`/api/admin/users/${id}`, { isAdmin: true })).status).toBe(200);
  }
  // A family with a baby and a little of everything, so the log pages show real content.
  // Its care, logged up to five hours ago, must land on today whatever time the suite runs.
  const family = await c.post("/api/families", {
    name: "The Ortegas",
    relationship: "parent",
    timeZone: middayZone(),
  });
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
  await c.post("/api/thought-records", {
    familyId: family.json.id,
    situation: "3 a.m., the baby would not settle after the feed",
    automaticThought: "I'm getting this all wrong",
    feelings: [{ name: "Worried", intensity: 80 }],
    balancedThought: "Some nights are hard, and I keep showing up for her",
  });
  const newcomer = server.client();
  await newcomer.signUp(uniqueEmail(`a11y-new-${locale}`), { name: "Noa" });

  // Dr Lee, a clinician the Ortegas share with, has written in the case and sent the family one of each.
  const clinician = server.client();
  await clinician.signUp(uniqueEmail(`a11y-clinician-${locale}`), { name: "Dr Lee", role: "clinician" });
  const share = await c.post("/api/consents", {
    familyId: family.json.id,
    scopes: ["entries", "moments", "screenings", "thought_records"],
  });
  const taken = await clinician.post(`/api/consents/${share.json.code}/accept`, {});
  expect(taken.status).toBe(200);
  const caseId: string = taken.json.caseId;
  const alexId = (await c.get("/api/me")).json.user.id;
  const provider = await seedListing(
    server,
    listing({ name: "Gentle Hands Infant Massage", services: ["infant_massage"], telehealth: ["US-CA"] }),
  );
  const note = await clinician.post(`/api/cases/${caseId}/notes`, { kind: "progress", text: "Home visit." });
  for (const [path, body] of [
    [
      "formulation",
      {
        caregiverId: alexId,
        babyId: baby.json.id,
        baseVersion: 0,
        content: {
          caregiver: { ghostsAndAngels: "Sung to every night." },
          relationship: { strengths: "Calm." },
        },
      },
    ],
    [`notes/${note.json.id}/sign`, {}],
    [`notes/${note.json.id}/amendments`, { text: "Dad joined at the end." }],
    ["notes", { kind: "private", text: "My own hunch." }],
    ["observations", { text: "Mia looks for your face.", babyId: baby.json.id, caregiverId: alexId }],
    ["referrals", { providerId: provider.id, service: "infant_massage", note: "Ask for Ana." }],
    ["referrals", { name: "Dr Ana Ruiz", contact: { phone: "555 0199" }, service: "psychiatry" }],
    ["assignments", { kind: "article", ref: "attachment-quality-of-care", note: "For Thursday." }],
    ["checkins", { caregiverId: alexId, instrumentId: "phq9" }],
  ] as const) {
    const res =
      path === "formulation"
        ? await clinician.put(`/api/cases/${caseId}/formulation`, body)
        : await clinician.post(`/api/cases/${caseId}/${path}`, body);
    expect(res.status, `${path}: ${res.text}`).toBeLessThan(300);
  }

  for (const client of [c, newcomer, clinician])
    expect((await client.patch("/api/me/preferences", { locale })).status).toBe(200);
  return {
    caregiver: c,
    sessions: { caregiver: sessionOf(c), newcomer: sessionOf(newcomer), clinician: sessionOf(clinician) },
    caseId,
  };
}

describe("accessibility of every page", () => {
  let server: TestServer;
  let browser: Browser;
  const worlds = {} as Record<"en" | "es", World>;

  beforeAll(async () => {
    // Four sweeps of every page, two at a time, from one address: more than the flood guard lets one person
    // send in a minute, and the guard is not what this checks.
    server = await startWebServer({ RATE_LIMIT_PER_MINUTE: "100000" });
    browser = await launchBrowser();
    worlds.en = await seedWorld(server, "en");
    // The Spanish caregiver is made an admin by the English one, the instance's first account.
    worlds.es = await seedWorld(server, "es", worlds.en.caregiver);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(
    context: BrowserContext,
    world: World,
    path: string,
    signedIn: boolean | "newcomer" | "clinician",
  ) {
    await context.clearCookies();
    if (signedIn) {
      const session = world.sessions[signedIn === true ? "caregiver" : signedIn];
      await context.addCookies([{ ...session, url: server.base }]);
    }
    const page = await context.newPage();
    await page.goto(`${server.base}${path.replace(":case", world.caseId)}`);
    return page;
  }

  // The sweeps run two at a time (maxConcurrency in vitest.config.ts; each language has its own accounts, so
  // any two can): one loads a page while axe runs in the other, which keeps both cores busy.
  for (const locale of ["en", "es"] as const)
    for (const scheme of ["light", "dark"] as const)
      it.concurrent(`has no axe violations and no small touch targets (${locale}, ${scheme === "dark" ? "night" : "light"})`, async ({
        expect,
      }) => {
        const world = worlds[locale];
        const context = await phoneContext(browser, {
          colorScheme: scheme,
          locale: locale === "es" ? "es-ES" : "en-US",
          timezoneId: middayZone(),
        });
        const problems: string[] = [];
        for (const entry of pages) {
          const { path, signedIn, heading } = entry;
          const page = await open(context, world, path, signedIn);
          await page
            .getByRole("heading", { level: 1, name: heading[locale] })
            .waitFor()
            .catch((error: Error) => {
              throw new Error(`${path}: ${error.message}`);
            });
          if ("content" in entry)
            for (const text of entry.content) await page.getByText(text).last().waitFor();
          const check = async (where: string) => {
            const axe = await axeBuilder(page).withTags(WCAG_TAGS).analyze();
            for (const v of axe.violations) problems.push(`${where}: ${v.id} (${v.nodes.length}) ${v.help}`);
            for (const t of await smallTargets(page)) problems.push(`${where}: small target ${t}`);
          };
          await check(path);
          if (path === "/" && signedIn === true) {
            await page.locator(".idea-daily").waitFor();
            await check("/ (idea for the day)");
            await checkTodayControls(page, locale, check);
          }
          if (path === "/sign-in") {
            // Signed out, More holds the language and the night theme.
            await openMore(page);
            await check("/sign-in (More)");
          }
          if (path === "/guide/crying") await checkCryingSteps(page, locale, check);
          if (path === "/wellbeing/phq9") await checkCrisisPanel(page, locale, check);
          await page.close();
        }
        expect(problems).toEqual([]);
        await context.close();
        // Every page and the screens behind its taps, each checked by axe: more than the default minute.
      }, 240_000);
});
