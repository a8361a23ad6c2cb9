import type { InstrumentDefinition } from "../../domain/screening/definition.js";
import { type InstrumentId, instrumentIds, instruments } from "./index.js";

/**
 * The instruments one server offers: the shipped definitions, with any a deployment completed at start-up
 * (the EPDS or the City BiTS with the wording its file supplied) in their place. Built once per app, so
 * two servers in one process (the tests) can differ.
 */
export interface InstrumentRegistry {
  /** Offered instruments first, then the rest, each group in the registry's order. */
  readonly all: readonly InstrumentDefinition[];
  get(id: string): InstrumentDefinition | undefined;
}

export function instrumentRegistry(
  replacements: Partial<Record<InstrumentId, InstrumentDefinition>> = {},
): InstrumentRegistry {
  const byId = new Map<string, InstrumentDefinition>(
    instrumentIds.map((id) => [id, replacements[id] ?? instruments[id]]),
  );
  const list = [...byId.values()];
  const all = [...list.filter((d) => d.attune.available), ...list.filter((d) => !d.attune.available)];
  return { all, get: (id) => byId.get(id) };
}
