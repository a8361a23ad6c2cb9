/**
 * What can help settle a crying baby, as a soothing entry records it (details.helped) and the crying helper
 * offers it. A list of words only, without zod, so the pages that show the choices stay light.
 */
export const soothingMethods = [
  "holding_close",
  "skin_to_skin",
  "rocking",
  "shushing",
  "swaddling",
  "walking",
  "feeding",
  "less_stimulation",
  "singing",
  "other",
] as const;

export type SoothingMethod = (typeof soothingMethods)[number];
