// The visit summary's dated facts: growth in the person's units (the other unit alongside), temperatures
// in °C with °F, medicines, and the notes written in the log. Times are on the family's clock, read from the
// summary itself, so the clinician's case file shows this too (it has no family log around it).
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { familyFormat } from "../../log/familyClock";
import { formatWithUnit, temperatureBoth, weightBoth } from "../../log/units";
import { useUnits } from "../../log/useUnits";
import type { VisitSummary } from "./api";
import { useLogNames } from "./names";
import { ScrollTable } from "./ScrollTable";

export function VisitFacts({ summary }: { summary: VisitSummary }) {
  const { t, i18n } = useTranslation();
  const units = useUnits();
  const names = useLogNames();
  const when = useMemo(
    () =>
      familyFormat(i18n.language, summary.timeZone, {
        weekday: "short",
        day: "numeric",
        month: "short",
        hour: "numeric",
        minute: "2-digit",
      }),
    [i18n.language, summary.timeZone],
  );
  const at = (iso: string) => when.format(new Date(iso));
  const cm = (value?: number) => (value === undefined ? "–" : formatWithUnit(value, "cm", units.locale));

  return (
    <>
      <FactSection id="visit-growth" heading={t("guide.visit.growth")} empty={summary.growth.length === 0}>
        <ScrollTable labelledBy="visit-growth">
          <table className="visit-table">
            <thead>
              <tr>
                <th scope="col">{t("guide.visit.when")}</th>
                <th scope="col">{t("guide.visit.weight")}</th>
                <th scope="col">{t("guide.visit.length")}</th>
                <th scope="col">{t("guide.visit.head")}</th>
              </tr>
            </thead>
            <tbody>
              {summary.growth.map((g) => (
                <tr key={g.at}>
                  <th scope="row">{at(g.at)}</th>
                  <td>
                    {g.weightKg === undefined ? "–" : weightBoth(g.weightKg, units.weight, units.locale)}
                  </td>
                  <td>{cm(g.lengthCm)}</td>
                  <td>{cm(g.headCm)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </FactSection>
      <DatedFacts
        id="visit-temperatures"
        heading={t("guide.visit.temperatures")}
        facts={summary.temperatures}
        keyOf={(reading) => reading.at}
        at={at}
      >
        {(reading) => temperatureBoth(reading.celsius, units.locale)}
      </DatedFacts>
      <DatedFacts
        id="visit-medications"
        heading={t("guide.visit.medications")}
        facts={summary.medications}
        keyOf={(m) => `${m.at}|${m.name}`}
        at={at}
      >
        {(m) => (m.dose ? `${m.name} · ${m.dose}` : m.name)}
      </DatedFacts>
      <DatedFacts
        id="visit-notes"
        heading={t("guide.visit.notes")}
        facts={summary.notes}
        keyOf={(note) => `${note.at}|${note.text}`}
        at={at}
      >
        {(note) => (
          <>
            <strong>{names.type(note.type)}</strong> {note.text}
          </>
        )}
      </DatedFacts>
    </>
  );
}

function FactSection({
  id,
  heading,
  empty,
  children,
}: {
  id: string;
  heading: string;
  empty: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="visit-section">
      <h2 id={id}>{heading}</h2>
      {empty ? <p className="guide-meta">{t("guide.visit.noneLogged")}</p> : children}
    </section>
  );
}

/** A fact section listing what happened when: each line opens with its time on the family's clock. */
function DatedFacts<Fact extends { at: string }>({
  id,
  heading,
  facts,
  keyOf,
  at,
  children,
}: {
  id: string;
  heading: string;
  facts: readonly Fact[];
  keyOf: (fact: Fact) => string;
  at: (iso: string) => string;
  children: (fact: Fact) => ReactNode;
}) {
  return (
    <FactSection id={id} heading={heading} empty={facts.length === 0}>
      <ul className="fact-list">
        {facts.map((fact) => (
          <li key={keyOf(fact)}>
            <span className="entry-time">{at(fact.at)}</span> {children(fact)}
          </li>
        ))}
      </ul>
    </FactSection>
  );
}
