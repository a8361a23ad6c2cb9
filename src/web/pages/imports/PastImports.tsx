// The imports made for this baby, newest first, each undoable for 30 days: undo takes back exactly what that
// import added, never an entry logged since.
import { useTranslation } from "react-i18next";
import { usePastImports, useUndoImport } from "../../api/imports";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useFamilyFormat } from "../../log/familyClock";

export function PastImports({ babyId, onUndone }: { babyId: string; onUndone: () => void }) {
  const { t } = useTranslation();
  const past = usePastImports(babyId);
  const undo = useUndoImport(babyId);
  const when = useFamilyFormat({ dateStyle: "medium", timeStyle: "short" });
  if (!past.data?.length) return null;

  return (
    <section aria-labelledby="past-imports" className="stack">
      <h2 id="past-imports">{t("imports.pastHeading")}</h2>
      <ErrorAlert error={undo.error} />
      <ul className="card-list">
        {past.data.map((i) => (
          <li key={i.id} className="card">
            <p>
              <strong>{t(`imports.formats.${i.format as "huckleberry"}`)}</strong> ·{" "}
              {when.format(new Date(i.createdAt))}
            </p>
            <p>
              {t("imports.pastAdded", { count: i.added })}
              {i.undoneAt ? ` · ${t("imports.undone")}` : ""}
            </p>
            {i.undoable && i.added > 0 ? (
              <Button
                variant="secondary"
                busy={undo.isPending && undo.variables === i.id}
                onClick={() => undo.mutate(i.id, { onSuccess: onUndone })}
                aria-label={t("imports.undoLabel", {
                  count: i.added,
                  when: when.format(new Date(i.createdAt)),
                })}
              >
                {t("imports.undo")}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
