import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { type InstrumentId, instrumentIds, instruments } from "../content/instruments/index.js";
import type { InstrumentDefinition, RuntimeFileEnv } from "../domain/screening/definition.js";
import { applyRuntimeWording } from "../domain/screening/wording.js";

/**
 * Instruments whose wording Attune does not ship, and the variable that names a deployment's wording file
 * for each: read from the definitions' `attune.wording.runtimeFileEnv` (the EPDS: ATTUNE_EPDS_TEXT, with
 * the Royal College's permission; the City BiTS: ATTUNE_CITYBITS_TEXT, from City, University of London).
 */
export const runtimeWordingFiles: readonly { id: InstrumentId; variable: RuntimeFileEnv }[] =
  instrumentIds.flatMap((id) => {
    const variable = instruments[id].attune.wording.runtimeFileEnv;
    return variable ? [{ id, variable }] : [];
  });

/**
 * Reads one instrument's wording file (format: src/domain/screening/wording.ts) and lays it over the
 * shipped structure. Called once at start-up: a file that is missing, unreadable or does not fit the
 * instrument stops the server with a message, rather than offering a half-worded questionnaire. Scores,
 * criteria, safety rules, the copyright and the licence's attribution stay those of the shipped file.
 */
export function loadInstrumentWording(
  id: InstrumentId,
  path: string,
): { ok: true; definition: InstrumentDefinition } | { ok: false; problem: string } {
  const shipped = instruments[id];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason =
      error instanceof SyntaxError
        ? `is not valid JSON (${error.message})`
        : `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    return { ok: false, problem: `names a file that ${reason}` };
  }
  const applied = applyRuntimeWording(shipped, raw, basename(path));
  if (!applied.ok) {
    return {
      ok: false,
      problem: `names a file that does not fit the ${shipped.attune.shortName} (see src/content/instruments/README.md): ${applied.problems.join("; ")}`,
    };
  }
  return { ok: true, definition: applied.definition };
}
