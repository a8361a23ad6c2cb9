// `BENCH_ONLY=directory npm run bench` runs this part from run.ts; this file runs it alone for a quick look.
import { benchDirectory } from "./directory.js";

console.table(await benchDirectory());
