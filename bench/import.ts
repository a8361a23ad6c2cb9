import { type ChildProcess, fork } from "node:child_process";
import { loadavg } from "node:os";
import { join } from "node:path";
import { seededRandom } from "../src/server/demo/fictional-providers.js";
import { signedIn } from "./family.js";

/**
 * Importing three years of a busy Huckleberry log (issue 17): a generated export of about 30,000 rows, read
 * in process (decodeExport + csvRows + parseHuckleberry, the baseline) and then sent to a fresh Attune (the
 * built server, bench/attune-server.mjs, on a new SQLite file) as three previews, the import, a preview of the
 * same file once it is in, and the same import again. Every figure is also given as a ratio to reading the
 * file alone, measured in the same run. BENCH_PROFILE=<folder> runs the server under `node --cpu-prof` and
 * leaves its profile there.
 */
export interface ImportReplySummary {
  total: number;
  added: number;
  duplicates: number;
  errors: number;
}

export interface ImportBenchResult {
  rows: number;
  bytes: number;
  days: number;
  from: string;
  to: string;
  /** Rows written to be unreadable (a sleep that ends before it starts, a date that does not exist). */
  unreadableRows: number;
  /** The machine's 1-minute load average as the measuring began. */
  loadAverage: number;
  /** Reading the file in process, each run: decodeExport + csvRows, then parseHuckleberry. */
  parseRuns: { csvMs: number; parseMs: number }[];
  parseMs: number;
  previewRuns: number[];
  previewMs: number;
  importMs: number;
  /** A preview of the same file once it is in: every row a duplicate. */
  previewAgainMs: number;
  reimportMs: number;
  preview: ImportReplySummary;
  imported: ImportReplySummary;
  previewedAgain: ImportReplySummary;
  reimported: ImportReplySummary;
}

export const IMPORT_AIMS = { previewMs: 3_000, importMs: 10_000 };
export const IMPORT_ZONE = "America/New_York";
const YEARS = 3;
const PARSE_RUNS = 5;
const PREVIEW_RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (ms: number) => Math.round(ms);

/** The demo's seeded generator (mulberry32), so the same seed and dates give the same file byte for byte. */
function seeded(seed: number) {
  const next = seededRandom(seed);
  return {
    next,
    /** An integer from lo to hi, both included. */
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
  };
}

/** Minutes on the wall clock (a calendar in UTC, no zone) as Huckleberry writes them: "2026-10-18 19:30". */
const wall = (minutes: number) => new Date(minutes * 60_000).toISOString().slice(0, 16).replace("T", " ");
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const cell = (text: string) => (text === "" ? "" : `"${text.replaceAll('"', '""')}"`);

const HEADER = [
  "Type",
  "Start",
  "End",
  "Duration",
  "Start Condition",
  "Start Location",
  "End Condition",
  "Notes",
  "Logged By",
];
const FELL_ASLEEP = ["Under_10_minutes", "10-20_minutes", "10-20_minutes, happy", "Long time to fall asleep"];
const FELL_ASLEEP_HOW = ["Happy", "Upset", ...FELL_ASLEEP];
const NAP_WHERE = [
  "On own in bed",
  "On own in bed",
  "Worn or held",
  "Stroller",
  "Car",
  "Swing",
  "Next to carer",
];
const NIGHT_WHERE = ["On own in bed", "On own in bed", "On own in bed", "Nursing"];
const WOKE = ["Happy", "Happy", "Upset", "Woke up child"];
const SIZES = ["small", "medium", "large"];
const COLOURS = ["yellow", "yellow", "green", "brown"];
const CONSISTENCY = ["Loose", "Runny", "Mucousy", "Solid", "Soft"];
const FOODS = [
  "Sweet potato",
  "Banana",
  "Carrot, sweet potato",
  "Avocado",
  "Oatmeal",
  "1 tsp of banana",
  "Pear",
  "Peas",
  "Yogurt, blueberries",
  "Scrambled egg",
  "Pasta, tomato sauce",
  "Toast, butter",
];
const REACTIONS = ["LOVED", "LOVED", "MEH", "HATED"];
const NOTES = [
  "fussy, wanted to be held",
  "lots of smiles",
  'copied her "ooh" sounds, then she copied mine',
  "Gran's turn",
  "teething? chewing everything",
  "slept in the car on the way home",
  "big kicks, happy",
  "spat up a little",
];
const PEOPLE = ["Maya", "Maya", "Sam", "Sam", "Gran"];

/**
 * A Huckleberry export of `days` days for a baby born on the first of them, ending on `lastDay`, newest row
 * first as Huckleberry lists them. About 28 rows a day: feeds (breast with side times, bottles of formula or
 * breast milk, solids from six months), diapers, naps and a night's sleep split by night feeds, pumping in
 * the first year, tummy time, play, baths, potty in the third year, vitamin D, a temperature now and then,
 * growth every month and then every quarter. One kind of care never overlaps itself and no two rows share a
 * start, so every readable row is one entry. Every few months a row that cannot be read: a sleep that ends
 * before it starts, or a date no calendar has (31 April, 30 February).
 */
export function huckleberryExport(lastDay: string, days: number, seed = 17) {
  const rnd = seeded(seed);
  const rows: string[][] = [];
  const unreadable = new Set<string[]>();
  const first = Date.parse(`${lastDay}T00:00:00Z`) / 60_000 - (days - 1) * 1440;
  const end = first + days * 1440; // midnight after the last day: nothing may end later (it would be today)
  let last = -1;
  const add = (
    type: string,
    start: number,
    finish: number | null,
    cells: { duration?: string; startCondition?: string; location?: string; endCondition?: string } = {},
  ) => {
    if (start <= last) throw new Error(`bench: rows out of order at ${wall(start)}`);
    last = start;
    const note = rnd.chance(0.05) ? rnd.pick(NOTES) : "";
    rows.push([
      type,
      wall(start),
      finish === null ? "" : wall(finish),
      cells.duration ?? (finish === null ? "" : hhmm(finish - start)),
      cells.startCondition ?? "",
      cells.location ?? "",
      cells.endCondition ?? "",
      note,
      rnd.pick(PEOPLE),
    ]);
  };

  let t = first + 6 * 60; // born in time for a 6 o'clock feed
  for (let day = 0; day < days; day++) {
    const midnight = first + day * 1440;
    const age = day; // days old
    const diaper = (at: number) => {
      const roll = rnd.next();
      if (roll < 0.55) add("Diaper", at, null, { endCondition: `Pee:${rnd.pick(SIZES)}` });
      else if (roll < 0.97) {
        const both = roll < 0.85;
        add("Diaper", at, null, {
          duration: rnd.pick(COLOURS),
          startCondition: rnd.pick(CONSISTENCY),
          endCondition: both
            ? `Both, pee:${rnd.pick(SIZES)} poo:${rnd.pick(SIZES)}`
            : `Poo:${rnd.pick(SIZES)}`,
        });
      } else add("Diaper", at, null, { endCondition: "Dry" });
    };
    const feed = (at: number, night: boolean): number => {
      const bottleShare = age < 365 ? 0.3 : 0.6;
      if (!night && rnd.chance(bottleShare)) {
        const oz = rnd.chance(0.5);
        const amount = oz ? `${rnd.pick(["2", "3", "4", "4.5", "5", "6"])}oz` : `${rnd.int(6, 20) * 10}ml`;
        add("Feed", at, null, {
          startCondition: rnd.pick(["Formula", "Breast Milk"]),
          location: "Bottle",
          endCondition: amount,
        });
        return at + rnd.int(10, 20);
      }
      const right = rnd.chance(0.1) ? 0 : rnd.int(5, 15);
      const left = right === 0 || rnd.chance(0.9) ? rnd.int(5, 15) : 0;
      const length = right + left;
      add("Feed", at, at + length, {
        startCondition: right || rnd.chance(0.5) ? `${hhmm(right)}R` : "",
        location: "Breast",
        endCondition: left ? `${hhmm(left)}L` : "",
      });
      return at + length;
    };
    const sleep = (start: number, finish: number, where: readonly string[]) => {
      // Now and then a row edited by hand with the wrong hour: it ends before it starts.
      if (rnd.chance(1 / 400)) {
        add("Sleep", start, null, {
          duration: "",
          startCondition: "Under_10_minutes",
          location: "On own in bed",
          endCondition: "Happy",
        });
        const row = rows.at(-1) as string[];
        row[2] = wall(start - 75);
        unreadable.add(row);
        return;
      }
      add("Sleep", start, finish, {
        startCondition: rnd.pick(FELL_ASLEEP_HOW),
        location: rnd.pick(where),
        endCondition: rnd.pick(WOKE),
      });
    };

    // The day, from waking to bedtime, in rounds of feed, diaper, something awake, a nap.
    const bedtime = midnight + 19 * 60 + rnd.int(0, 45);
    const naps = age < 120 ? 4 : age < 270 ? 3 : age < 540 ? 2 : 1;
    let napped = 0;
    let solids = 0;
    let vitaminD = age < 365;
    while (t < bedtime - 100) {
      t = feed(t, false) + rnd.int(2, 10);
      diaper(t);
      t += rnd.int(3, 15);
      if (vitaminD) {
        add("Meds", t, null, { startCondition: "1ml", location: "Vitamin D drops" });
        vitaminD = false;
        t += rnd.int(2, 10);
      }
      if (age >= 180 && solids < (age < 365 ? 2 : 3) && t - midnight > 8 * 60 + solids * 4 * 60) {
        add("Solids", t, null, {
          startCondition: rnd.pick(FOODS),
          endCondition: rnd.pick(REACTIONS),
        });
        solids++;
        t += rnd.int(15, 30);
      }
      if (age < 365 && rnd.chance(0.45)) {
        const length = rnd.chance(0.7) ? rnd.int(10, 25) : 0; // some pumps logged with a start only
        const oz = rnd.chance(0.3);
        const amount = () =>
          oz ? `${rnd.pick(["1", "1.5", "2", "2.5", "3"])}oz` : `${rnd.int(4, 12) * 10}ml`;
        add("Pump", t, length ? t + length : null, { startCondition: amount(), endCondition: amount() });
        t += length + rnd.int(2, 10);
      }
      if (age >= 730 && rnd.chance(0.3)) {
        add("Potty", t, null, { endCondition: rnd.pick(["Pee", "Poo", "Nothing"]) });
        t += rnd.int(3, 10);
      }
      const awake = rnd.next();
      if (awake < 0.85) {
        const type =
          age < 90 && awake < 0.2
            ? "Skin to skin"
            : age < 200 && awake < 0.5
              ? "Tummy time"
              : rnd.chance(0.3) && age > 150
                ? "Outdoor play"
                : "Indoor play";
        const length = type === "Tummy time" ? rnd.int(5, 15) : rnd.int(10, 40);
        add(type, t, t + length);
        t += length + rnd.int(5, 20);
        if (age >= 365 && rnd.chance(0.4)) {
          const more = rnd.int(15, 45);
          add(type === "Outdoor play" ? "Indoor play" : "Outdoor play", t, t + more);
          t += more + rnd.int(5, 20);
        }
      }
      if (napped < naps && t < bedtime - 150) {
        const length = age < 120 ? rnd.int(40, 120) : age < 540 ? rnd.int(45, 100) : rnd.int(70, 150);
        const start = t + rnd.int(5, 30);
        sleep(start, start + length, NAP_WHERE);
        napped++;
        t = start + length + rnd.int(1, 5);
        if (rnd.chance(0.6)) {
          diaper(t);
          t += rnd.int(1, 5);
        }
      }
      t += rnd.int(5, age < 120 ? 20 : 40);
    }

    // Evening: now and then a temperature, growth on the month's day, a bath every other day, the last feed.
    t = Math.max(t, bedtime - 90);
    if (rnd.chance(1 / 25)) {
      add("Temp", t, null, { startCondition: `${(97.8 + rnd.int(0, 30) / 10).toFixed(1)}°F` });
      t += rnd.int(2, 10);
    }
    if (age % (age < 365 ? 30 : 91) === 14) {
      const kg = 3.4 + 6.5 * (1 - Math.exp(-age / 200)) + 1.5 * (age / 1095);
      const cm = 50 + 30 * (1 - Math.exp(-age / 300)) + 10 * (age / 1095);
      const head = 35 + 12 * (1 - Math.exp(-age / 250));
      add("Growth", t, null, {
        startCondition: `${kg.toFixed(2)}kg`,
        location: `${cm.toFixed(1)}cm`,
        endCondition: `${head.toFixed(1)}cm`,
      });
      t += rnd.int(2, 10);
    }
    if (day % 2 === 0) {
      const length = rnd.int(10, 20);
      add("Bath", t, t + length);
      t += length + rnd.int(3, 10);
    }
    if (rnd.chance(1 / 300)) {
      // The 31st of a month with 30 days, or 30 February: a date that is in no calendar.
      const date = new Date(midnight * 60_000);
      const month = date.getUTCMonth() + 1;
      const impossible = [4, 6, 9, 11].includes(month)
        ? `${date.getUTCFullYear()}-${String(month).padStart(2, "0")}-31`
        : `${date.getUTCFullYear()}-02-30`;
      const row = [
        "Diaper",
        `${impossible} ${hhmm(rnd.int(0, 1439))}`,
        "",
        "",
        "",
        "",
        "Pee:small",
        "",
        "Maya",
      ];
      rows.push(row);
      unreadable.add(row);
    }
    t = feed(t, false) + rnd.int(2, 8);
    diaper(t);
    t += rnd.int(5, 15);

    // The night: asleep until the morning, woken for a feed (and a diaper) a few times while small.
    const wake = midnight + 1440 + 6 * 60 + rnd.int(-30, 45);
    const wakings = age < 90 ? 3 : age < 180 ? 2 : age < 365 ? 1 : rnd.chance(0.25) ? 1 : 0;
    const span = (wake - t) / (wakings + 1);
    for (let w = 0; w <= wakings; w++) {
      const until = w === wakings ? wake : Math.round(t + span * (0.7 + rnd.next() * 0.3));
      if (until > end) break; // the export ends before today
      sleep(t, until, NIGHT_WHERE);
      t = until + rnd.int(2, 8);
      if (w < wakings) {
        t = feed(t, true) + rnd.int(1, 4);
        if (rnd.chance(0.5)) {
          diaper(t);
          t += rnd.int(1, 3);
        }
      }
    }
    t = Math.max(t, wake + rnd.int(5, 20));
  }

  const kept = rows.filter((r) => (r[1] as string) < wall(end));
  const csv = `${[HEADER, ...kept.reverse()].map((r) => r.map(cell).join(",")).join("\n")}\n`;
  const bad = kept.filter((r) => unreadable.has(r)).length;
  return { csv, rows: kept.length, unreadable: bad, from: wall(first).slice(0, 10), to: lastDay };
}

/**
 * The readers as the server runs them: the built code in dist/node (what bench/attune-server.mjs serves), not
 * src through tsx, so that the baseline and the server run the same JavaScript (tsx's reading was about 8 %
 * slower). The types are src's.
 */
async function builtReaders() {
  const dist = new URL("../dist/node/", import.meta.url).href;
  const { parseHuckleberry } = (await import(
    `${dist}domain/import/huckleberry.js`
  )) as typeof import("../src/domain/import/huckleberry.js");
  const { csvRows } = (await import(
    `${dist}server/imports/csv-rows.js`
  )) as typeof import("../src/server/imports/csv-rows.js");
  const { decodeExport } = (await import(
    `${dist}server/imports/decode.js`
  )) as typeof import("../src/server/imports/decode.js");
  return { parseHuckleberry, csvRows, decodeExport };
}

/** Yesterday on the family's clock. */
export function yesterdayIn(timeZone: string, now = Date.now()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date(now - 86_400_000));
}

function startAttune(profileDir?: string): Promise<{ base: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, "attune-server.mjs"), {
      execArgv: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : process.execArgv,
    });
    child.once("message", (m) =>
      resolve({ base: (m as { address: string }).address.replace(/\/api\/health$/, ""), child }),
    );
    child.once("exit", (code) => reject(new Error(`attune-server exited with ${code}`)));
  });
}

/** SIGINT, which the server answers with process.exit(0), so that --cpu-prof writes its profile. */
function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill("SIGINT");
  });
}

export async function benchImport(): Promise<ImportBenchResult> {
  const lastDay = yesterdayIn(IMPORT_ZONE);
  const days = YEARS * 365;
  const file = huckleberryExport(lastDay, days);
  const bytes = Buffer.from(file.csv, "utf8");

  // Reading the file alone, in this process: the baseline.
  const { csvRows, decodeExport, parseHuckleberry } = await builtReaders();
  const parseRuns: { csvMs: number; parseMs: number }[] = [];
  let drafts = 0;
  let readErrors = 0;
  for (let i = 0; i < PARSE_RUNS; i++) {
    const t0 = performance.now();
    const rows = csvRows(decodeExport(bytes));
    const t1 = performance.now();
    const parsed = parseHuckleberry(rows, IMPORT_ZONE);
    const t2 = performance.now();
    parseRuns.push({ csvMs: round(t1 - t0), parseMs: round(t2 - t1) });
    drafts = parsed.drafts.length;
    readErrors = parsed.errors.length;
  }
  if (drafts + readErrors !== file.rows)
    throw new Error(`bench: ${file.rows} rows written, ${drafts} read and ${readErrors} refused`);

  const attune = await startAttune(process.env.BENCH_PROFILE);
  try {
    const { base } = attune;
    const { cookie, call } = await signedIn(base);
    const family = await call("POST", "/api/families", { name: "Bench", timeZone: IMPORT_ZONE });
    const baby = await call("POST", `/api/families/${family.id}/babies`, {
      name: "Robin",
      birthDate: file.from,
    });
    const send = async (dryRun: boolean) => {
      const t = performance.now();
      const res = await fetch(
        `${base}/api/babies/${baby.id}/imports?format=huckleberry&timeZone=${encodeURIComponent(IMPORT_ZONE)}&dryRun=${dryRun}`,
        { method: "POST", headers: { "content-type": "text/csv", cookie, origin: base }, body: bytes },
      );
      const reply = (await res.json()) as Omit<ImportReplySummary, "errors"> & { errors: unknown[] };
      const ms = performance.now() - t;
      if (res.status >= 300) throw new Error(`bench: import ${res.status} ${JSON.stringify(reply)}`);
      const summary = {
        total: reply.total,
        added: reply.added,
        duplicates: reply.duplicates,
        errors: reply.errors.length,
      };
      return { ms: round(ms), summary };
    };

    const loadAverage = Math.round((loadavg()[0] ?? 0) * 10) / 10;
    const previews: Awaited<ReturnType<typeof send>>[] = [];
    for (let i = 0; i < PREVIEW_RUNS; i++) previews.push(await send(true));
    const imported = await send(false);
    const previewedAgain = await send(true);
    const reimported = await send(false);
    const parseMs = round(median(parseRuns.map((r) => r.csvMs + r.parseMs)));
    return {
      rows: file.rows,
      bytes: bytes.length,
      days,
      from: file.from,
      to: file.to,
      unreadableRows: file.unreadable,
      loadAverage,
      parseRuns,
      parseMs,
      previewRuns: previews.map((p) => p.ms),
      previewMs: round(median(previews.map((p) => p.ms))),
      importMs: imported.ms,
      previewAgainMs: previewedAgain.ms,
      reimportMs: reimported.ms,
      preview: (previews[0] as (typeof previews)[0]).summary,
      imported: imported.summary,
      previewedAgain: previewedAgain.summary,
      reimported: reimported.summary,
    };
  } finally {
    await stop(attune.child);
  }
}

/** The figures as table rows (label, ms, ratio to reading alone, aim) for run.ts and import-only.ts. */
export function importRows(r: ImportBenchResult) {
  const ratio = (ms: number) => `${(ms / r.parseMs).toFixed(2)} ×`;
  const ok = (met: boolean) => (met ? "✓" : "✗");
  return [
    {
      label: `Reading the file in process: decodeExport + csvRows + parseHuckleberry (median of ${PARSE_RUNS})`,
      ms: r.parseMs,
      ratio: "1 × (baseline)",
      aim: "",
    },
    {
      label: `Preview, \`POST /api/babies/:id/imports?dryRun=true\` (median of ${PREVIEW_RUNS}: ${r.previewRuns.join(", ")} ms)`,
      ms: r.previewMs,
      ratio: ratio(r.previewMs),
      aim: `< 3 s ${ok(r.previewMs < IMPORT_AIMS.previewMs)}`,
    },
    {
      label: `Import, \`dryRun=false\`, into an empty log (once): ${r.imported.added.toLocaleString("en-US")} added`,
      ms: r.importMs,
      ratio: ratio(r.importMs),
      aim: `< 10 s ${ok(r.importMs < IMPORT_AIMS.importMs)}`,
    },
    {
      label: `Preview of the same file once it is in (once): ${r.previewedAgain.duplicates.toLocaleString("en-US")} duplicates`,
      ms: r.previewAgainMs,
      ratio: ratio(r.previewAgainMs),
      aim: `< 3 s ${ok(r.previewAgainMs < IMPORT_AIMS.previewMs)}`,
    },
    {
      label: `Importing the same file again (once): ${r.reimported.added} added, ${r.reimported.duplicates.toLocaleString("en-US")} duplicates`,
      ms: r.reimportMs,
      ratio: ratio(r.reimportMs),
      aim: `< 10 s ${ok(r.reimportMs < IMPORT_AIMS.importMs)}`,
    },
  ];
}
