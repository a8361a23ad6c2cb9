// One instrument's results over time: a small SVG line chart (decorative for screen readers, which get the
// table right below with the same numbers), then the table with each date, score and its meaning.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { InstrumentDefinition } from "../../../domain/screening/definition";
import type { Screening } from "../../api/wellbeing";
import { currentLocale } from "../../i18n";
import { localized } from "./text";

const W = 320;
const H = 140;
const PAD = 24;

export function TrendChart({
  name,
  definition,
  screenings,
}: {
  name: string;
  definition: InstrumentDefinition;
  screenings: Screening[];
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLocale();
  const dated = screenings
    .map((s) => ({ s, at: s.completedAt ?? s.createdAt ?? "" }))
    .sort((a, b) => a.at.localeCompare(b.at));
  const { min, max } = definition.attune.scoring.total.range;
  const x = (k: number) => (dated.length === 1 ? W / 2 : PAD + (k * (W - 2 * PAD)) / (dated.length - 1));
  const y = (v: number) => H - PAD - ((v - min) / Math.max(1, max - min)) * (H - 2 * PAD);
  const points = dated.map(({ s }, k) => `${x(k)},${y(s.total)}`).join(" ");
  const date = (at: string) =>
    at ? new Date(at).toLocaleDateString(i18n.language, { dateStyle: "medium" }) : "";
  const bandOf = (total: number) =>
    definition.attune.reflectionOnly
      ? undefined
      : definition.attune.scoring.total.bands.find((b) => total >= b.min && total <= b.max);
  return (
    <div className="trend">
      <h3>{name}</h3>
      <svg
        className="trend-chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t("wellbeing.past.chartLabel", { name })}
      >
        <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} className="trend-axis" />
        <line x1={PAD} y1={PAD} x2={PAD} y2={H - PAD} className="trend-axis" />
        <text x={PAD - 4} y={H - PAD} textAnchor="end" className="trend-tick">
          {min}
        </text>
        <text x={PAD - 4} y={PAD + 4} textAnchor="end" className="trend-tick">
          {max}
        </text>
        {dated.length > 1 ? <polyline points={points} className="trend-line" fill="none" /> : null}
        {dated.map(({ s }, k) => (
          <circle key={s.id} cx={x(k)} cy={y(s.total)} r={4} className="trend-point" />
        ))}
      </svg>
      <div className="trend-table">
        <table className="wellbeing-table">
          <caption>{t("wellbeing.past.tableCaption", { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("wellbeing.past.date")}</th>
              <th scope="col">{t("wellbeing.past.score")}</th>
              {definition.attune.reflectionOnly ? null : <th scope="col">{t("wellbeing.past.meaning")}</th>}
            </tr>
          </thead>
          <tbody>
            {[...dated].reverse().map(({ s, at }) => {
              const band = bandOf(s.total);
              return (
                <tr key={s.id}>
                  <th scope="row">
                    <Link
                      to={`/wellbeing/results/${s.id}`}
                      aria-label={`${t("wellbeing.past.open")}: ${date(at)}`}
                    >
                      {date(at) || t("wellbeing.past.open")}
                    </Link>
                  </th>
                  <td>{s.total}</td>
                  {definition.attune.reflectionOnly ? null : (
                    <td>{band ? localized(band.label, lang) : ""}</td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
