import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root: the nearest folder above this file with Attune's package.json (works from src/ and dist/). */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (dir !== dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "attune") return dir;
    dir = dirname(dir);
  }
  throw new Error("Attune's package.json was not found above the server code.");
}

export function readVersion(root = projectRoot()): string {
  return JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version as string;
}
