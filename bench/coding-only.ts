// `BENCH_ONLY=coding npm run bench` runs this part from run.ts; this file runs it alone:
// `node --import tsx bench/coding-only.ts`.
import { benchCoding, codingRows } from "./coding.js";

const r = benchCoding();
console.log(
  `${r.events.toLocaleString("en-US")} events over ${r.seconds / 60} minutes; load average ${r.loadAverage}`,
);
console.table(
  codingRows(r).map((row) => ({ step: row.label, ms: row.ms, "÷ baseline": row.ratio, aim: row.aim })),
);
