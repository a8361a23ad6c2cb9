import { askingForHelp } from "./asking-for-help.js";
import { attachment } from "./attachment.js";
import { bondingTakesTime } from "./bonding-takes-time.js";
import { coRegulation } from "./co-regulation.js";
import { everyCaregiver } from "./every-caregiver.js";
import { everydayCare } from "./everyday-care.js";
import { goodEnough } from "./good-enough.js";
import type { Article } from "./types.js";
import { understandingCrying } from "./understanding-crying.js";

export type { Article, Block, Lang, Localized, Topic } from "./types.js";
export { topics } from "./types.js";

/** The Learn articles, in the order the Learn page lists them. */
export const articles: readonly Article[] = [
  attachment,
  coRegulation,
  everydayCare,
  bondingTakesTime,
  goodEnough,
  everyCaregiver,
  askingForHelp,
  understandingCrying,
];

export const articleBySlug = (slug: string): Article | undefined => articles.find((a) => a.slug === slug);
