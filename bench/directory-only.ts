// `BENCH_ONLY=directory npm run bench` runs this part from run.ts; this file runs it alone for a quick look:
// `node --import tsx bench/directory-only.ts` (BENCH_PROVIDERS=10000 for a smaller directory).
import { benchDirectory } from "./directory.js";

console.table(
  (await benchDirectory()).map((d) => ({
    database: d.database,
    "load s": d.loadSeconds,
    matches: d.matches,
    "load avg": d.loadAverage,
    "search p50/p95/p99 ms": `${d.search.p50} / ${d.search.p95} / ${d.search.p99}`,
    "lookup p50/p95/p99 ms": `${d.lookup.p50} / ${d.lookup.p95} / ${d.lookup.p99}`,
    "ratio p95": (d.search.p95 / d.lookup.p95).toFixed(1),
  })),
);
