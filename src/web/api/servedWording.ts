// The server's rendering of an instrument whose wording the app does not ship (the EPDS, whose words a
// deployment with permission supplies through ATTUNE_EPDS_TEXT; the City BiTS, whose published words a
// deployment supplies through ATTUNE_CITYBITS_TEXT). The app keeps its own structure, scores, criteria,
// safety rule, copyright and credit and takes only the words from the server, through the same checked
// overlay the server used, so a reply that does not fit the bundled structure can never change how answers
// are scored or drop an instrument's credit.
import type { InstrumentDefinition } from "../../domain/screening/definition.js";
import { applyRuntimeWording } from "../../domain/screening/wording.js";

/** The parts of GET /api/instruments/:id this needs. */
export interface ServedInstrument {
  intro: string;
  items: { linkId: string; text: string; options: { position: number; text: string }[] }[];
}

const isServed = (value: unknown): value is ServedInstrument => {
  const v = value as Partial<ServedInstrument> | null;
  return typeof v?.intro === "string" && Array.isArray(v.items);
};

/** The bundled definition with the server's words laid over it, or null when they do not fit. */
export function withServedWording(
  bundled: InstrumentDefinition,
  served: unknown,
): InstrumentDefinition | null {
  if (!isServed(served)) return null;
  // Items are matched by linkId, options by their published position, never by the order they arrived in.
  const items = bundled.item.map((item) => {
    const given = served.items.find((s) => s.linkId === item.linkId);
    const options = item.answerOption.map((_, k) => given?.options.find((o) => o.position === k)?.text);
    return { text: given?.text ?? "", options: options.map((o) => o ?? "") };
  });
  const applied = applyRuntimeWording(bundled, { instructions: served.intro, items }, "this server");
  return applied.ok ? applied.definition : null;
}
