import { describe, expect, it } from "vitest";
import en from "../../src/web/i18n/en.json" with { type: "json" };
import es from "../../src/web/i18n/es.json" with { type: "json" };

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? "").sort();
}

describe("translation catalogues", () => {
  it("have the same keys in English and Spanish", () => {
    expect(keys(es as Tree).sort()).toEqual(keys(en as Tree).sort());
  });

  it("keep every {{placeholder}} in each translation, and leave no string empty", () => {
    const lookup = (tree: Tree, key: string) =>
      key
        .split(".")
        .reduce<string | Tree | undefined>((node, k) => (node as Tree | undefined)?.[k], tree) as string;
    for (const key of keys(en as Tree)) {
      const english = lookup(en as Tree, key);
      const spanish = lookup(es as Tree, key);
      expect(spanish.trim(), key).not.toBe("");
      expect(placeholders(spanish), key).toEqual(placeholders(english));
    }
  });
});
