// How long care lasted, in words: seconds under a minute (a 17-second try at the breast is "17 s", never
// "0 min"), whole minutes from then on, in English and Spanish with the real catalogue.
import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import logEn from "../../src/web/i18n/log.en.json" with { type: "json" };
import logEs from "../../src/web/i18n/log.es.json" with { type: "json" };
import { minutesText, secondsText } from "../../src/web/log/durationText.js";

let en: TFunction;
let es: TFunction;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: "en",
    resources: { en: { translation: logEn }, es: { translation: logEs } },
    interpolation: { escapeValue: false },
  });
  en = i18n.getFixedT("en");
  es = i18n.getFixedT("es");
});

describe("durations in words", () => {
  it("shows under a minute in seconds, in both languages", () => {
    expect(secondsText(en, 17)).toBe("17 s");
    expect(secondsText(es, 17)).toBe("17 s");
    expect(secondsText(en, 1)).toBe("1 s");
    expect(secondsText(en, 59.4)).toBe("59 s");
  });

  it("never says 0 min", () => {
    for (const seconds of [0.4, 1, 17, 29, 30, 45, 59]) expect(secondsText(en, seconds)).not.toContain("min");
  });

  it("goes on in whole minutes and hours from a minute up", () => {
    expect(secondsText(en, 59.6)).toBe("1 min");
    expect(secondsText(en, 60)).toBe("1 min");
    expect(secondsText(en, 12 * 60 + 20)).toBe("12 min");
    expect(secondsText(en, 2 * 3600)).toBe("2 h");
    expect(secondsText(es, 3600 + 5 * 60)).toBe("1 h 5 min");
    expect(minutesText(en, 900)).toBe("15 h");
  });
});
