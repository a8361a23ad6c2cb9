// "An idea for the day" on Today: the server's steady daily pick for this baby's age. "Not for us" hides it
// for good and asks for the next one. Shown only when there is one (offline, or before birth with no
// band, the card simply isn't there).
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { dailyIdeaKey, type IdeaView, useDailyIdea, useMarkIdea } from "../../../api/ideas";
import type { Locale } from "../../../api/types";
import { useIdle } from "../../../app/useIdle";
import { useLogContext } from "../../../log/LogContext";
import { IdeaCard } from "./IdeaCard";

export function DailyIdea() {
  const { t, i18n } = useTranslation();
  const { baby } = useLogContext();
  const lang: Locale = i18n.language === "es" ? "es" : "en";
  const queryClient = useQueryClient();
  // Below the log buttons and the cards: asked for once the first screen has painted.
  const daily = useDailyIdea(baby.id, lang, useIdle());
  const mark = useMarkIdea(lang);
  const idea = daily.data;
  if (!idea) return null;
  const key = dailyIdeaKey(baby.id, lang);

  return (
    <IdeaCard
      heading={t("bondingIdeas.dayHeading")}
      level={2}
      idea={idea}
      saved={idea.saved}
      error={mark.error}
      busy={mark.isPending || daily.isFetching}
      onSave={() =>
        mark.mutate(
          { id: idea.id, saved: !idea.saved },
          { onSuccess: (updated) => queryClient.setQueryData<IdeaView | null>(key, updated) },
        )
      }
      onHide={() =>
        mark.mutate(
          { id: idea.id, hidden: true },
          // The day's pick leaves hidden ideas out, so asking again gives the next one.
          { onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }) },
        )
      }
      className="idea-daily"
    />
  );
}
