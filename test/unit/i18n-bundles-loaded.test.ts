import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every screen's words must be loaded before the screen shows. The always-loaded catalogue (i18n/en.json) is
 * merged at start; the others arrive when a page imports their module (i18n/crying.ts and the like), for a
 * smaller first load. Types cannot see that: i18next.d.ts types every key as present, so a page that forgets
 * `import "../i18n/crying"` still type-checks and shows raw keys. This test follows the imports instead.
 *
 * It walks the web build's module graph from src/web/main.tsx: static imports load with their importer, and each
 * `import()` starts a chunk that also has every catalogue its importer had loaded. In each chunk, every key a
 * file names (a string literal that is a key, or a template literal's fixed prefix) must belong to a catalogue
 * that is loaded there.
 */

const web = resolve("src/web");
const i18nDir = join(web, "i18n");

type Tree = { [key: string]: string | Tree };

/** Every key path in a catalogue, leaves and the objects above them ("crying", "crying.title"). */
function keyPaths(tree: Tree, prefix = "", into = new Set<string>()): Set<string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    into.add(path);
    if (typeof value === "object") keyPaths(value, path, into);
    // i18next plural forms: "count_one" is used as "count".
    const plural = path.match(/^(.*)_(zero|one|two|few|many|other)$/);
    if (plural) into.add(String(plural[1]));
  }
  return into;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Tree;
const alwaysLoaded = keyPaths(readJson(join(i18nDir, "en.json")));

/** Each catalogue module (i18n/<name>.ts that adds a bundle) and the keys it brings. */
const catalogues = new Map<string, Set<string>>();
for (const name of readdirSync(i18nDir)) {
  if (!name.endsWith(".ts") || name.endsWith(".d.ts")) continue;
  const file = join(i18nDir, name);
  const source = readFileSync(file, "utf8");
  if (!source.includes("addResourceBundle")) continue;
  const keys = new Set<string>();
  for (const m of source.matchAll(/from\s+"\.\/([\w-]+)\.en\.json"/g)) {
    keyPaths(readJson(join(i18nDir, `${String(m[1])}.en.json`)), "", keys);
  }
  catalogues.set(file, keys);
}
const lazyKeys = new Set([...catalogues.values()].flatMap((keys) => [...keys]));

function resolveModule(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, "index.ts"),
    join(base, "index.tsx"),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

interface Module {
  staticImports: string[];
  dynamicImports: string[];
  /** Keys of the lazily loaded catalogues that this file names, with the text that names them. */
  namedKeys: string[];
}

const modules = new Map<string, Module>();
function moduleAt(file: string): Module {
  const known = modules.get(file);
  if (known) return known;
  const source = readFileSync(file, "utf8").replace(/^\s*\/\/.*$/gm, "");
  const staticImports = [
    ...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^"'`;]*?\sfrom\s+)?["']([^"']+)["']/gm),
  ]
    .map((m) => resolveModule(file, String(m[1])))
    .filter((f): f is string => f !== undefined && /\.tsx?$/.test(f));
  const dynamicImports = [...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)]
    .map((m) => resolveModule(file, String(m[1])))
    .filter((f): f is string => f !== undefined);
  const namedKeys: string[] = [];
  // A quoted key, but not an object's property name ("formulation.save": …), which only looks like one.
  for (const m of source.matchAll(/"([a-zA-Z][\w]*(?:\.[\w-]+)+)"(?!\s*:)/g)) {
    if (lazyKeys.has(String(m[1])) && !alwaysLoaded.has(String(m[1]))) namedKeys.push(String(m[1]));
  }
  for (const m of source.matchAll(/`([a-zA-Z][\w]*(?:\.[\w-]+)*)\.\$\{/g)) {
    if (lazyKeys.has(String(m[1])) && !alwaysLoaded.has(String(m[1]))) namedKeys.push(String(m[1]));
  }
  const parsed = { staticImports, dynamicImports, namedKeys };
  modules.set(file, parsed);
  return parsed;
}

function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...moduleAt(file).staticImports);
  }
  return seen;
}

/**
 * The pages App.tsx renders inside <LogLayout>: they show only once the layout (and the log catalogue it
 * imports) has loaded, so their chunks start with the layout's catalogues too.
 */
function pagesInsideLogLayout(): Map<string, string> {
  const app = readFileSync(join(web, "app/App.tsx"), "utf8");
  const block = app.slice(app.indexOf("<Route element={<LogLayout />}>"));
  const inside = block.slice(0, block.indexOf("\n              </Route>"));
  const names = [...inside.matchAll(/element=\{<(\w+) \/>\}/g)].map((m) => String(m[1]));
  const lazyPages = join(web, "app/lazyPages.ts");
  const source = readFileSync(lazyPages, "utf8");
  const loaders = new Map<string, string>();
  for (const m of source.matchAll(/const (\w+) = \(\) => import\("([^"]+)"\)/g)) {
    loaders.set(String(m[1]), resolveModule(lazyPages, String(m[2])) as string);
  }
  const layout = loaders.get("loadLogLayout") as string;
  const targets = new Map<string, string>();
  for (const m of source.matchAll(/export const (\w+) = lazy\((?:(\w+)|\(\) => import\("([^"]+)"\))\)/g)) {
    const target = m[2] ? loaders.get(m[2]) : resolveModule(lazyPages, String(m[3]));
    if (target && names.includes(String(m[1]))) targets.set(target, layout);
  }
  return targets;
}

/** Each chunk reached from main.tsx, with the catalogues loaded while it runs, and the keys found missing. */
function missingKeys(): string[] {
  const problems = new Set<string>();
  const visited = new Set<string>();
  const parentOf = pagesInsideLogLayout();
  const loadedBy = (entry: string) => new Set([...staticClosure(entry)].filter((f) => catalogues.has(f)));
  const queue: { entry: string; inherited: Set<string> }[] = [
    { entry: join(web, "main.tsx"), inherited: new Set() },
  ];
  while (queue.length > 0) {
    const { entry, inherited } = queue.shift() as (typeof queue)[number];
    const closure = staticClosure(entry);
    const loaded = new Set([...inherited, ...[...closure].filter((f) => catalogues.has(f))]);
    const memo = `${entry}|${[...loaded].sort().join(",")}`;
    if (visited.has(memo)) continue;
    visited.add(memo);
    const available = (key: string) => [...loaded].some((c) => catalogues.get(c)?.has(key));
    for (const file of closure) {
      for (const key of moduleAt(file).namedKeys) {
        if (!available(key)) {
          problems.add(
            `${relative(web, file)} names "${key}", but in the chunk from ${relative(web, entry)} no loaded catalogue has it`,
          );
        }
      }
      for (const target of moduleAt(file).dynamicImports) {
        const layout = parentOf.get(target);
        const fromLayout = layout ? loadedBy(layout) : new Set<string>();
        queue.push({ entry: target, inherited: new Set([...loaded, ...fromLayout]) });
      }
    }
  }
  return [...problems].sort();
}

describe("translation catalogues", () => {
  it("finds the lazily loaded catalogues and the pages that name their keys", () => {
    // Guards the test itself: were the parsing to find nothing, every page would pass.
    expect(catalogues.size).toBeGreaterThanOrEqual(15);
    expect(moduleAt(join(web, "pages/Crying.tsx")).namedKeys.length).toBeGreaterThan(0);
    expect(pagesInsideLogLayout().size).toBeGreaterThanOrEqual(10);
  });

  it("loads every catalogue a screen uses before the screen can show", () => {
    expect(missingKeys()).toEqual([]);
  });
});
