// One bonding idea, small: what to try, why it can help, where that comes from, and Save / Not for us.
// An invitation, never a task: no counts, no minutes, and hiding it is always fine.
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import type { IdeaView } from "../../../api/ideas";
import { Button } from "../../../components/Button";
import { ErrorAlert } from "../../../components/ErrorAlert";
import "../../../i18n/ideas";
import "../../../styles/today-guidance.css";

interface IdeaCardProps {
  heading: string;
  /** 2 on its own on Today, 3 inside the after-logging row or the running timers. */
  level: 2 | 3;
  idea: IdeaView;
  saved: boolean;
  busy: boolean;
  error: unknown;
  onSave: () => void;
  onHide: () => void;
  /** A third, gentler way out (Not now) where the idea would otherwise stay on screen. */
  extra?: ReactNode;
  className?: string;
}

export function IdeaCard(props: IdeaCardProps) {
  const { heading, level, idea, saved, busy, error, onSave, onHide, extra, className } = props;
  const Heading = level === 2 ? "h2" : "h3";
  const { t } = useTranslation();
  const headingId = useId();
  const { source } = idea;
  return (
    <section className={`card idea-card ${className ?? ""}`} aria-labelledby={headingId}>
      <Heading id={headingId} className="idea-heading">
        {heading}
      </Heading>
      <p className="idea-text">{idea.text}</p>
      <p className="idea-why">
        <span className="idea-why-label">{t("bondingIdeas.why")}</span> {idea.why}
      </p>
      <p className="idea-source">
        {t("bondingIdeas.source", { author: source.author, year: source.year, title: source.title })}
      </p>
      <div className="button-row">
        <Button
          variant="secondary"
          className="idea-save"
          aria-pressed={saved}
          aria-disabled={busy || undefined}
          onClick={onSave}
        >
          {t("bondingIdeas.save")}
        </Button>
        <Button variant="quiet" aria-disabled={busy || undefined} onClick={onHide}>
          {t("bondingIdeas.hide")}
        </Button>
        {extra}
      </div>
      <ErrorAlert error={error} />
    </section>
  );
}
