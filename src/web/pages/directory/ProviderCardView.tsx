// One search result: who, what they offer, how far, and, honestly, whether they are taking new clients.
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { ProviderCard } from "../../api/directory";
import { useDirectoryWords } from "./labels";
import type { ProfileState } from "./ProviderPage";

export function ProviderCardView({ provider: p }: { provider: ProviderCard }) {
  const { t } = useTranslation();
  const w = useDirectoryWords();
  const from = useLocation().search;
  const place = p.inPerson ? [p.inPerson.city, p.inPerson.region].filter(Boolean).join(", ") : null;
  return (
    <li className="card provider-card">
      <h3>
        <Link
          to={`/directory/providers/${p.id}`}
          // The profile repeats how far it is from the place searched (the profile alone cannot know).
          state={{ from, distanceKm: p.distanceKm } satisfies ProfileState}
          className="provider-link"
        >
          {p.name}
        </Link>
      </h3>
      {p.organization ? <p className="provider-org">{p.organization}</p> : null}
      <p className="provider-meta">
        {[
          p.distanceKm !== undefined ? w.distance(p.distanceKm) : null,
          place ? t("directory.card.inPerson", { place }) : null,
          p.telehealth.length ? t("directory.card.telehealth") : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <p>{p.services.map((s) => w.term("service", s)).join(", ")}</p>
      {p.focus.length ? (
        <ul className="provider-chips" aria-label={t("directory.provider.focus")}>
          {p.focus.map((f) => (
            <li key={f}>{w.term("focus", f)}</li>
          ))}
        </ul>
      ) : null}
      <p className="provider-meta">
        {[
          t("directory.card.languages", { list: p.languages.map(w.language).join(", ") }),
          p.slidingScale ? t("directory.card.slidingScale") : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {p.credentials.length ? (
        <ul className="provider-badges" aria-label={t("directory.provider.credentials")}>
          {p.credentials.map((c) => (
            <li key={c.type} className={c.verified ? "is-verified" : undefined}>
              {/* The name without its abbreviation, and the check said in words, not only by the tick. */}
              {w.term("credential", c.type).split(" (")[0]}
              {c.verified ? (
                <>
                  {" "}
                  <span aria-hidden="true">✓</span> {t("directory.card.verified")}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className={p.accepting ? "provider-accepting" : "provider-not-accepting"}>
        {t(p.accepting ? "directory.card.accepting" : "directory.card.notAccepting", {
          date: w.day(p.acceptingConfirmedOn),
        })}
      </p>
    </li>
  );
}
