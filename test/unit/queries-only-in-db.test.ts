// Every query the server makes is built in src/db (issue 18): repositories and db/ helpers, which the rest of
// the code calls. A file elsewhere that builds a query (a Kysely builder call or a `sql` template) fails here,
// named with what it calls, so a read or write cannot slip past the repositories, and past the one rule for
// what a clinician may see (db/repositories/case-reads.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const src = join(import.meta.dirname, "../../src");
const db = join(src, "db");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === db ? [] : sources(path);
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(name) ? [path] : [];
  });
}

const builders = ["selectFrom(", "insertInto(", "updateTable(", "deleteFrom(", "replaceInto(", "sql`"];
/** `sql` written as a template tag, alone or with a type argument: sql`…` and sql<T>`…`. */
const sqlTemplate = /\bsql\s*(?:<[^`;]*?>\s*)?`/;

describe("queries", () => {
  it("are built only in src/db", () => {
    const outside: string[] = [];
    for (const file of sources(src)) {
      const text = readFileSync(file, "utf8");
      const found = builders.filter((b) => text.includes(b));
      if (!found.includes("sql`") && sqlTemplate.test(text)) found.push("sql`");
      if (found.length) outside.push(`${relative(src, file)}: ${found.join(", ")}`);
    }
    expect(
      outside,
      "query-builder calls outside src/db: move them into a repository or a db/ helper",
    ).toEqual([]);
  });
});
