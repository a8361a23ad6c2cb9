/**
 * What a clinician can send a family to read or try (domain/assignment.ts), looked up in the content the app
 * already ships: Learn articles by slug, cue-guide sections by id, bonding ideas by id. One place turns a
 * (kind, ref) into what the family is shown and where in the app it lives, so the API can refuse a ref that
 * names nothing and the family never gets a dead link.
 */
import type { AssignmentKind } from "../domain/assignment.js";
import { type CueGroup, cueGroups, cueSectionId } from "./cues/index.js";
import { ideaById, ideas } from "./ideas/index.js";
import { articleBySlug, articles, type Lang, type Localized } from "./learn/index.js";

export interface Assignable {
  kind: AssignmentKind;
  ref: string;
  title: Localized;
  /** One line more: an article's summary, a guide section's introduction, why an idea helps. */
  summary: Localized;
  /** Where it lives in the app; null for an idea, whose few words are shown whole with the assignment. */
  path: string | null;
}

const joined = (a: Localized, b: Localized): Localized => ({
  en: `${a.en}: ${b.en}`,
  es: `${a.es}: ${b.es}`,
});

function cueSection(ref: string): Assignable | undefined {
  const find = (group: CueGroup) => {
    if (cueSectionId(group.id) === ref) return { title: group.title, summary: group.intro };
    const section = group.sections.find((s) => cueSectionId(group.id, s.level) === ref);
    return section
      ? { title: joined(group.title, section.title), summary: section.note ?? group.intro }
      : undefined;
  };
  for (const group of cueGroups) {
    const found = find(group);
    if (found) return { kind: "cue_section", ref, ...found, path: `/guide/cues#${ref}` };
  }
  return undefined;
}

/** The content a (kind, ref) names, or undefined when there is none. */
export function assignable(kind: AssignmentKind, ref: string): Assignable | undefined {
  switch (kind) {
    case "article": {
      const a = articleBySlug(ref);
      return a && { kind, ref, title: a.title, summary: a.summary, path: `/guide/learn/${a.slug}` };
    }
    case "cue_section":
      return cueSection(ref);
    case "idea": {
      const idea = ideaById(ref);
      return idea && { kind, ref, title: idea.text, summary: idea.why, path: null };
    }
  }
}

/** Everything that can be sent, for the clinician's picker: every article, guide section and idea. */
export function assignables(): Assignable[] {
  const out: Assignable[] = [];
  for (const a of articles)
    out.push({
      kind: "article",
      ref: a.slug,
      title: a.title,
      summary: a.summary,
      path: `/guide/learn/${a.slug}`,
    });
  for (const group of cueGroups) {
    const ids = [cueSectionId(group.id), ...group.sections.map((s) => cueSectionId(group.id, s.level))];
    for (const id of ids) {
      const found = cueSection(id);
      if (found) out.push(found);
    }
  }
  for (const idea of ideas)
    out.push({ kind: "idea", ref: idea.id, title: idea.text, summary: idea.why, path: null });
  return out;
}

export type { Lang };
