// `BENCH_ONLY=import npm run bench` runs this part from run.ts; this file runs it alone for a quick look:
// `node --import tsx bench/import-only.ts` (BENCH_PROFILE=/tmp/import-profile keeps the server's CPU profile).
import { benchImport, importRows } from "./import.js";

const r = await benchImport();
console.log(
  `${r.rows.toLocaleString("en-US")} rows (${(r.bytes / 2 ** 20).toFixed(1)} MB), ${r.from} to ${r.to}, ${r.unreadableRows} written unreadable; load average ${r.loadAverage}`,
);
console.table(
  importRows(r).map((row) => ({ step: row.label, ms: row.ms, "÷ reading alone": row.ratio, aim: row.aim })),
);
console.table({
  preview: r.preview,
  import: r.imported,
  "preview again": r.previewedAgain,
  "import again": r.reimported,
});
console.log(
  `Reading alone, each run (decode + csvRows / parseHuckleberry, ms): ${r.parseRuns.map((p) => `${p.csvMs} / ${p.parseMs}`).join(", ")}`,
);
