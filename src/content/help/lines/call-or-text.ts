import type { HelpLine } from "./types.js";

/**
 * A line that answers calls and texts on the same number: the number is written once, so the two cannot
 * drift apart. Spread it into the line (`...callOrText("988")`); a line whose text number differs writes
 * `call` and `text` itself.
 */
export const callOrText = (number: string): Required<Pick<HelpLine, "call" | "text">> => ({
  call: number,
  text: { number },
});
