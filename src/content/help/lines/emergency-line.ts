import { emergencyNumbers, type HelpRegion } from "../emergency.js";
import type { HelpLine } from "./types.js";

/** The region's emergency number as a line of its own: what to call when someone is in danger right now. */
export function emergencyLine(region: HelpRegion, checked: string): HelpLine {
  const numbers = emergencyNumbers[region];
  const source = numbers.sources[0];
  if (!source) throw new Error(`emergency numbers for ${region} cite no source`);
  return {
    key: `${region.toLowerCase()}_emergency`,
    name: numbers.emergency,
    kind: "emergency",
    call: numbers.emergency,
    hours: "24/7",
    languages: [],
    note: {
      en: `If you or your baby are in danger right now, call ${numbers.emergency}.`,
      es: `Si tú o tu bebé están en peligro ahora mismo, llama al ${numbers.emergency}.`,
    },
    source,
    checked,
  };
}
