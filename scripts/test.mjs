// `npm test`: every check, in the order that fails fastest. Lint, types, build, then unit and integration
// tests (SQLite and Postgres), then browser tests when a Chromium is found.
// REQUIRE_BROWSER=1 turns a missing browser from a loud skip into a failure (CI sets it).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const reportDir = mkdtempSync(join(tmpdir(), "attune-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function step(label, command, args, env = {}) {
  const { ok, seconds } = run(label, command, args, env);
  if (!ok) {
    console.error(`\n✖ ${label} failed after ${seconds}s`);
    finish(1);
  }
  console.log(`✔ ${label} (${seconds}s)`);
}

function vitest(project) {
  const report = join(reportDir, `${project}.json`);
  const label = `${project} tests`;
  const { ok, seconds } = run(label, "npx", [
    "vitest",
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  // Count before deciding, so a failing run still reports how many failed.
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  }
  if (!ok) {
    console.error(`\n✖ ${label} failed after ${seconds}s`);
    finish(1);
  }
  console.log(`✔ ${label} (${seconds}s)`);
}

function finish(code) {
  rmSync(reportDir, { recursive: true, force: true });
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(code);
}

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    Boolean,
  );
  return candidates.find((p) => existsSync(p));
}

step("lint (biome)", "npx", ["biome", "check", "."]);
step("types (tsc)", "npm", ["run", "--silent", "typecheck"]);
step("build", "npm", ["run", "--silent", "build"]);
vitest("unit");
vitest("integration");

const chromium = findChromium();
if (chromium) {
  process.env.CHROME_PATH = chromium;
  vitest("e2e");
} else if (process.env.REQUIRE_BROWSER === "1") {
  console.error(
    "\n✖ REQUIRE_BROWSER=1 but no Chromium was found (set CHROME_PATH or apt-get install chromium).",
  );
  finish(1);
} else {
  // Skipped tests are counted, so the last line never says "0 skipped" over a suite that did not run.
  const listed = spawnSync("npx", ["vitest", "list", "--project", "e2e", "--json"], { encoding: "utf8" });
  try {
    totals.skipped += JSON.parse(listed.stdout).length;
  } catch {
    console.warn("(the browser tests could not be counted)");
  }
  const bar = "!".repeat(78);
  console.warn(
    `\n${bar}\n!! BROWSER TESTS SKIPPED: no Chromium found (CHROME_PATH or /usr/bin/chromium).\n!! Install it with: apt-get install -y chromium   — CI runs them with REQUIRE_BROWSER=1.\n${bar}`,
  );
}
finish(0);
