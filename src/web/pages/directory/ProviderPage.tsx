// A provider's public profile: who they are, what they offer, where and how, how to get in touch, and
// whether they are taking new clients, with the day they last said so.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { ApiError } from "../../api/client";
import { useProvider } from "../../api/directory";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { useDirectoryWords } from "./labels";
import "../../i18n/directory";
import "../../styles/directory.css";

function Facts({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="provider-section">
      <h2>{heading}</h2>
      {children}
    </section>
  );
}

/** What a search result hands its profile: the search to go back to, and how far the place searched is. */
export interface ProfileState {
  from?: string;
  distanceKm?: number;
}

export default function ProviderPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const w = useDirectoryWords();
  const state = useLocation().state as ProfileState | null;
  const from = state?.from ?? "";
  const distanceKm = state?.distanceKm;
  const provider = useProvider(id);
  const back = (
    <p>
      <Link to={`/directory${from}`} className="back-link">
        {t("directory.provider.back")}
      </Link>
    </p>
  );
  if (provider.isPending) return <p>{t("app.loading")}</p>;
  const p = provider.data;
  if (!p)
    return (
      <Page
        title={t("directory.provider.notFound")}
        intro={t("directory.provider.notFoundIntro")}
        className="directory-page"
      >
        {provider.error instanceof ApiError && provider.error.status === 404 ? null : (
          <ErrorAlert error={provider.error} />
        )}
        {back}
      </Page>
    );
  const place = p.inPerson
    ? [p.inPerson.address, p.inPerson.city, p.inPerson.region, p.inPerson.postcode].filter(Boolean).join(", ")
    : null;
  return (
    <Page title={p.name} intro={p.organization ?? undefined} className="directory-page provider-page">
      <p className={p.accepting ? "provider-accepting" : "provider-not-accepting"}>
        {t(p.accepting ? "directory.card.accepting" : "directory.card.notAccepting", {
          date: w.day(p.acceptingConfirmedOn),
        })}
      </p>
      <Facts heading={t("directory.provider.about")}>
        <p className="provider-about">{p.about}</p>
      </Facts>
      <Facts heading={t("directory.provider.services")}>
        <ul>
          {p.services.map((s) => (
            <li key={s}>{w.term("service", s)}</li>
          ))}
        </ul>
      </Facts>
      {p.focus.length ? (
        <Facts heading={t("directory.provider.focus")}>
          <ul>
            {p.focus.map((f) => (
              <li key={f}>{w.term("focus", f)}</li>
            ))}
          </ul>
        </Facts>
      ) : null}
      {p.approaches.length ? (
        <Facts heading={t("directory.provider.approaches")}>
          <p>{p.approaches.map((a) => w.term("approach", a)).join(", ")}</p>
        </Facts>
      ) : null}
      {p.credentials.length ? (
        <Facts heading={t("directory.provider.credentials")}>
          <ul>
            {p.credentials.map((c) => (
              <li key={c.type}>
                {w.term("credential", c.type)}:{" "}
                {c.verifiedOn
                  ? t("directory.provider.verifiedOn", { date: w.day(c.verifiedOn) })
                  : t("directory.provider.notVerified")}
              </li>
            ))}
          </ul>
        </Facts>
      ) : null}
      <Facts heading={t("directory.provider.languages")}>
        <p>{p.languages.map(w.language).join(", ")}</p>
      </Facts>
      <Facts heading={t("directory.provider.fees")}>
        {p.fees ? <p>{p.fees}</p> : null}
        {p.slidingScale ? <p>{t("directory.card.slidingScale")}</p> : null}
        {p.insurance.length ? (
          <p>
            {t("directory.provider.insurance")}: {p.insurance.map((i) => w.term("insurance", i)).join(", ")}
          </p>
        ) : null}
      </Facts>
      <Facts heading={t("directory.provider.where")}>
        {place ? <p>{t("directory.provider.inPerson", { place })}</p> : null}
        {place && distanceKm !== undefined ? <p>{w.distance(distanceKm)}</p> : null}
        {p.telehealth.length ? (
          <p>{t("directory.provider.telehealth", { regions: p.telehealth.map(w.region).join(", ") })}</p>
        ) : null}
      </Facts>
      <Facts heading={t("directory.provider.contact")}>
        <ul className="provider-contact">
          {p.contact.phone ? (
            <li>
              <a className="button button-primary" href={`tel:${p.contact.phone.replace(/[^\d+]/g, "")}`}>
                {t("directory.provider.call", { phone: p.contact.phone })}
              </a>
            </li>
          ) : null}
          {p.contact.email ? (
            <li>
              <a className="button button-secondary" href={`mailto:${p.contact.email}`}>
                {t("directory.provider.email", { email: p.contact.email })}
              </a>
            </li>
          ) : null}
          {p.contact.website ? (
            <li>
              <a
                className="button button-secondary"
                href={p.contact.website}
                target="_blank"
                rel="noopener noreferrer"
              >
                {t("directory.provider.website")}
                <span className="visually-hidden"> {t("directory.provider.opensInNewTab")}</span>
              </a>
            </li>
          ) : null}
        </ul>
      </Facts>
      {back}
    </Page>
  );
}
