// Builds the server and the web app when the build is missing or older than the sources, so that
// `npm start` on a fresh clone just works and a restart after `git pull` picks up the change.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const outputs = ["dist/node/server/main.js", "dist/web/index.html"];
const inputs = [
  "src",
  "package.json",
  "package-lock.json",
  "vite.config.ts",
  "tsconfig.server.json",
  "tsconfig.base.json",
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

const built = Math.min(...outputs.map((o) => (existsSync(o) ? statSync(o).mtimeMs : 0)));
const changed = Math.max(...inputs.map(newest));
if (built === 0 || changed > built) {
  console.log(
    built === 0 ? "Building Attune (first start)…" : "Sources changed since the last build: rebuilding…",
  );
  execSync("npm run build", { stdio: "inherit" });
}
