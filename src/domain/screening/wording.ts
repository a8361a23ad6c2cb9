import { z } from "zod";
import { type InstrumentDefinition, parseInstrumentDefinition } from "./definition.js";

/**
 * Wording that a deployment supplies at run time for an instrument whose text Attune does not ship (the
 * EPDS: its wording is © the Royal College of Psychiatrists; the City BiTS: its exact published wording
 * could not be checked, so a deployment loads it from City, University of London's own copy). The file
 * gives only words: the instructions, and each item's text with its options in the printed order. Scores,
 * reverse items, criteria, the safety rule, the copyright and the licence's attribution stay those of the
 * definition in src/content/instruments, so a wording file can never change a score or drop a credit.
 *
 * File format (JSON, UTF-8):
 *   { "source": "where the wording comes from and the permission held (optional)",
 *     "instructions": "…",
 *     "items": [ { "text": "…", "options": ["…", "…", "…", "…"] }, … ] }
 * with exactly one entry per item, in order, and exactly as many options as the item has.
 */
const text = z.string().trim().min(1, "must not be empty");

export const runtimeWordingSchema = z
  .object({
    source: text.optional(),
    instructions: text,
    items: z.array(z.object({ text, options: z.array(text) }).strict()).min(1),
  })
  .strict();
export type RuntimeWording = z.infer<typeof runtimeWordingSchema>;

export type WordingResult =
  | { ok: true; definition: InstrumentDefinition }
  | { ok: false; problems: string[] };

/** Checks a parsed file against the definition's structure, then lays its words over the placeholders. */
export function applyRuntimeWording(
  definition: InstrumentDefinition,
  raw: unknown,
  origin: string,
): WordingResult {
  const parsed = runtimeWordingSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`),
    };
  }
  const wording = parsed.data;
  const problems: string[] = [];
  if (wording.items.length !== definition.item.length) {
    problems.push(`items: needs ${definition.item.length} items in order, found ${wording.items.length}`);
  }
  definition.item.forEach((item, i) => {
    const given = wording.items[i];
    if (given && given.options.length !== item.answerOption.length) {
      problems.push(
        `items.${i}.options: item ${item.linkId} has ${item.answerOption.length} options, found ${given.options.length}`,
      );
    }
  });
  if (problems.length) return { ok: false, problems };

  const source = wording.source ?? "supplied by this deployment";
  const { unavailableReason: _reason, ...attune } = definition.attune;
  const overlaid = {
    ...definition,
    status: "active",
    item: definition.item.map(({ note: _placeholderNote, ...item }, i) => ({
      ...item,
      text: wording.items[i]?.text ?? item.text,
      verified: true,
      answerOption: item.answerOption.map((option, j) => ({
        ...option,
        valueCoding: { ...option.valueCoding, display: wording.items[i]?.options[j] ?? "" },
      })),
    })),
    attune: {
      ...attune,
      available: true,
      intro: { text: wording.instructions, verified: true },
      wording: {
        ...definition.attune.wording,
        status: "verified",
        sources: [`${source}; loaded from ${origin}`],
        note: "The wording was supplied at run time by this deployment, from the source it names.",
      },
    },
  };
  // The result must pass the same schema as every shipped definition, so the overlay cannot smuggle in
  // anything a definition file could not hold.
  try {
    return { ok: true, definition: parseInstrumentDefinition(overlaid) };
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
}
