// After logging: "any moments together?" One tap toggles a moment; skipping is always fine.
import { useTranslation } from "react-i18next";
import { type Moment, moments } from "../../../domain/entries/vocabulary";
import { Button } from "../../components/Button";
import { editEntry } from "../../log/actions";
import { useLogContext } from "../../log/LogContext";
import { useLive } from "../../log/useLive";

export function MomentChips({ entryId, onDone }: { entryId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { sync } = useLogContext();
  const entry = useLive(() => sync.db.entries.get(entryId), [sync, entryId]);
  if (!entry) return null;
  const chosen = new Set(entry.moments);

  function toggle(moment: Moment) {
    const next = chosen.has(moment)
      ? entry?.moments.filter((m) => m !== moment)
      : [...(entry?.moments ?? []), moment];
    void editEntry(sync, entryId, { moments: next ?? [] });
  }

  return (
    <section className="moments card" aria-labelledby="moments-heading">
      <h2 id="moments-heading">{t("moments.heading", { type: t(`entryType.${entry.type}`) })}</h2>
      <p className="field-hint">{t("moments.hint")}</p>
      <div className="chip-row">
        {moments.map((moment) => (
          <button
            key={moment}
            type="button"
            className="chip"
            aria-pressed={chosen.has(moment)}
            onClick={() => toggle(moment)}
          >
            {t(`moment.${moment}`)}
          </button>
        ))}
      </div>
      <Button variant="quiet" onClick={onDone}>
        {chosen.size ? t("moments.done") : t("moments.skip")}
      </Button>
    </section>
  );
}
