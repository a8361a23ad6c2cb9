import type { SourceKey } from "../sources.js";

/** The languages content is written in. Every text field carries both. */
export type Lang = "en" | "es";
export type Localized = Readonly<Record<Lang, string>>;

/** What an article is about; the Learn page groups by topic. */
export const topics = [
  "attachment",
  "regulation",
  "everyday-care",
  "bonding",
  "caregivers",
  "wellbeing",
  "crying",
] as const;
export type Topic = (typeof topics)[number];

/**
 * One block of an article body. Plain text only: no HTML and no markdown; the web decides how a heading,
 * a paragraph or a list looks.
 */
export type Block =
  | { readonly kind: "p"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "h"; readonly text: string };

export interface Article {
  /** Stable, URL-safe, unique: /learn/:slug. */
  readonly slug: string;
  readonly topic: Topic;
  /** Reading time in minutes. Every article is written as a two-minute read. */
  readonly minutes: 2;
  readonly title: Localized;
  /** One sentence, shown on cards and in search results. */
  readonly summary: Localized;
  readonly body: { readonly en: readonly Block[]; readonly es: readonly Block[] };
  /** Keys into the shared registry in src/content/sources.ts. */
  readonly sources: readonly SourceKey[];
}
