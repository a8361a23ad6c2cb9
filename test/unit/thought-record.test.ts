import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { thoughtRecordGuide, thoughtRecordSources } from "../../src/content/thought-records.js";
import {
  changedFields,
  checkThoughtRecord,
  sameThoughtRecord,
  type ThoughtRecordContent,
  thoughtRecordChangeSchema,
  thoughtRecordInputSchema,
  thoughtRecordTextFields,
} from "../../src/domain/thought-record.js";

const draft = (extra: Partial<Parameters<typeof checkThoughtRecord>[0]> = {}) => ({
  familyId: "f1",
  situation: "Bath time, she screamed",
  automaticThought: "She doesn't like me",
  feelings: [{ name: "Hurt", intensity: 70 }],
  evidenceFor: null,
  evidenceAgainst: "She calms on my chest",
  balancedThought: null,
  sharedWithClinicians: false,
  ...extra,
});

function content(extra: Partial<ThoughtRecordContent> = {}): ThoughtRecordContent {
  const checked = checkThoughtRecord(draft(extra));
  if (!checked.ok) throw new Error(checked.problems.join("; "));
  return checked.record;
}

describe("checking a thought record", () => {
  it("tidies the words: trimmed, and blank as null; a feeling not yet felt again has after null", () => {
    const checked = checkThoughtRecord(
      draft({
        situation: "  Bath time  ",
        evidenceFor: "   ",
        balancedThought: "",
        feelings: [{ name: " Hurt ", intensity: 70 }],
      }),
    );
    expect(checked).toEqual({
      ok: true,
      record: {
        familyId: "f1",
        situation: "Bath time",
        automaticThought: "She doesn't like me",
        feelings: [{ name: "Hurt", intensity: 70, after: null }],
        evidenceFor: null,
        evidenceAgainst: "She calms on my chest",
        balancedThought: null,
        sharedWithClinicians: false,
      },
    });
  });

  it("keeps a half-done record: the moment or the thought is enough", () => {
    expect(checkThoughtRecord(draft({ automaticThought: null, feelings: [] })).ok).toBe(true);
    expect(checkThoughtRecord(draft({ situation: undefined, feelings: [] })).ok).toBe(true);
    const empty = checkThoughtRecord(draft({ situation: " ", automaticThought: null }));
    expect(empty).toEqual({ ok: false, problems: [expect.stringMatching(/situation or the thought/)] });
  });

  it("names each feeling once, whatever its case", () => {
    const twice = checkThoughtRecord(
      draft({
        feelings: [
          { name: "Guilty", intensity: 40 },
          { name: "guilty ", intensity: 90 },
        ],
      }),
    );
    expect(twice).toEqual({
      ok: false,
      problems: ['feelings.1.name: "guilty" is listed already; name each feeling once'],
    });
  });

  it("takes intensities as whole numbers from 0 to 100, before and after", () => {
    const body = (feeling: object) => ({ familyId: "f1", situation: "x", feelings: [feeling] });
    for (const ok of [
      { name: "Calm", intensity: 0 },
      { name: "Calm", intensity: 100, after: 0 },
    ])
      expect(thoughtRecordInputSchema.safeParse(body(ok)).success).toBe(true);
    for (const bad of [
      { name: "Calm", intensity: 101 },
      { name: "Calm", intensity: -1 },
      { name: "Calm", intensity: 50.5 },
      { name: "Calm", intensity: 50, after: 101 },
      { name: "Calm" },
    ])
      expect(thoughtRecordInputSchema.safeParse(body(bad)).success, JSON.stringify(bad)).toBe(false);
  });

  it("starts private: sharedWithClinicians is false unless the author says so", () => {
    const parsed = thoughtRecordInputSchema.parse({ familyId: "f1", situation: "x" });
    expect(parsed.sharedWithClinicians).toBe(false);
    expect(parsed.feelings).toEqual([]);
    expect(thoughtRecordChangeSchema.safeParse({}).success).toBe(false);
    expect(thoughtRecordChangeSchema.parse({ sharedWithClinicians: true })).toEqual({
      sharedWithClinicians: true,
    });
  });
});

describe("the same record sent again", () => {
  it("is the same when only the spaces around the words differ", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 4 }).filter((s) => s.trim() === ""),
        (pad) => {
          const padded = checkThoughtRecord(draft({ situation: `${pad}Bath time, she screamed${pad}` }));
          return padded.ok && sameThoughtRecord(padded.record, content());
        },
      ),
    );
  });

  it("differs on any word, feeling, family or sharing choice", () => {
    const base = content();
    for (const field of thoughtRecordTextFields)
      expect(sameThoughtRecord(base, content({ [field]: "something else" })), field).toBe(false);
    expect(sameThoughtRecord(base, content({ familyId: "f2" }))).toBe(false);
    expect(sameThoughtRecord(base, content({ sharedWithClinicians: true }))).toBe(false);
    expect(
      sameThoughtRecord(base, content({ feelings: [{ name: "Hurt", intensity: 71, after: null }] })),
    ).toBe(false);
    expect(sameThoughtRecord(base, content({ feelings: [{ name: "Hurt", intensity: 70, after: 30 }] }))).toBe(
      false,
    );
    expect(sameThoughtRecord(base, content({ feelings: [] }))).toBe(false);
    expect(sameThoughtRecord(base, content())).toBe(true);
  });

  it("names the fields a change touched, for the audit trail", () => {
    const base = content();
    expect(changedFields(base, base)).toEqual([]);
    expect(
      changedFields(
        base,
        content({
          balancedThought: "She was cold; I warmed the water",
          feelings: [{ name: "Hurt", intensity: 70, after: 30 }],
          sharedWithClinicians: true,
        }),
      ),
    ).toEqual(["balancedThought", "feelings", "sharedWithClinicians"]);
  });
});

describe("what a thought record is, for the caregiver", () => {
  it("is written in English and Spanish, and cites its sources", () => {
    for (const text of [
      thoughtRecordGuide.heading,
      ...thoughtRecordGuide.paragraphs,
      thoughtRecordGuide.safety,
    ]) {
      expect(text.en.trim()).not.toBe("");
      expect(text.es.trim()).not.toBe("");
    }
    expect(thoughtRecordGuide.sources.length).toBeGreaterThan(0);
    for (const key of thoughtRecordGuide.sources) {
      const source = thoughtRecordSources[key];
      expect(source.author).not.toBe("");
      expect(source.title).not.toBe("");
    }
    // The people and the book the words name are the ones cited.
    const english = thoughtRecordGuide.paragraphs.map((p) => p.en).join(" ");
    expect(english).toMatch(/Beck/);
    expect(english).toMatch(/Mind Over Mood/);
  });

  it("never grades: no scores, failure or 'should' in the caregiver's words", () => {
    const words = [thoughtRecordGuide.heading, ...thoughtRecordGuide.paragraphs, thoughtRecordGuide.safety]
      .flatMap((t) => [t.en, t.es])
      .join(" ");
    expect(words).not.toMatch(/\b(should|must|fail|wrong answer|score|grade|deberías|debes|nota)\b/i);
    // Spanish speaks to the caregiver as tú, never usted.
    expect(words).not.toMatch(/\busted\b/i);
  });
});
