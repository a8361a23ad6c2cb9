// One idea to try next week, for this baby's age, with a toggle to keep it in the saved ideas.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useIdle } from "../../app/useIdle";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { type Idea, useIdeaToTry, useMarkIdea } from "./api";
import { IdeaCard } from "./IdeaCard";
import { useContentLang } from "./useContentLang";

export function IdeaToTry({ babyId }: { babyId: string }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  // Under the week: asked for once the week has painted.
  const idea = useIdeaToTry(babyId, lang, useIdle());
  return (
    <section aria-labelledby="idea-heading">
      <h2 id="idea-heading">{t("guide.week.idea")}</h2>
      {idea.data ? (
        <IdeaCard idea={idea.data}>
          <SaveToggle idea={idea.data} />
        </IdeaCard>
      ) : idea.isSuccess ? (
        <p>{t("guide.week.noIdea")}</p>
      ) : null}
      <ErrorAlert error={idea.error} />
    </section>
  );
}

function SaveToggle({ idea }: { idea: Idea }) {
  const { t } = useTranslation();
  const mark = useMarkIdea(useContentLang());
  const [saved, setSaved] = useState(idea.saved);
  return (
    <>
      <Button
        variant="secondary"
        className="save-toggle"
        aria-pressed={saved}
        busy={mark.isPending}
        onClick={() =>
          mark.mutate({ id: idea.id, saved: !saved }, { onSuccess: (updated) => setSaved(updated.saved) })
        }
      >
        {t("guide.ideas.save")}
      </Button>
      <ErrorAlert error={mark.error} />
    </>
  );
}
