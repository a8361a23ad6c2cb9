// The layers import only downwards (docs/architecture.md): domain has no I/O and knows nothing above it;
// content is words and data built on the domain; db stores the domain and never reaches for the server; the
// web app never imports the server or the database. A file that reaches up fails here, naming the import.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../src");
const below: Record<string, readonly string[]> = {
  domain: ["domain"],
  content: ["domain", "content"],
  contract: ["domain", "content", "contract"],
  db: ["domain", "content", "contract", "db"],
  server: ["domain", "content", "contract", "db", "server"],
  web: ["domain", "content", "contract", "web"],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const layerOf = (path: string) => relative(root, path).split("/")[0] ?? "";

describe("the layers", () => {
  it("import only the layers below them", () => {
    const upward: string[] = [];
    for (const file of sources(root)) {
      const from = layerOf(file);
      const allowed = below[from];
      if (!allowed) continue;
      const text = readFileSync(file, "utf8");
      for (const [, spec] of text.matchAll(/(?:from\s+|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
        const to = layerOf(resolve(dirname(file), spec ?? ""));
        if (below[to] && !allowed.includes(to)) upward.push(`${relative(root, file)} → ${to} (${spec})`);
      }
    }
    expect(upward).toEqual([]);
  });
});
