import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instruments } from "../../src/content/instruments/index.js";
import { scoreScreening } from "../../src/domain/screening/score.js";
import { applyRuntimeWording } from "../../src/domain/screening/wording.js";
import { instrumentDetail } from "../../src/server/presenters/instrument.js";
import { withServedWording } from "../../src/web/api/servedWording.js";

/** Placeholder wording in the file format; never the College's text. */
const wording = {
  instructions: "Placeholder instructions",
  items: instruments.epds.item.map((item, i) => ({
    text: `Placeholder ${i + 1}`,
    options: item.answerOption.map((_, o) => `Option ${i + 1}.${o + 1}`),
  })),
};

/** What a server holding the wording sends for GET /api/instruments/epds. */
function servedEpds() {
  const applied = applyRuntimeWording(instruments.epds, wording, "epds.json");
  if (!applied.ok) throw new Error(applied.problems.join("; "));
  return { server: applied.definition, reply: instrumentDetail(applied.definition, "en") };
}

describe("the web app takes an instrument's words from the server (EPDS with licensed wording)", () => {
  it("shows the served words on the bundled structure and offers the check-in", () => {
    const { reply } = servedEpds();
    expect(instruments.epds.attune.available).toBe(false);
    const d = withServedWording(instruments.epds, reply);
    expect(d?.attune.available).toBe(true);
    expect(d?.attune.intro.text).toBe("Placeholder instructions");
    expect(d?.item[9]?.text).toBe("Placeholder 10");
    expect(d?.item[9]?.answerOption.map((o) => o.valueCoding.display)).toEqual(wording.items[9]?.options);
  });

  it("scores every answer sheet exactly as the server does, safety flags included", () => {
    const { server, reply } = servedEpds();
    const web = withServedWording(instruments.epds, reply);
    if (!web) throw new Error("served wording did not fit");
    const sheet = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 10, maxLength: 10 });
    fc.assert(
      fc.property(sheet, (options) => {
        const answers = options.map((option, i) => ({ item: String(i + 1), option }));
        expect(scoreScreening(web, answers)).toEqual(scoreScreening(server, answers));
      }),
    );
  });

  it("matches options by their published position, not the order they arrive in", () => {
    const { reply } = servedEpds();
    const shuffled = {
      ...reply,
      items: reply.items.map((i) => ({ ...i, options: [...i.options].reverse() })).reverse(),
    };
    const d = withServedWording(instruments.epds, shuffled);
    expect(d?.item[0]?.text).toBe("Placeholder 1");
    expect(d?.item[0]?.answerOption[0]?.valueCoding.display).toBe("Option 1.1");
    expect(d?.item[0]?.answerOption[0]?.score).toBe(instruments.epds.item[0]?.answerOption[0]?.score);
  });

  it("keeps the bundled (unavailable) definition when the words do not fit its structure", () => {
    const { reply } = servedEpds();
    expect(withServedWording(instruments.epds, { ...reply, items: reply.items.slice(0, 9) })).toBeNull();
    const missingOption = reply.items.map((i, k) => (k === 3 ? { ...i, options: i.options.slice(1) } : i));
    expect(withServedWording(instruments.epds, { ...reply, items: missingOption })).toBeNull();
    expect(withServedWording(instruments.epds, { error: "instrument_unavailable" })).toBeNull();
  });
});
