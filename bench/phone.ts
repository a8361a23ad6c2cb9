import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Result } from "lighthouse";
import { chromium } from "playwright-core";
import { history, signedIn } from "./family.js";
import { type LighthouseResult, runLighthouse } from "./lighthouse.js";
import { chromeFlags, freePort } from "./machine.js";

// The signed-in phone pages: Lighthouse on the demo's pages as Maya (a parent) and Sam (a clinician) see
// them, and how long Today takes to fill from a local store holding three years of one baby's log.

export interface PhonePageResult {
  name: string;
  path: string;
  who: string;
  /** The performance score aimed for (CLS ≤ 0.1 and TBT ≤ 200 ms for every page). */
  target: number;
  lighthouse: LighthouseResult;
}

export interface LocalStoreResult {
  entries: number;
  /** The first visit: from navigation until the sync status reads "All saved". */
  firstSyncMs: number;
  /** The same pull (every page of POST /api/sync from no cursor) made from Node: the server's share. */
  serverPullMs: number;
  todayMs: number[];
  emptyMs: number[];
  todayMedianMs: number;
  emptyMedianMs: number;
}

export interface PhoneBenchResult {
  pages: PhonePageResult[];
  /** Absent when PHONE_STORE=0 asked to leave it out. */
  localStore?: LocalStoreResult;
  /** What one Lighthouse run of Today spent its time on, for docs/benchmarks.md. */
  todayCosts: string[];
  /** The folder where each page's last full Lighthouse report was written. */
  reports: string;
  /** The 1-minute load average at the start and the end: other work on the machine moves these figures. */
  loadAverage: string;
}

export const PHONE_TARGETS = { todayPerformance: 0.95, performance: 0.9, cls: 0.1, tbtMs: 200 };

const RUNS = 3;
const NAVIGATIONS = 5;
const people = {
  maya: { email: "maya@demo.attune.test", password: "attune-demo-maya" },
  sam: { email: "sam@demo.attune.test", password: "attune-demo-sam" },
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * The demo (Maya's family, Sam's caseload, the directory) seeded into a throwaway data directory the way
 * scripts/screens.mjs does, then served by the built server as `npm start` runs it.
 */
async function startDemo(): Promise<{ base: string; child: ChildProcess; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), "attune-bench-phone-"));
  const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production", DEMO_SERVE: "0" };
  const seeded = spawnSync("npm", ["run", "-s", "demo"], { env, stdio: ["ignore", "ignore", "inherit"] });
  if (seeded.status !== 0) throw new Error(`npm run demo exited with ${seeded.status}`);
  const port = await freePort();
  const child = spawn("node", ["dist/node/server/main.js"], {
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, child, dataDir };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error("the demo server did not answer /api/health");
}

/** One sign-in per person: sign-in is throttled per account. */
async function signIn(base: string, person: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify(person),
  });
  if (!res.ok) throw new Error(`sign-in ${person.email}: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** The biggest costs in one Today report: scripts by main-thread time, then the API requests in order. */
function costsOf(lhr: Result): string[] {
  type Item = Record<string, unknown>;
  const items = (id: string) =>
    ((lhr.audits[id]?.details as { items?: Item[] } | undefined)?.items ?? []) as Item[];
  const path = (url: unknown) => {
    const u = new URL(String(url));
    return `${u.pathname}${u.search}`;
  };
  const ms = (n: unknown) => `${Math.round(Number(n))}`;
  const lines = [
    `main thread (simulated, ms): ${items("mainthread-work-breakdown")
      .slice(0, 5)
      .map((i) => `${i.groupLabel} ${ms(i.duration)}`)
      .join(", ")}`,
    `scripts by time (simulated, ms; total / evaluation / parse+compile): ${items("bootup-time")
      .filter((i) => String(i.url).startsWith("http"))
      .slice(0, 6)
      .map((i) => `${path(i.url)} ${ms(i.total)} / ${ms(i.scripting)} / ${ms(i.scriptParseCompile)}`)
      .join("; ")}`,
  ];
  const requests = items("network-requests");
  const scripts = requests.filter((r) => r.resourceType === "Script");
  lines.push(
    `scripts fetched: ${scripts.length}, ${Math.round(scripts.reduce((s, r) => s + Number(r.transferSize ?? 0), 0) / 1024)} KB transferred`,
  );
  for (const r of requests.filter((r) => path(r.url).startsWith("/api/")))
    lines.push(
      `  ${path(r.url)}: ${ms(r.networkRequestTime)}–${ms(r.networkEndTime)} ms (observed, unthrottled), ${Number(r.transferSize ?? 0)} B`,
    );
  return lines;
}

/**
 * Three years of one baby's log (the same dense history as bench/family.ts) for a new account, plus three
 * diapers since midnight UTC (the family's day) so that today's timeline is never empty.
 */
async function seedThreeYears(base: string) {
  const { cookie, call } = await signedIn(base);
  const now = Date.now();
  const family = await call("POST", "/api/families", { name: "Bench", timeZone: "UTC" });
  const birthDate = new Date(now - (3 * 365 + 30) * 86_400_000).toISOString().slice(0, 10);
  const baby = await call("POST", `/api/families/${family.id}/babies`, { name: "Robin", birthDate });
  const midnight = Date.parse(new Date(now).toISOString().slice(0, 10));
  const today = [0.2, 0.5, 0.8].map((k) => ({
    entity: "entry",
    op: "upsert",
    data: {
      id: crypto.randomUUID(),
      babyId: baby.id,
      type: "diaper",
      startedAt: new Date(midnight + Math.floor((now - midnight) * k)).toISOString(),
      details: { kind: "wet" },
      moments: [],
      cues: [],
    },
  }));
  const all = [...history(baby.id, 3 * 365, now), ...today];
  for (let i = 0; i < all.length; i += 1000) {
    const reply = await call("POST", "/api/sync", { changes: all.slice(i, i + 1000) });
    if (reply.conflicts.length) throw new Error(`seeding: ${JSON.stringify(reply.conflicts[0])}`);
  }
  return { cookie, call, entries: all.length };
}

// Runs in every document of the measuring browser: notes, relative to the navigation's start, when the page
// first shows what it is for. Today: its timeline's entries and the three "Since last" values filled (they read
// "Nothing logged yet" until the local store answers); any other page: its heading. A string, not a function:
// the TypeScript loader would wrap a function's inner names in helpers the page does not have.
const probe = (noneText: string) => `(() => {
  const visible = (el) => !!el && el.getClientRects().length > 0;
  const shown = () => {
    if (location.pathname !== "/") return visible(document.querySelector("h1"));
    const values = [...document.querySelectorAll(".since-value")];
    return visible(document.querySelector(".timeline-list li")) && values.length === 3 &&
      values.every((v) => v.textContent !== ${JSON.stringify(noneText)});
  };
  const observer = new MutationObserver(() => {
    if (window.__shownAt === undefined && shown()) {
      window.__shownAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/**
 * Today with three years of entries already on the phone, against a page with no log (Help), in the same
 * browser profile: one visit to fill the local store, then alternating navigations to each.
 */
async function measureLocalStore(executable: string, base: string): Promise<LocalStoreResult> {
  const { cookie, call, entries } = await seedThreeYears(base);
  // The same first pull from Node (every page from no cursor): the server's share of a new phone's wait.
  const pulling = performance.now();
  let cursor: string | undefined;
  let pulled = 0;
  for (let more = true; more; ) {
    const reply = await call("POST", "/api/sync", { ...(cursor ? { cursor } : {}), changes: [] });
    cursor = reply.cursor;
    more = reply.hasMore;
    pulled += reply.changes.length;
  }
  const serverPullMs = Math.round(performance.now() - pulling);
  if (pulled !== entries) throw new Error(`pulled ${pulled} of ${entries} entries`);
  const profile = mkdtempSync(join(tmpdir(), "attune-bench-phone-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    args: chromeFlags,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: "en-US",
  });
  try {
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
      }),
    );
    await context.addInitScript(probe("Nothing logged yet"));
    const page = context.pages()[0] ?? (await context.newPage());

    const opened = performance.now();
    await page.goto(`${base}/`);
    await page.locator(".sync-status", { hasText: "All saved" }).waitFor({ timeout: 15 * 60_000 });
    const firstSyncMs = Math.round(performance.now() - opened);

    const shownAt = async (path: string) => {
      await page.goto(`${base}${path}`, { waitUntil: "commit" });
      await page.waitForFunction(
        () => (window as unknown as { __shownAt?: number }).__shownAt !== undefined,
        null,
        { timeout: 60_000 },
      );
      return Math.round(await page.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt));
    };
    // One untimed visit to each first, so both are measured with their scripts in the cache.
    await shownAt("/help");
    await shownAt("/");
    const todayMs: number[] = [];
    const emptyMs: number[] = [];
    for (let i = 0; i < NAVIGATIONS; i++) {
      todayMs.push(await shownAt("/"));
      emptyMs.push(await shownAt("/help"));
    }
    return {
      entries,
      firstSyncMs,
      serverPullMs,
      todayMs,
      emptyMs,
      todayMedianMs: median(todayMs),
      emptyMedianMs: median(emptyMs),
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function benchPhone(executable: string): Promise<PhoneBenchResult> {
  const demo = await startDemo();
  try {
    const { base } = demo;
    const maya = await signIn(base, people.maya);
    const sam = await signIn(base, people.sam);
    const loadAtStart = loadavg()[0]?.toFixed(1) ?? "?";
    const pages = [
      {
        name: "Today",
        slug: "today",
        path: "/",
        who: "Maya",
        cookie: maya,
        target: PHONE_TARGETS.todayPerformance,
      },
      {
        name: "History",
        slug: "history",
        path: "/history",
        who: "Maya",
        cookie: maya,
        target: PHONE_TARGETS.performance,
      },
      {
        name: "Weekly reflection",
        slug: "week",
        path: "/guide/week",
        who: "Maya",
        cookie: maya,
        target: PHONE_TARGETS.performance,
      },
      {
        name: "Caseload",
        slug: "caseload",
        path: "/caseload",
        who: "Sam",
        cookie: sam,
        target: PHONE_TARGETS.performance,
      },
      {
        name: "Directory",
        slug: "directory",
        path: "/directory?near=10001",
        who: "signed out",
        cookie: undefined,
        target: PHONE_TARGETS.performance,
      },
    ];
    // Each page's last full report is kept, to look into (layout-shifts, bootup-time, network-requests…).
    // PHONE_PAGES=today,week measures only those pages (while working on one); PHONE_STORE=0 skips the store.
    const chosen = process.env.PHONE_PAGES?.split(",").map((s) => s.trim());
    const measured = chosen ? pages.filter((p) => chosen.includes(p.slug)) : pages;
    const reports = mkdtempSync(join(tmpdir(), "attune-bench-phone-reports-"));
    let todayReport: Result | undefined;
    const results: PhonePageResult[] = [];
    for (const p of measured) {
      const onReport = (lhr: Result) => {
        writeFileSync(join(reports, `${p.slug}.report.json`), JSON.stringify(lhr));
        if (p.slug === "today") todayReport = lhr;
      };
      const [lighthouse] = await runLighthouse(
        executable,
        [{ url: `${base}${p.path}`, cookie: p.cookie, onReport }],
        RUNS,
      );
      if (!lighthouse) throw new Error(`no Lighthouse result for ${p.path}`);
      results.push({ name: p.name, path: p.path, who: p.who, target: p.target, lighthouse });
    }
    const localStore =
      process.env.PHONE_STORE === "0" ? undefined : await measureLocalStore(executable, base);
    return {
      pages: results,
      localStore,
      todayCosts: todayReport ? costsOf(todayReport) : [],
      reports,
      loadAverage: `${loadAtStart} as it began, ${loadavg()[0]?.toFixed(1) ?? "?"} as it ended`,
    };
  } finally {
    demo.child.kill();
    rmSync(demo.dataDir, { recursive: true, force: true });
  }
}
