// A bonding idea as a card: what to try, why it helps, and where that comes from. The action (save, or
// remove from saved) is the caller's.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Idea } from "./api";

/** The id of the idea's words, so a button can say which idea it acts on (aria-describedby). */
export const ideaTextId = (id: string) => `idea-${id}-text`;

export function IdeaCard({ idea, children }: { idea: Idea; children?: ReactNode }) {
  const { t } = useTranslation();
  const { source } = idea;
  return (
    <div className="card idea-card">
      <p className="idea-text" id={ideaTextId(idea.id)}>
        {idea.text}
      </p>
      <p>
        <span className="cue-label">{t("guide.ideas.why")}</span> {idea.why}
      </p>
      <p className="guide-meta">
        {t("guide.ideas.source", { author: source.author, year: String(source.year), title: source.title })}
      </p>
      {children}
    </div>
  );
}
