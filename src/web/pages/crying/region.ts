// Which country's numbers to show when neither the person nor the family has set a region
// (src/web/help/useHelpRegion.ts puts those first): what this person chose here last time, else the
// device's time zone (Europe/Dublin → IE), else the first region in the browser's languages ("en-GB" → GB,
// "es-MX" → MX), else the United States (the server's default too). The time zone comes before the
// languages: a Spanish speaker in Toronto needs Canada's numbers, not Spain's.
import { type HelpRegion, helpRegions } from "../../../content/help/emergency.js";
import { regionFromTimeZone } from "../../../content/help/time-zone-region.js";

const STORAGE_KEY = "attune.helpRegion";

export function isHelpRegion(value: unknown): value is HelpRegion {
  return typeof value === "string" && (helpRegions as readonly string[]).includes(value);
}

export function regionFromLanguages(languages: readonly string[]): HelpRegion | null {
  for (const tag of languages) {
    const region = tag
      .split("-")
      .slice(1)
      .find((part) => part.length === 2)
      ?.toUpperCase();
    if (isHelpRegion(region)) return region;
  }
  return null;
}

export function initialRegion(): HelpRegion {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isHelpRegion(stored)) return stored;
  } catch {
    // Storage can be blocked; the browser's languages are a fine guess.
  }
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return deviceTimeZoneRegion() ?? regionFromLanguages(languages) ?? "US";
}

function deviceTimeZoneRegion(): HelpRegion | null {
  try {
    return regionFromTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  } catch {
    return null;
  }
}

export function rememberRegion(region: HelpRegion): void {
  try {
    localStorage.setItem(STORAGE_KEY, region);
  } catch {
    // Not remembered across visits; the choice still applies now.
  }
}
