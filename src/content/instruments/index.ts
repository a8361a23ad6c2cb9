import { type InstrumentDefinition, parseInstrumentDefinition } from "../../domain/screening/definition.js";
import citybits from "./citybits.json" with { type: "json" };
import epds from "./epds.json" with { type: "json" };
import gad7 from "./gad7.json" with { type: "json" };
import kpcs from "./kpcs.json" with { type: "json" };
import maas from "./maas.json" with { type: "json" };
import paas from "./paas.json" with { type: "json" };
import pbq from "./pbq.json" with { type: "json" };
import phq9 from "./phq9.json" with { type: "json" };

/**
 * The registry of screening instruments. Each definition is a JSON file beside this one (see README.md); the
 * import attribute lets the server's NodeNext build and Vite load the same files. Every file is checked
 * against the schema when this module loads, so a broken definition stops the app from starting rather
 * than scoring someone wrongly.
 */
export const instrumentIds = ["phq9", "gad7", "epds", "pbq", "maas", "paas", "kpcs", "citybits"] as const;
export type InstrumentId = (typeof instrumentIds)[number];

/** The files as they are, before validation, for tests that check the schema itself. */
export const rawInstruments: Readonly<Record<InstrumentId, unknown>> = {
  phq9,
  gad7,
  epds,
  pbq,
  maas,
  paas,
  kpcs,
  citybits,
};

function load(): Readonly<Record<InstrumentId, InstrumentDefinition>> {
  const out = {} as Record<InstrumentId, InstrumentDefinition>;
  for (const id of instrumentIds) {
    const definition = parseInstrumentDefinition(rawInstruments[id]);
    if (definition.id !== id) throw new Error(`instruments/${id}.json has id "${definition.id}"`);
    out[id] = definition;
  }
  return out;
}

export const instruments = load();

export const isInstrumentId = (value: string): value is InstrumentId =>
  (instrumentIds as readonly string[]).includes(value);

export function getInstrument(id: string): InstrumentDefinition | undefined {
  return isInstrumentId(id) ? instruments[id] : undefined;
}
