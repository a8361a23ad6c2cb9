// `BENCH_ONLY=caseload npm run bench` runs this part from run.ts; this file runs it alone for a quick look:
// `node --import tsx bench/caseload-only.ts` (BENCH_CASES=200 for a smaller caseload).
import { benchCaseload } from "./caseload.js";

const ms = (l: { p50: number; p95: number; p99: number }) => `${l.p50} / ${l.p95} / ${l.p99}`;
console.table(
  (await benchCaseload()).map((r) => ({
    database: r.database,
    "load s": r.loadSeconds,
    "due cases": r.dueCases,
    "load avg": r.loadAverage,
    "first page ms": ms(r.firstPage),
    "due, sorted ms": ms(r.dueSorted),
    "one case ms": ms(r.oneCase),
    "ratio p95": (r.firstPage.p95 / r.oneCase.p95).toFixed(1),
  })),
);
