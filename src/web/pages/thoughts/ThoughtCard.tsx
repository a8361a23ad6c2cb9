// One record in the list: the thought (or the moment) in the caregiver's own words, the feelings with how
// strong they were and are now, whether the care team may read it, and edit or delete. Nothing is scored.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ThoughtRecord } from "../../api/thoughtRecords";
import { DeleteRecord } from "./DeleteRecord";

export function ThoughtCard({ record: r, onDeleted }: { record: ThoughtRecord; onDeleted: () => void }) {
  const { t, i18n } = useTranslation();
  const date = new Date(r.createdAt).toLocaleString(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const title = r.automaticThought ?? r.situation ?? t("thoughts.untitled");
  return (
    <li className="card thought-card">
      <p className="thought-meta">
        <time dateTime={r.createdAt}>{t("thoughts.written", { date })}</time>
        {" · "}
        {r.sharedWithClinicians ? t("thoughts.shared") : t("thoughts.private")}
      </p>
      <h3>{title}</h3>
      {r.automaticThought && r.situation ? <p className="thought-words">{r.situation}</p> : null}
      {r.feelings.length ? (
        <ul className="thought-feelings" aria-label={t("thoughts.feelingsLabel")}>
          {r.feelings.map((f) => (
            <li key={f.name}>
              {f.after === null
                ? t("thoughts.feelingBefore", { name: f.name, before: f.intensity })
                : t("thoughts.feelingShift", { name: f.name, before: f.intensity, after: f.after })}
            </li>
          ))}
        </ul>
      ) : null}
      {r.balancedThought ? <p className="thought-words thought-balanced">{r.balancedThought}</p> : null}
      <div className="thought-actions">
        <Link
          to={`/thoughts/${r.id}`}
          className="button button-secondary"
          aria-label={t("thoughts.editNamed", { date })}
        >
          {t("thoughts.edit")}
        </Link>
        <DeleteRecord id={r.id} label={t("thoughts.deleteNamed", { date })} onDeleted={onDeleted} />
      </div>
    </li>
  );
}
