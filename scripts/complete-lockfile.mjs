// The npm registry this project is built from holds only the platform binaries for linux-x64, so `npm install`
// leaves the other platforms' optional packages (biome, rollup, …) out of package-lock.json, and `npm ci`
// then refuses the lockfile as "out of sync". This adds those entries back the way a complete registry
// would have written them: optional, and marked with the os/cpu they are for, so that npm skips them on
// every other machine. Run it after `npm install` changes the lockfile (`npm run lock` does both).
import { readFileSync, writeFileSync } from "node:fs";

const file = "package-lock.json";
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;
const oses = [
  "android",
  "darwin",
  "freebsd",
  "linux",
  "openbsd",
  "openharmony",
  "netbsd",
  "sunos",
  "aix",
  "win32",
];
const cpus = ["arm64", "x64", "arm", "ia32", "loong64", "ppc64", "riscv64", "s390x", "mips64el", "wasm32"];

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = oses.find((o) => parts.includes(o));
  const cpu =
    cpus.find((c) => parts.includes(c)) ??
    (parts.includes("eabi") || parts.includes("gnueabihf") ? "arm" : undefined);
  return {
    os,
    cpu,
    libc: parts.some((p) => p.startsWith("musl")) ? "musl" : parts.includes("gnu") ? "glibc" : undefined,
  };
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [dep, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    if (packages[base] || packages[`node_modules/${dep}`]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os && !cpu) continue; // not a platform binary: leave it for npm to resolve
    packages[`node_modules/${dep}`] = {
      version: spec,
      ...(meta.dev ? { dev: true } : {}),
      optional: true,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(libc ? { libc: [libc] } : {}),
      ...(os ? { os: [os] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
