/**
 * The shape of one bonding idea: a small, warm suggestion for a moment of everyday care, with the reason it
 * helps and the publication the reason rests on. The picker in src/domain/guidance/ideas.ts chooses among them.
 */
import type { AgeBand, Occasion } from "../../domain/guidance/ideas.js";
import type { SourceKey } from "../sources.js";

export type { AgeBand, Occasion } from "../../domain/guidance/ideas.js";

/** Every text is written in English and Spanish (tú, neutral). */
import type { Situation } from "../../domain/guidance/situation.js";

export interface IdeaText {
  readonly en: string;
  readonly es: string;
}

export interface Idea {
  /** Stable kebab-case key: hiding and "last shown" are stored against it, so never rename one. */
  readonly id: string;
  readonly ageBands: readonly AgeBand[];
  /** The moments of care it suits; "any_time" fits every moment. */
  readonly occasions: readonly Occasion[];
  /** One or two short sentences, second person, an invitation. */
  readonly text: IdeaText;
  /** One line on why it helps. */
  readonly why: IdeaText;
  readonly source: SourceKey;
  /** Only for families in this situation (a baby in the NICU), as the log says (domain/guidance/situation.ts). */
  readonly situation?: Situation;
}
