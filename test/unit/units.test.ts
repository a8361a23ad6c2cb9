import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  celsiusToFahrenheit,
  fahrenheitToCelsius,
  formatNumber,
  formatWithUnit,
  kgToLb,
  lbToKg,
  mlToOz,
  ozToMl,
  parseDecimal,
  shownDecimals,
  temperatureBoth,
  volumeBoth,
  volumeIn,
  volumeToMl,
  weightBoth,
  weightIn,
  weightToKg,
} from "../../src/web/log/units.js";

describe("unit conversions", () => {
  it("uses the US fluid ounce and the international pound", () => {
    expect(ozToMl(1)).toBe(29.6);
    expect(ozToMl(4)).toBe(118.3);
    expect(mlToOz(29.5735)).toBeCloseTo(1, 10);
    expect(lbToKg(1)).toBe(0.454);
    expect(lbToKg(10)).toBe(4.536);
    expect(kgToLb(0.45359237)).toBeCloseTo(1, 10);
  });

  it("converts temperatures both ways", () => {
    expect(celsiusToFahrenheit(37)).toBeCloseTo(98.6, 10);
    expect(celsiusToFahrenheit(38)).toBeCloseTo(100.4, 10);
    expect(fahrenheitToCelsius(100.4)).toBe(38);
    expect(fahrenheitToCelsius(101)).toBe(38.33);
    expect(fahrenheitToCelsius(212)).toBe(100);
  });

  it("keeps a value typed in the person's unit when it is stored and read back", () => {
    // What is typed (to the precision shown) comes back the same after a trip through the stored unit.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 670 }), (tenths) => {
        const oz = tenths / 10;
        const back = volumeIn(volumeToMl(oz, "oz"), "oz");
        expect(Number(back.toFixed(shownDecimals.oz))).toBe(oz);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 70, max: 8800 }), (hundredths) => {
        const lb = hundredths / 100;
        const back = weightIn(weightToKg(lb, "lb"), "lb");
        expect(Number(back.toFixed(shownDecimals.lb))).toBe(lb);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 860, max: 1130 }), (tenths) => {
        const f = tenths / 10;
        expect(Number(celsiusToFahrenheit(fahrenheitToCelsius(f)).toFixed(1))).toBe(f);
      }),
    );
  });

  it("passes metric values through, to a sensible precision", () => {
    expect(volumeToMl(120, "ml")).toBe(120);
    expect(volumeToMl(120.04, "ml")).toBe(120);
    expect(weightToKg(4.2501, "kg")).toBe(4.25);
  });
});

describe("unit display", () => {
  it("rounds to what a bottle, a scale or a thermometer tells apart", () => {
    expect(formatWithUnit(120, "ml", "en")).toBe("120\u00a0ml");
    expect(formatWithUnit(mlToOz(120), "oz", "en")).toBe("4.1\u00a0oz");
    expect(formatWithUnit(4, "oz", "en")).toBe("4\u00a0oz");
    expect(formatWithUnit(4.2, "kg", "en")).toBe("4.2\u00a0kg");
    expect(formatWithUnit(kgToLb(4.2), "lb", "en")).toBe("9.26\u00a0lb");
    expect(formatWithUnit(52.25, "cm", "en")).toBe("52.3\u00a0cm");
  });

  it("keeps a temperature's decimal, so 37 reads as a reading, 37.0 °C", () => {
    expect(formatNumber(37, "c", "en")).toBe("37.0");
    expect(formatNumber(98.6, "f", "en")).toBe("98.6");
  });

  it("writes decimals the way the language does", () => {
    expect(formatNumber(37.8, "c", "es")).toBe("37,8");
    expect(formatNumber(1234.5, "ml", "en")).toBe("1235"); // no thousands separator in a field
  });

  it("puts the person's unit first and the other in brackets", () => {
    expect(volumeBoth(120, "ml", "en")).toBe("120\u00a0ml (4.1\u00a0oz)");
    expect(volumeBoth(118.3, "oz", "en")).toBe("4\u00a0oz (118\u00a0ml)");
    expect(weightBoth(lbToKg(9.5), "lb", "en")).toBe("9.5\u00a0lb (4.309\u00a0kg)");
    expect(temperatureBoth(37.8, "en")).toBe("37.8\u00a0°C (100.0\u00a0°F)");
  });
});

describe("reading a typed number", () => {
  it("accepts a point or a comma, and says when the field is empty or not a number", () => {
    expect(parseDecimal("37.8")).toBe(37.8);
    expect(parseDecimal("37,8")).toBe(37.8);
    expect(parseDecimal(" 4 ")).toBe(4);
    expect(parseDecimal(".5")).toBe(0.5);
    expect(parseDecimal("")).toBeNull();
    expect(parseDecimal("   ")).toBeNull();
    expect(parseDecimal("four")).toBeNaN();
    expect(parseDecimal("1.2.3")).toBeNaN();
    expect(parseDecimal("-3")).toBeNaN();
    expect(parseDecimal("1e3")).toBeNaN();
  });
});
