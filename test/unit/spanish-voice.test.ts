// One Spanish for all of Attune (src/content/README.md, "Spanish"): neutral Latin-American Spanish that
// speaks to the reader as tú. This walks every Spanish string Attune writes itself (the `es` side of every
// content module's exports, and the Spanish interface catalogues) and fails on forms that are wrong in any
// context: vosotros, usted, leísmo with the baby as direct object, and a midwife who is only a "matrona".
// An instrument's own published wording (its `translations`) is not Attune's to change, so it is left out.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { crisisLinesFor } from "../../src/content/help/crisis.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const contentDir = join(root, "src/content");
const i18nDir = join(root, "src/web/i18n");

/** A pattern matched as whole words. `\b` is ASCII-only in JavaScript, so "puños" would hold a word "os". */
const words = (source: string, flags = "iu") =>
  new RegExp(`(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`, flags);

const badForms: readonly { rule: string; pattern: RegExp }[] = [
  { rule: "vosotros (use ustedes)", pattern: words("vosotr[oa]s|vuestr[oa]s?") },
  { rule: "vosotros (use ustedes)", pattern: words("os", "u") },
  {
    rule: "vosotros (use ustedes)",
    pattern: words("sois|estáis|tenéis|podéis|queréis|habéis|compartís|encontrasteis|manteneros"),
  },
  // Reflexive vosotros imperatives: calmaos, cuidaos, turnaos ("caos" is a noun).
  { rule: "vosotros (use ustedes)", pattern: words("(?!caos)\\p{L}+aos") },
  { rule: "usted (use tú)", pattern: words("usted") },
  {
    rule: "leísmo (use lo/la for the baby as direct object)",
    pattern: words(
      "cálmale|calmarle|despertarle|despiértale|cógele|cogerle|acuéstale|acostarle|abrázale|abrazarle|cárgale|cargarle|mécele|mecerle|envuélvele|envolverle|ayúdale|ayudarle|sacudirle|bañarle|báñale|cuidarle|cuídale|levantarle|levántale|consuélale|consolarle",
    ),
  },
  {
    rule: "leísmo (use lo/la for the baby as direct object)",
    pattern: words(
      "(tómale|tomarle|tenerle|tenle) en brazos|le (abrazas|acuestas|bañas|meces|levantan|ayuda a)|(quien|que)( más)? les? cuidan?",
    ),
  },
  {
    rule: "coger is Spain-only (use tomar or cargar)",
    pattern: words("coger\\p{L}*|c[oó]ge(l[oae]s?)?|cogid[oa]s?"),
  },
  { rule: "a midwife is «partera o matrona»", pattern: words("(?<!parteras? o )matronas?") },
];

type Tree = unknown;

/** Every string under an `es` key (or anywhere in a Spanish catalogue), with where it was found. */
function spanish(value: Tree, path: string, inSpanish: boolean, out: [string, string][]): void {
  if (typeof value === "string") {
    if (inSpanish) out.push([path, value]);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      spanish(item, `${path}[${i}]`, inSpanish, out);
    });
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "translations") continue; // an instrument's published wording
      spanish(item, `${path}.${key}`, inSpanish || key === "es", out);
    }
  }
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

async function contentStrings(): Promise<[string, string][]> {
  // Modules first, their index.ts re-exports last, so a string is reported where it is written.
  const modules = files(contentDir)
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
    .sort((a, b) => Number(a.endsWith("index.ts")) - Number(b.endsWith("index.ts")) || a.localeCompare(b));
  const out: [string, string][] = [];
  for (const file of modules) {
    const exports: Record<string, unknown> = await import(pathToFileURL(file).href);
    for (const [name, value] of Object.entries(exports)) {
      spanish(value, `${relative(root, file)}:${name}`, false, out);
    }
  }
  // The line shown for a region Attune has no numbers for is built, not exported.
  spanish(crisisLinesFor("ZZ"), "src/content/help/crisis.ts:crisisLinesFor(unknown region)", false, out);
  return out;
}

function catalogueStrings(): [string, string][] {
  const out: [string, string][] = [];
  for (const name of readdirSync(i18nDir).filter((f) => f === "es.json" || f.endsWith(".es.json"))) {
    const file = join(i18nDir, name);
    spanish(JSON.parse(readFileSync(file, "utf8")), relative(root, file), true, out);
  }
  return out;
}

/** Each bad form once per string (a string re-exported under two names is reported where first found). */
function problems(strings: [string, string][]): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const [path, text] of strings) {
    const plain = text.replace(/\{\{\w+\}\}/g, "");
    for (const { rule, pattern } of badForms) {
      const match = plain.match(pattern);
      if (!match) continue;
      const key = `${rule}\u0000${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(`${path}: ${rule}: «${match[0]}» in «${text}»`);
    }
  }
  return found;
}

describe("Attune's Spanish voice", () => {
  it("finds Spanish to check in the content modules and the catalogues", async () => {
    expect((await contentStrings()).length).toBeGreaterThan(1000);
    expect(catalogueStrings().length).toBeGreaterThan(1000);
  });

  it("catches each bad form it is meant to catch, and leaves the right forms alone", () => {
    const flagged = (text: string) => badForms.some(({ pattern }) => pattern.test(text));
    for (const bad of [
      "Cálmale un poco primero.",
      "Cuesta despertarle.",
      "Mécele despacio.",
      "Le abrazas contra tu pecho.",
      "Las personas que les cuidan.",
      "Las pocas personas que más le cuidan.",
      "Tenerle en brazos siempre está bien.",
      "No puedes manteneros a salvo.",
      "Los días que compartís.",
      "Las rutinas que os dieron momentos juntos.",
      "Calmaos un momento.",
      "Vuestro bebé.",
      "Llame a su médico, por favor, usted puede.",
      "Cógelo en brazos.",
      "Habla con tu matrona.",
    ]) {
      expect(flagged(bad), bad).toBe(true);
    }
    for (const good of [
      "Cálmalo un poco primero y luego dale de comer.",
      "Mientras le cambias el pañal, cuéntale lo que haces.",
      "Háblale, cántale y ofrécele la toma.",
      "Le cuesta respirar.",
      "Tómale la temperatura.",
      "Si tú o tu bebé están en peligro, ustedes pueden llamar.",
      "El caos de los primeros días.",
      "Recoge la ropa.",
      "Habla con tu partera o matrona.",
      "Enfermera/o, partera o matrona con registro en el NMC.",
      "Los paseos y los gorjeos.",
    ]) {
      expect(flagged(good), good).toBe(false);
    }
  });

  it("has no vosotros, usted, leísmo, coger or lone «matrona» in the content modules", async () => {
    expect(problems(await contentStrings())).toEqual([]);
  });

  it("has no vosotros, usted, leísmo, coger or lone «matrona» in the Spanish catalogues", () => {
    expect(problems(catalogueStrings())).toEqual([]);
  });
});
