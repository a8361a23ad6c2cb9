// Screenshots of the screens people meet most, at 390×844 (a phone), in English light and Spanish night,
// with the demo family in a throwaway data directory: `node scripts/screens.mjs [out-dir] [name…]`.
// They are for looking at (docs/screens/), not for asserting: the browser tests do that.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const out = process.argv[2] ?? "docs/screens";
// SCREENS_WIDE=1: a desktop (1280×800) instead, as a clinician at a desk sees it.
const wide = process.env.SCREENS_WIDE === "1";
const viewport = wide ? { width: 1280, height: 800 } : { width: 390, height: 844 };
const device = wide ? { isMobile: false, hasTouch: false } : { isMobile: true, hasTouch: true };
const only = new Set(process.argv.slice(3));
const people = {
  maya: { email: "maya@demo.attune.test", password: "attune-demo-maya" },
  sam: { email: "sam@demo.attune.test", password: "attune-demo-sam" },
};

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const dataDir = mkdtempSync(join(tmpdir(), "attune-screens-"));
const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production", DEMO_SERVE: "0" };
const seeded = spawnSync("npm", ["run", "-s", "demo"], { env, stdio: "inherit" });
if (seeded.status !== 0) process.exit(seeded.status ?? 1);
const port = await freePort();
const server = spawn("node", ["dist/node/server/main.js"], {
  env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
  stdio: "ignore",
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i++) {
  if (
    await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

// One sign-in per person (sign-in is throttled per account); each shot gets a fresh context with its cookies.
const sessions = new Map();
async function signedIn(person, locale, theme) {
  const options = {
    viewport,
    deviceScaleFactor: 1,
    ...device,
    locale: locale === "es" ? "es-MX" : "en-US",
    colorScheme: theme === "night" ? "dark" : "light",
    serviceWorkers: "block",
  };
  if (!sessions.has(person)) {
    const first = await browser.newContext(options);
    const reply = await first.request.post(`${base}/api/auth/sign-in/email`, { data: people[person] });
    if (!reply.ok()) throw new Error(`sign-in ${person}: ${reply.status()}`);
    sessions.set(person, await first.storageState());
    await first.close();
  }
  const context = await browser.newContext({ ...options, storageState: sessions.get(person) });
  const page = await context.newPage();
  await page.request.patch(`${base}/api/me/preferences`, { data: { locale, theme } });
  return { context, page };
}

const settle = async (page) => {
  await page.waitForLoadState("networkidle").catch(() => {});
  await page.waitForTimeout(700);
};

// Each shot: who, where, and what to do before taking it.
const shots = [
  { name: "today", who: "maya", path: "/" },
  {
    name: "feed-running",
    who: "maya",
    path: "/",
    act: async (page, t) => {
      await page.getByRole("button", { name: t("Feed", "Toma"), exact: true }).tap();
      await page
        .getByRole("button", { name: new RegExp(t("left", "izquierd"), "i") })
        .first()
        .tap();
      await page.waitForTimeout(2500);
    },
    after: async (page) => {
      // Stopped again, so the next shot starts from a quiet Today.
      await page
        .getByRole("button", { name: /^(stop|parar)/i })
        .first()
        .tap({ timeout: 5000 })
        .catch(() => {});
      // The stop is saved on this phone first; wait for it to reach the server before the context closes.
      await page.waitForTimeout(500);
      await page
        .getByText(/^(All saved|Todo guardado)$/)
        .waitFor({ timeout: 10_000 })
        .catch(() => {});
    },
  },
  { name: "week", who: "maya", path: "/week" },
  { name: "crying", who: "maya", path: "/guide/crying" },
  { name: "check-in", who: "maya", path: "/wellbeing/phq9" },
  { name: "caseload", who: "sam", path: "/caseload" },
  { name: "directory", who: null, path: "/directory?near=10001" },
];

mkdirSync(out, { recursive: true });
for (const [locale, theme] of [
  ["en", "light"],
  ["es", "night"],
]) {
  const t = (en, es) => (locale === "es" ? es : en);
  for (const shot of shots) {
    if (only.size && !only.has(shot.name)) continue;
    const { context, page } = shot.who
      ? await signedIn(shot.who, locale, theme)
      : await (async () => {
          const context = await browser.newContext({
            viewport,
            ...device,
            locale: locale === "es" ? "es-MX" : "en-US",
            colorScheme: theme === "night" ? "dark" : "light",
          });
          return { context, page: await context.newPage() };
        })();
    try {
      await page.goto(base + shot.path);
      await settle(page);
      if (shot.act) await shot.act(page, t);
      const file = join(out, `${shot.name}-${locale}-${theme}${wide ? "-wide" : ""}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      if (shot.after) await shot.after(page);
    } catch (error) {
      console.error(`${shot.name} (${locale}): ${String(error.message).split("\n").slice(0, 12).join("\n")}`);
    } finally {
      await context.close();
    }
  }
}
await browser.close();
server.kill();
rmSync(dataDir, { recursive: true, force: true });
