import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { instruments } from "../content/instruments/index.js";
import type { InstrumentDefinition } from "../domain/screening/definition.js";
import { applyRuntimeWording } from "../domain/screening/wording.js";

/**
 * Reads the EPDS wording file named by ATTUNE_EPDS_TEXT (format: src/domain/screening/wording.ts) and lays
 * it over the shipped EPDS structure. Called once at start-up: a file that is missing, unreadable or does
 * not fit the EPDS stops the server with a message, rather than offering a half-worded questionnaire.
 */
export function loadEpdsText(
  path: string,
): { ok: true; definition: InstrumentDefinition } | { ok: false; problem: string } {
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
  const applied = applyRuntimeWording(instruments.epds, raw, basename(path));
  if (!applied.ok) {
    return {
      ok: false,
      problem: `names a file that does not fit the EPDS (see src/content/instruments/README.md): ${applied.problems.join("; ")}`,
    };
  }
  return { ok: true, definition: applied.definition };
}
