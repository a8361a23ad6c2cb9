import type { InstrumentRegistry } from "../../content/instruments/registry.js";
import type { VisitCheckIn } from "../../contract/case-reads.js";
import type { Screening } from "../../db/repositories/screenings.js";
import type { Locale } from "../../domain/account.js";
import { localize } from "./localize.js";

/**
 * How a total reads at a glance: the questionnaire's short name, its range from the instrument registry, and
 * the band as scored then (kept with the result), so a later definition never rewrites what was shown.
 * Reflection-only questionnaires have no band.
 */
export function scoreReading(
  s: Pick<Screening, "instrumentId" | "total" | "bands">,
  instruments: InstrumentRegistry,
  lang: Locale,
) {
  const definition = instruments.get(s.instrumentId);
  const reflection = definition?.attune.reflectionOnly ?? false;
  const band = reflection ? undefined : s.bands.find((b) => b.scale === "total");
  const range = definition?.attune.scoring.total.range;
  return {
    shortName: definition?.attune.shortName ?? s.instrumentId,
    range: { min: range?.min ?? 0, max: range?.max ?? s.total },
    band: band ? localize(band.label, lang) : null,
  };
}

export function visitScreeningView(
  s: Pick<Screening, "id" | "instrumentId" | "babyId" | "completedAt" | "total" | "bands">,
  instruments: InstrumentRegistry,
  lang: Locale,
): VisitCheckIn {
  const { shortName, range, band } = scoreReading(s, instruments, lang);
  return {
    id: s.id,
    instrumentId: s.instrumentId,
    shortName,
    about: s.babyId ? "baby" : "self",
    completedAt: new Date(s.completedAt).toISOString(),
    total: s.total,
    range,
    band,
  };
}
