/**
 * The library of bonding ideas, gathered from one file per age band. The Home card and the care-moment cards
 * pick from it with src/domain/guidance/ideas.ts.
 */
import { months3to6Ideas } from "./months-3-6.js";
import { months6to9Ideas } from "./months-6-9.js";
import { months9to12Ideas } from "./months-9-12.js";
import { pregnancyIdeas } from "./pregnancy.js";
import type { Idea } from "./types.js";
import { weeks0to6Ideas } from "./weeks-0-6.js";
import { weeks6to12Ideas } from "./weeks-6-12.js";

export type { AgeBand, Idea, IdeaText, Occasion } from "./types.js";

export const ideas: readonly Idea[] = [
  ...pregnancyIdeas,
  ...weeks0to6Ideas,
  ...weeks6to12Ideas,
  ...months3to6Ideas,
  ...months6to9Ideas,
  ...months9to12Ideas,
];

export const ideaById = (id: string): Idea | undefined => ideas.find((idea) => idea.id === id);
