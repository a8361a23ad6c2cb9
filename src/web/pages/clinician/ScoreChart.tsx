// One caregiver's scores on one questionnaire over time, drawn on the questionnaire's whole range so a rise
// from 6 to 10 of 27 looks like what it is. No chart library: a line, its points and two axes are a few SVG
// shapes. The picture is one image with a sentence for screen readers (role="img"); the numbers themselves
// are in a table under it, one click away for anyone. A flagged result is marked with a word and a shape,
// never by colour alone.
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ScoreSeries } from "../../api/caseReads";
import { ScrollTable } from "../guide/ScrollTable";

const WIDTH = 480;
const HEIGHT = 200;
const PAD = { left: 36, right: 20, top: 28, bottom: 30 };

/** Points on the chart: time across (evenly, when every result has the same moment), score up. */
function layout(series: ScoreSeries) {
  const { min, max } = series.range;
  const times = series.points.map((p) => Date.parse(p.completedAt));
  const first = Math.min(...times);
  const span = Math.max(...times) - first;
  const inner = { w: WIDTH - PAD.left - PAD.right, h: HEIGHT - PAD.top - PAD.bottom };
  const y = (total: number) => PAD.top + inner.h - ((total - min) / Math.max(max - min, 1)) * inner.h;
  return series.points.map((p, i) => ({
    ...p,
    x:
      PAD.left +
      (span > 0
        ? ((Date.parse(p.completedAt) - first) / span) * inner.w
        : series.points.length > 1
          ? (i / (series.points.length - 1)) * inner.w
          : inner.w / 2),
    y: y(p.total),
  }));
}

export function ScoreChart({ series, title }: { series: ScoreSeries; title: string }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const day = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { day: "numeric", month: "short", year: "numeric" }),
    [i18n.language],
  );
  const when = (iso: string) => day.format(new Date(iso));
  const points = layout(series);
  const { min, max } = series.range;
  const firstPoint = points[0];
  const lastPoint = points.at(-1);
  if (!firstPoint || !lastPoint) return null;
  const flagged = points.filter((p) => p.flagged).length;
  const told = [
    t("caseReads.screenings.summary", {
      count: points.length,
      first: when(firstPoint.completedAt),
      last: when(lastPoint.completedAt),
    }),
    lastPoint.band
      ? t("caseReads.screenings.latestBand", { total: lastPoint.total, max, band: lastPoint.band })
      : t("caseReads.screenings.latest", { total: lastPoint.total, max }),
    flagged ? t("caseReads.screenings.flags", { count: flagged }) : "",
  ]
    .filter(Boolean)
    .join(" ");
  const label = `${title}: ${told}`;
  const midY = (PAD.top + HEIGHT - PAD.bottom) / 2;

  return (
    <figure className="score-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="score-chart-svg">
        <line className="score-chart-axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={PAD.top} y2={PAD.top} />
        <line
          className="score-chart-axis"
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={HEIGHT - PAD.bottom}
          y2={HEIGHT - PAD.bottom}
        />
        <text className="score-chart-label" x={PAD.left - 6} y={PAD.top + 4} textAnchor="end">
          {max}
        </text>
        <text className="score-chart-label" x={PAD.left - 6} y={HEIGHT - PAD.bottom + 4} textAnchor="end">
          {min}
        </text>
        <text
          className="score-chart-label"
          x={12}
          y={midY}
          textAnchor="middle"
          transform={`rotate(-90 12 ${midY})`}
        >
          {t("caseReads.screenings.axis", { min, max })}
        </text>
        <text className="score-chart-label" x={PAD.left} y={HEIGHT - 8} textAnchor="start">
          {when(firstPoint.completedAt)}
        </text>
        {points.length > 1 ? (
          <text className="score-chart-label" x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end">
            {when(lastPoint.completedAt)}
          </text>
        ) : null}
        <polyline className="score-chart-line" points={points.map((p) => `${p.x},${p.y}`).join(" ")} />
        {points.map((p) =>
          p.flagged ? (
            <g key={p.id} className="score-chart-flag">
              <rect x={p.x - 6} y={p.y - 6} width={12} height={12} transform={`rotate(45 ${p.x} ${p.y})`} />
              <text x={p.x} y={p.y - 12} textAnchor="middle">
                {t("caseReads.screenings.flagMark")}
              </text>
            </g>
          ) : (
            <circle key={p.id} className="score-chart-point" cx={p.x} cy={p.y} r={5} />
          ),
        )}
      </svg>
      <details className="score-chart-numbers">
        <summary>{t("caseReads.screenings.showNumbers")}</summary>
        <ScrollTable labelledBy={captionId}>
          <table className="visit-table">
            <caption id={captionId} className="visually-hidden">
              {title}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("caseReads.screenings.date")}</th>
                <th scope="col">{t("caseReads.screenings.score")}</th>
                <th scope="col">{t("caseReads.screenings.band")}</th>
                <th scope="col">{t("caseReads.screenings.flag")}</th>
              </tr>
            </thead>
            <tbody>
              {series.points.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{when(p.completedAt)}</th>
                  <td>{t("caseReads.screenings.scoreOf", { total: p.total, max })}</td>
                  <td>{p.band ?? "–"}</td>
                  <td>
                    {p.flagged ? (
                      <strong>{t("caseReads.screenings.flagYes")}</strong>
                    ) : (
                      t("caseReads.screenings.flagNo")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </details>
    </figure>
  );
}
