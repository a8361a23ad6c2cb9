import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isUuidv7, uuidv7, uuidv7Time } from "../../src/domain/ids.js";

describe("uuidv7", () => {
  it("is a well-formed version 7 UUID that carries its creation time", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), (ms) => {
        const id = uuidv7(ms);
        expect(isUuidv7(id)).toBe(true);
        expect(uuidv7Time(id)).toBe(ms);
      }),
    );
  });

  it("sorts by creation time across milliseconds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 47 }), fc.integer({ min: 1, max: 10 ** 9 }), (a, gap) => {
        expect(uuidv7(a) < uuidv7(a + gap)).toBe(true);
      }),
    );
  });

  it("does not repeat", () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => uuidv7(1_700_000_000_000)));
    expect(ids.size).toBe(10_000);
  });

  it("rejects other UUID versions", () => {
    expect(isUuidv7("123e4567-e89b-42d3-a456-426614174000")).toBe(false);
  });
});
