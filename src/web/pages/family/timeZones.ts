// The time zones this browser knows, with their current offset, and matching them against what someone
// types ("new york", "madrid", "gmt+13"), for the family's time zone picker.

export interface ZoneChoice {
  zone: string;
  /** "America/New York (GMT-5)": spaces for underscores, and the offset right now. */
  label: string;
  /** Lower-case text a search is matched against. */
  search: string;
}

/** Every IANA zone the browser supports; older browsers without the list get the few we must offer. */
export function knownZones(must: readonly string[]): string[] {
  let all: string[] = [];
  try {
    all = Intl.supportedValuesOf("timeZone");
  } catch {
    // Without the list the picker still offers the family's zone, this phone's, and UTC.
  }
  return [...new Set([...all, ...must, "UTC"])].sort();
}

export function zoneName(zone: string): string {
  return zone.replaceAll("_", " ");
}

function offsetOf(zone: string, language: string, at: number): string {
  try {
    const parts = new Intl.DateTimeFormat(language, {
      timeZone: zone,
      timeZoneName: "shortOffset",
    }).formatToParts(at);
    return parts.find((p) => p.type === "timeZoneName")?.value ?? "";
  } catch {
    return "";
  }
}

export function zoneChoices(zones: readonly string[], language: string, at = Date.now()): ZoneChoice[] {
  return zones.map((zone) => {
    const offset = offsetOf(zone, language, at);
    const label = offset ? `${zoneName(zone)} (${offset})` : zoneName(zone);
    return { zone, label, search: label.toLowerCase() };
  });
}

/** Choices matching every word of `query`; an empty query matches all. */
export function matching(choices: readonly ZoneChoice[], query: string): ZoneChoice[] {
  const words = query.toLowerCase().replaceAll("_", " ").split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...choices];
  return choices.filter((c) => words.every((w) => c.search.includes(w)));
}
