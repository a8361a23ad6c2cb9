// The ideas this person saved to come back to, each with a way to let it go.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { useMarkIdea, useSavedIdeas } from "./api";
import { BackToGuide } from "./BackToGuide";
import { IdeaCard, ideaTextId } from "./IdeaCard";
import { useContentLang } from "./useContentLang";
import "../../i18n/guidance";
import "../../styles/guide.css";

export default function SavedIdeas() {
  const { t } = useTranslation();
  const lang = useContentLang();
  const saved = useSavedIdeas(lang);
  // One mutation for the page (not one per card): the card goes away when it succeeds, the page stays.
  const mark = useMarkIdea(lang);
  const [removed, setRemoved] = useState(false);
  const remove = (id: string) =>
    mark.mutate(
      { id, saved: false },
      {
        onSuccess: () => {
          setRemoved(true);
          // The button leaves with its card: put focus back at the top rather than lose it.
          document.querySelector<HTMLElement>("main h1")?.focus();
        },
      },
    );
  return (
    <Page title={t("guide.saved.title")} intro={t("guide.saved.intro")} className="guide-page">
      <ErrorAlert error={saved.error ?? mark.error} />
      <StatusMessage>{removed ? t("guide.saved.removed") : null}</StatusMessage>
      {saved.data?.length === 0 ? <p className="note">{t("guide.saved.empty")}</p> : null}
      <ul className="card-list idea-list">
        {(saved.data ?? []).map((idea) => (
          <li key={idea.id}>
            <IdeaCard idea={idea}>
              <Button
                variant="secondary"
                aria-describedby={ideaTextId(idea.id)}
                busy={mark.isPending && mark.variables?.id === idea.id}
                busyLabel={t("guide.saved.removing")}
                onClick={() => remove(idea.id)}
              >
                {t("guide.saved.remove")}
              </Button>
            </IdeaCard>
          </li>
        ))}
      </ul>
      <BackToGuide />
    </Page>
  );
}
