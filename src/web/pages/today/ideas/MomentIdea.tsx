// "An idea for this moment": after logging a moment of care, or while one is going on, one small idea for
// that kind of care (feeding, a diaper change, a bath…). Skippable; never the same idea as the day's card.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EntryType } from "../../../../domain/entries/vocabulary";
import { occasionFor } from "../../../../domain/guidance/occasion";
import { useDailyIdea, useMarkIdea, useMomentIdea } from "../../../api/ideas";
import type { Locale } from "../../../api/types";
import { Button } from "../../../components/Button";
import { useLogContext } from "../../../log/LogContext";
import { IdeaCard } from "./IdeaCard";

/** A fever reading, a dose, a weigh-in or a visit is not the moment for a play idea; nor is a sleeping baby. */
const noIdeaFor: ReadonlySet<EntryType> = new Set([
  "temperature",
  "medication",
  "growth",
  "appointment",
  "pumping",
  "note",
  "sleep",
]);

export function MomentIdea({ entryId, type }: { entryId: string; type: EntryType }) {
  if (noIdeaFor.has(type)) return null;
  return <Idea entryId={entryId} type={type} />;
}

function Idea({ entryId, type }: { entryId: string; type: EntryType }) {
  const { t, i18n } = useTranslation();
  const { baby } = useLogContext();
  const lang: Locale = i18n.language === "es" ? "es" : "en";
  const moment = useMomentIdea(baby.id, entryId, occasionFor(type), lang);
  const daily = useDailyIdea(baby.id, lang);
  const mark = useMarkIdea(lang);
  const [saved, setSaved] = useState<boolean | null>(null);
  const [gone, setGone] = useState(false);
  const idea = moment.data;
  if (!idea || gone || idea.id === daily.data?.id) return null;

  return (
    <IdeaCard
      heading={t("bondingIdeas.momentHeading")}
      level={3}
      idea={idea}
      saved={saved ?? idea.saved}
      error={mark.error}
      busy={mark.isPending}
      onSave={() =>
        mark.mutate({ id: idea.id, saved: !(saved ?? idea.saved) }, { onSuccess: (u) => setSaved(u.saved) })
      }
      onHide={() => mark.mutate({ id: idea.id, hidden: true }, { onSuccess: () => setGone(true) })}
      extra={
        <Button variant="quiet" onClick={() => setGone(true)}>
          {t("bondingIdeas.notNow")}
        </Button>
      }
      className="idea-moment"
    />
  );
}
