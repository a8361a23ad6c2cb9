// The one age phrase every room shows (the family's Today and family pages, the Guide's visit summary, the
// clinician's case file): the numbers from domain/age.ts, the words from web/log/ageText.ts, in English and
// Spanish with the real catalogue.
import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { babyAge, summarizeAge } from "../../src/domain/age.js";
import ageEn from "../../src/web/i18n/age.en.json" with { type: "json" };
import ageEs from "../../src/web/i18n/age.es.json" with { type: "json" };
import { agePhrase, dueText } from "../../src/web/log/ageText.js";

let en: TFunction;
let es: TFunction;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: "en",
    resources: { en: { translation: ageEn }, es: { translation: ageEs } },
    interpolation: { escapeValue: false },
  });
  en = i18n.getFixedT("en");
  es = i18n.getFixedT("es");
});

describe("the age in numbers", () => {
  it("is the age alone for a baby born at term", () => {
    expect(summarizeAge(52)).toEqual({ kind: "age", days: 52 });
    expect(summarizeAge(52, null)).toEqual({ kind: "age", days: 52 });
  });

  it("adds the corrected age for a baby born early, once past the due date", () => {
    // 52 days old, born at 35 weeks: 35 days early, 17 days corrected.
    const age = babyAge("2026-10-01", "2026-11-22", 35);
    expect(summarizeAge(age.days, age.correctedDays)).toEqual({
      kind: "corrected",
      days: 52,
      correctedDays: 17,
    });
  });

  it("says how early and how long until the due date before it, never a negative age", () => {
    // 21 days old, born at 30 weeks: 70 days early, due in 49 days.
    const age = babyAge("2026-11-01", "2026-11-22", 30);
    expect(summarizeAge(age.days, age.correctedDays)).toEqual({
      kind: "beforeDue",
      days: 21,
      earlyDays: 70,
      dueInDays: 49,
    });
    expect(summarizeAge(70, 0)).toEqual({ kind: "beforeDue", days: 70, earlyDays: 70, dueInDays: 0 });
  });
});

describe("the age in words", () => {
  it("reads “7 weeks old, 2 weeks corrected”", () => {
    expect(agePhrase(en, summarizeAge(52, 17))).toBe("7 weeks old, 2 weeks corrected");
    expect(agePhrase(es, summarizeAge(52, 17))).toBe("7 semanas de vida, 2 semanas de edad corregida");
  });

  it("reads “born 3 weeks early, due in 9 days” before the due date", () => {
    expect(agePhrase(en, summarizeAge(12, -9))).toBe("12 days old, born 3 weeks early, due in 9 days");
    expect(agePhrase(es, summarizeAge(12, -9))).toBe(
      "12 días de vida, nació 3 semanas antes de tiempo, su fecha prevista es en 9 días",
    );
    // Born at 34 weeks a month ago (the case file's Robin): six weeks early, due in under two weeks.
    expect(agePhrase(en, summarizeAge(30, -12))).toBe("4 weeks old, born 6 weeks early, due in 12 days");
    expect(agePhrase(en, summarizeAge(70, 0))).toBe("10 weeks old, born 10 weeks early, due today");
  });

  it("keeps the plain age for a baby born at term, in the words parents use", () => {
    expect(agePhrase(en, summarizeAge(1))).toBe("1 day old");
    expect(agePhrase(en, summarizeAge(200))).toBe("6 months old");
    expect(agePhrase(en, summarizeAge(800))).toBe("2 years 2 months old");
    expect(agePhrase(es, summarizeAge(200))).toBe("6 meses de vida");
  });

  it("says when an expected baby is due", () => {
    expect(dueText(en, 9)).toBe("Due in 9 days");
    expect(dueText(en, 30)).toBe("Due in 4 weeks");
    expect(dueText(en, 0)).toBe("Due any day now");
    expect(dueText(es, 9)).toBe("Nacimiento previsto en 9 días");
  });

  it("never uses the old wording", () => {
    for (const t of [en, es]) {
      for (const phrase of [agePhrase(t, summarizeAge(21, -49)), agePhrase(t, summarizeAge(52, 17))]) {
        expect(phrase).not.toMatch(/corrected age|before the due date|antes de la fecha prevista|-\d/);
      }
    }
  });
});
