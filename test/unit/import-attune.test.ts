// Attune's own exports read as one baby's history: moments and cues kept, each entry's own id carried as
// `sameAs`, the baby chosen from a family export, bad entries named by their place; fuzzed, the reader only
// ever refuses a whole file in words (NotThisFormat, SeveralChildren) or reports rows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAttuneCsv, parseAttuneDocument } from "../../src/domain/import/attune.js";
import { NotThisFormat, SeveralChildren } from "../../src/domain/import/types.js";
import { csvRows } from "../../src/server/imports/csv-rows.js";

const bath = {
  id: "e-bath",
  babyId: "b-robin",
  type: "bath",
  startedAt: "2026-10-01T18:00:00.000Z",
  endedAt: "2026-10-01T18:15:00.000Z",
  details: {},
  moments: ["singing"],
  cues: ["calm"],
  feeling: 4,
  note: "warm water",
};
const diaper = {
  ...bath,
  id: "e-diaper",
  babyId: "b-wren",
  type: "diaper",
  endedAt: null,
  details: { kind: "wet" },
};
const family = {
  format: "attune-family-export",
  formatVersion: 1,
  babies: [
    { id: "b-robin", name: "Robin", birthDate: "2026-06-01" },
    { id: "b-wren", name: "Wren", birthDate: null },
  ],
  entries: [bath, diaper, { ...bath, id: "e-bad", type: "juggling" }],
};

describe("reading Attune's own exports", () => {
  it("takes one baby of a family export, asked for by id, with moments, cues and the entry's own id", () => {
    const read = parseAttuneDocument(family, { targetBabyId: "elsewhere", childId: "b-robin" });
    expect(read.child).toEqual({ id: "b-robin", name: "Robin", birthDate: "2026-06-01" });
    expect(read.drafts).toHaveLength(1);
    expect(read.drafts[0]).toMatchObject({
      key: "attune|e-bath",
      sameAs: "e-bath",
      type: "bath",
      moments: ["singing"],
      cues: ["calm"],
      feeling: 4,
      note: "warm water",
    });
    // The entry of an unknown type is named by its place in the file.
    expect(read.errors.map((e) => e.line)).toEqual([3]);
  });

  it("takes the baby it is imported into when the file holds it, and asks when it cannot tell", () => {
    expect(parseAttuneDocument(family, { targetBabyId: "b-wren" }).drafts.map((d) => d.type)).toEqual([
      "diaper",
    ]);
    expect(() => parseAttuneDocument(family, { targetBabyId: "elsewhere" })).toThrow(SeveralChildren);
    expect(() => parseAttuneDocument({ format: "huckleberry" }, { targetBabyId: "x" })).toThrow(
      NotThisFormat,
    );
  });

  it("reads one baby's CSV export, moments and cues as words and details as JSON", () => {
    const csv = [
      "id,type,startedAt,endedAt,caregiverId,moments,cues,feeling,note,details",
      'e1,diaper,2026-10-01T08:00:00.000Z,,u1,talking,content,,,"{""kind"":""both""}"',
      "e2,diaper,2026-10-01T09:00:00.000Z,,u1,,,,,{not json",
    ].join("\n");
    const read = parseAttuneCsv(csvRows(csv));
    expect(read.drafts[0]).toMatchObject({
      details: { kind: "both" },
      moments: ["talking"],
      cues: ["content"],
    });
    expect(read.errors.map((e) => e.line)).toEqual([3]);
  });

  it("never throws anything but a refusal in words, whatever the document holds", () => {
    const anything = fc.anything({ maxDepth: 3 });
    const document = fc.record({
      format: fc.constantFrom("attune-family-export", "attune-export", "other"),
      babies: fc.option(fc.array(fc.record({ id: fc.string(), name: fc.string(), birthDate: anything }))),
      baby: fc.option(anything),
      entries: fc.array(
        fc.oneof(
          anything,
          fc.constant(bath),
          fc.string().map((startedAt) => ({ ...bath, startedAt })),
        ),
      ),
    });
    fc.assert(
      fc.property(
        fc.oneof(document, anything),
        fc.option(fc.string(), { nil: undefined }),
        (doc, childId) => {
          try {
            const read = parseAttuneDocument(doc, {
              targetBabyId: "b-robin",
              ...(childId ? { childId } : {}),
            });
            for (const e of read.errors) expect(e.message.length).toBeGreaterThan(0);
          } catch (error) {
            expect(error instanceof NotThisFormat || error instanceof SeveralChildren).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
