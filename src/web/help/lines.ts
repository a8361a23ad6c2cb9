// The help lines shipped with the app (src/content/help/crisis.ts, the same data the server answers with),
// so "Need help now?" and the crisis panel work offline and before the server answers: the region's crisis
// line first, then the emergency number, then perinatal helplines.
import { type HelpLine as ContentLine, crisisLinesFor, type TextOption } from "../../content/help/crisis";
import { type HelpRegion, helpRegions } from "../../content/help/emergency";
import type { Locale } from "../../domain/account";

export type HelpLineKind = ContentLine["kind"];

export interface HelpLine {
  key: string;
  name: string;
  kind: HelpLineKind;
  call?: string;
  text?: TextOption;
  moreTexts?: readonly TextOption[];
  url?: string;
  hours: ContentLine["hours"];
  languages: readonly string[];
  note: Readonly<Record<Locale, string>>;
}

/** Every line for a region, in the order a person at risk must see them. */
export function helpLinesFor(region: HelpRegion): HelpLine[] {
  return crisisLinesFor(region).lines.map((line) => ({
    key: line.key,
    name: line.name,
    kind: line.kind,
    ...(line.call ? { call: line.call } : {}),
    ...(line.text ? { text: { ...line.text } } : {}),
    ...(line.moreTexts ? { moreTexts: line.moreTexts } : {}),
    ...(line.url ? { url: line.url } : {}),
    hours: line.hours,
    languages: line.languages,
    note: line.note,
  }));
}

export const dialable = (number: string) => number.replace(/[^\d+]/g, "");

export { type HelpRegion, helpRegions, type TextOption };
