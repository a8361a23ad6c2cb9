/**
 * Situations some ideas are written for, and how the baby's log says the family is in one. An idea for a
 * baby in the NICU is unkind and useless to a family at home, so it is offered only when the log mentions
 * the NICU (a note, an appointment, a place) in the last two weeks. Pure: the entries come in.
 */
export const situations = ["nicu"] as const;
export type Situation = (typeof situations)[number];

/** How far back a mention counts: a NICU stay is days to weeks, and ideas should follow the family home. */
export const SITUATION_WINDOW_MS = 14 * 86_400_000;

// The unit's names in English and Spanish (UCI neonatal, UCIN), and the incubator that goes with it.
const NICU_WORDS = /\b(nicu|neonatal intensive|special care baby unit|scbu|uci ?neonatal|ucin|incubat\w*)\b/i;

interface LogText {
  note?: string | null;
  details?: Record<string, unknown>;
}

/** The situations the log's recent entries speak of. */
export function situationsFromLog(entries: readonly LogText[]): Set<Situation> {
  const found = new Set<Situation>();
  for (const entry of entries) {
    const text = [
      entry.note ?? "",
      ...Object.values(entry.details ?? {}).filter((v) => typeof v === "string"),
    ].join(" ");
    if (NICU_WORDS.test(text)) found.add("nicu");
  }
  return found;
}
