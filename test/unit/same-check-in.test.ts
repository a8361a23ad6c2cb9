import { describe, expect, it } from "vitest";
import { sameCheckIn } from "../../src/domain/screening/same-check-in.js";

const answers = [
  { item: "1", option: 0 },
  { item: "2", option: 3 },
];
const kept = { instrumentId: "phq9", babyId: null, answers };

describe("a check-in sent again under its client id", () => {
  it("is the same whatever order its answers come in", () => {
    expect(sameCheckIn(kept, { ...kept, answers: [...answers].reverse() })).toBe(true);
  });

  it("is another check-in when the questionnaire, the baby or any answer differs", () => {
    expect(sameCheckIn(kept, { ...kept, instrumentId: "gad7" })).toBe(false);
    expect(sameCheckIn(kept, { ...kept, babyId: "b1" })).toBe(false);
    expect(sameCheckIn(kept, { ...kept, answers: [answers[0] as (typeof answers)[0]] })).toBe(false);
    expect(
      sameCheckIn(kept, { ...kept, answers: [answers[0], { item: "2", option: 2 }] as typeof answers }),
    ).toBe(false);
    expect(
      sameCheckIn(kept, { ...kept, answers: [answers[0], { item: "3", option: 3 }] as typeof answers }),
    ).toBe(false);
  });
});
