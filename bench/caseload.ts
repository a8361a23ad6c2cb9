import { type ChildProcess, fork } from "node:child_process";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { CaseloadSeed } from "./caseload-seed.js";
import { type Latency, percentiles, stopServer, timed, withPostgres } from "./directory.js";

/**
 * A clinician's caseload of 2,000 families on SQLite and on Postgres, through real HTTP with the clinician's
 * session: the first page, and the page filtered to cases with a check-in due and sorted by it, beside one
 * case's overview (`GET /api/cases/:id`, the same summary for one case) measured in the same run. One request
 * at a time (latency, not throughput); the three take turns in rounds so machine noise falls on each alike.
 */
export interface CaseloadBenchRow {
  database: string;
  seeded: CaseloadSeed;
  loadSeconds: number;
  /** The machine's 1-minute load average as the measuring began. */
  loadAverage: number;
  /** How many cases the filtered page held (of `seeded.families`). */
  dueCases: number;
  firstPage: Latency;
  dueSorted: Latency;
  oneCase: Latency;
}

export const CASELOAD_FIRST_PAGE = "/api/caseload";
export const CASELOAD_DUE = "/api/caseload?due=true&sort=due";
const CASES = Number(process.env.BENCH_CASES ?? 2_000);
const ROUNDS = 5;
const PER_ROUND = 40;
const WARM_UP = 20;

interface Started {
  address: string;
  cookie: string;
  caseId: string;
  loadSeconds: number;
  seeded: CaseloadSeed;
  child: ChildProcess;
}

/** bench/caseload-server.ts in a child process; it inherits this process's TypeScript loader. */
function startServer(env: Record<string, string>): Promise<Started> {
  return new Promise((resolve, reject) => {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const child = fork(join(import.meta.dirname, "caseload-server.ts"), {
      env: { ...inherited, BENCH_CASES: String(CASES), ...env },
    });
    child.once("message", (m) => resolve({ ...(m as Omit<Started, "child">), child }));
    child.once("exit", (code) => reject(new Error(`caseload-server exited with ${code}`)));
  });
}

async function measure(database: string, env: Record<string, string>): Promise<CaseloadBenchRow> {
  const server = await startServer(env);
  try {
    const headers = { cookie: server.cookie };
    const [firstUrl, dueUrl, caseUrl] = [
      CASELOAD_FIRST_PAGE,
      CASELOAD_DUE,
      `/api/cases/${server.caseId}`,
    ].map((path) => `${server.address}${path}`) as [string, string, string];
    const first = (await (await fetch(firstUrl, { headers })).json()) as { total: number };
    if (first.total !== server.seeded.families)
      throw new Error(`bench: the caseload holds ${first.total} cases, not ${server.seeded.families}`);
    const due = (await (await fetch(dueUrl, { headers })).json()) as { total: number };
    for (const url of [firstUrl, dueUrl, caseUrl]) await timed(url, WARM_UP, headers);
    const loadAverage = Math.round((loadavg()[0] ?? 0) * 10) / 10;
    const times = { first: [] as number[], due: [] as number[], one: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      times.first.push(...(await timed(firstUrl, PER_ROUND, headers)));
      times.due.push(...(await timed(dueUrl, PER_ROUND, headers)));
      times.one.push(...(await timed(caseUrl, PER_ROUND, headers)));
    }
    return {
      database,
      seeded: server.seeded,
      loadSeconds: server.loadSeconds,
      loadAverage,
      dueCases: due.total,
      firstPage: percentiles(times.first),
      dueSorted: percentiles(times.due),
      oneCase: percentiles(times.one),
    };
  } finally {
    await stopServer(server.child);
  }
}

export async function benchCaseload(): Promise<CaseloadBenchRow[]> {
  const sqlite = await measure("SQLite", {});
  const postgres = await withPostgres((url) => measure("Postgres", { DATABASE_URL: url }));
  return [sqlite, postgres];
}
