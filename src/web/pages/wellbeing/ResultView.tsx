// A result in kind, plain words: the crisis panel first when an answer raised a flag, then the score, the
// meaning of its band (from the definition; never a diagnosis), the subscales, and what to do next.
// Reflection-only instruments (MAAS, PAAS) show their scores with no bands and no pass or fail.
// An instrument with counted criteria (City BiTS) says it is a screen, not a diagnosis, and which parts of
// the pattern it looks for are in the answers, in plain words.
// A saved result also says who sees it (ResultSharing); one computed offline has no choices yet.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { InstrumentDefinition } from "../../../domain/screening/definition";
import type { CriteriaResult, SafetyFlag } from "../../../domain/screening/score";
import type { ScreeningSharing } from "../../api/screeningSharing";
import { CrisisPanel } from "../../help/CrisisPanel";
import { useHelpRegion } from "../../help/useHelpRegion";
import { currentLocale } from "../../i18n";
import { ResultSharing } from "./ResultSharing";
import { supportSearch } from "./supportSearch";
import { higherIsBetter, localized } from "./text";

interface ResultViewProps {
  definition: InstrumentDefinition;
  total: number;
  subscales: Record<string, number>;
  flags: readonly SafetyFlag[];
  /** Which counted criteria the answers match, for an instrument that has them (City BiTS). */
  criteria?: CriteriaResult | undefined;
  /** The stored screening, for a saved result: its id and who sees it. */
  saved?: { id: string; sharing: ScreeningSharing | undefined };
}

type Scale = InstrumentDefinition["attune"]["scoring"]["total"];

const bandOf = (scale: Pick<Scale, "bands">, value: number) =>
  scale.bands.find((b) => value >= b.min && value <= b.max);

/**
 * Whether to offer "When bonding feels hard": always after the PBQ (it is about the bond), and after any
 * banded result outside its scale's reassuring band, on the total or a subscale.
 */
function offersBondingHelp(
  definition: InstrumentDefinition,
  total: number,
  subscales: Record<string, number>,
) {
  if (definition.id === "pbq") return true;
  const scoring = definition.attune.scoring;
  if (definition.attune.reflectionOnly) return false;
  // The reassuring band is the first on most instruments, the last where a higher score is better (KPCS).
  const reassuring = (scale: Pick<Scale, "bands">) =>
    higherIsBetter(definition.id) ? scale.bands.at(-1) : scale.bands[0];
  const beyondReassuring = (scale: Pick<Scale, "bands">, value: number | undefined) => {
    const band = value === undefined ? undefined : bandOf(scale, value);
    return band !== undefined && band !== reassuring(scale);
  };
  return (
    beyondReassuring(scoring.total, total) ||
    scoring.subscales.some((s) => beyondReassuring(s, subscales[s.key]))
  );
}

export function ResultView({ definition, total, subscales, flags, criteria, saved }: ResultViewProps) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const [region, setRegion] = useHelpRegion();
  const scoring = definition.attune.scoring;
  const reflection = definition.attune.reflectionOnly;
  const totalBand = reflection ? undefined : bandOf(scoring.total, total);
  return (
    <div className="result-view">
      {flags.length ? <CrisisPanel flags={flags} region={region} onRegionChange={setRegion} /> : null}
      <section className="result-score" aria-labelledby="result-score-heading">
        <h2 id="result-score-heading">{localized(scoring.total.label, lang)}</h2>
        <p className="result-total">
          {t("result.total", { total, min: scoring.total.range.min, max: scoring.total.range.max })}
        </p>
        {totalBand ? (
          <div className="result-band">
            <p className="result-band-label">{localized(totalBand.label, lang)}</p>
            <p>{localized(totalBand.meaning, lang)}</p>
          </div>
        ) : null}
        {scoring.criteria ? <p>{t("result.criteria.totalHint")}</p> : null}
        {reflection ? (
          <p>{t("result.reflection")}</p>
        ) : scoring.criteria ? (
          <p className="result-screen-note">{localized(scoring.criteria.note, lang)}</p>
        ) : (
          <p>{t("result.notDiagnosis")}</p>
        )}
      </section>
      {scoring.criteria && criteria ? (
        <CriteriaSection rules={scoring.criteria.rules} result={criteria} total={total} />
      ) : null}
      {scoring.subscales.length ? (
        <section aria-labelledby="result-subscales-heading">
          <h2 id="result-subscales-heading">{t("result.subscales")}</h2>
          <ul className="result-subscales">
            {scoring.subscales.map((scale) => {
              const score = subscales[scale.key];
              if (score === undefined) return null;
              const band = reflection ? undefined : bandOf(scale, score);
              return (
                <li key={scale.key} className="result-subscale" data-scale={scale.key}>
                  <h3>{localized(scale.label, lang)}</h3>
                  <p>{t("result.scaleScore", { score, min: scale.range.min, max: scale.range.max })}</p>
                  {band ? (
                    <p>
                      <strong>{localized(band.label, lang)}.</strong> {localized(band.meaning, lang)}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="result-next-heading">
        <h2 id="result-next-heading">{t("result.nextHeading")}</h2>
        <ul className="result-next">
          <li>{t("result.next.provider")}</li>
          <li>{t("result.next.kind")}</li>
          <li>{t("result.next.again")}</li>
        </ul>
        {offersBondingHelp(definition, total, subscales) ? (
          <p>
            <Link to="/help/bonding">{t("result.bondingLink")}</Link>
          </p>
        ) : null}
        <p>
          <Link to={supportSearch(definition.id, region)}>
            {definition.id === "citybits" ? t("result.findSupportBirth") : t("result.findSupport")}
          </Link>
        </p>
        {/* A saved result says who sees it in its own section below. */}
        {saved ? null : <p className="result-private">{t("result.private")}</p>}
      </section>
      {saved ? <ResultSharing id={saved.id} sharing={saved.sharing} /> : null}
    </div>
  );
}

type CriterionRule = NonNullable<InstrumentDefinition["attune"]["scoring"]["criteria"]>["rules"][number];

/** The criteria Attune has plain words for; another key falls back to the definition's own label. */
const plainCriteria = [
  "stressor",
  "re_experiencing",
  "avoidance",
  "negative_mood",
  "hyperarousal",
  "duration",
  "distress_impairment",
  "other_cause",
  "dissociative",
  "delayed_onset",
] as const;
type PlainCriterion = (typeof plainCriteria)[number];
const isPlain = (key: string): key is PlainCriterion => (plainCriteria as readonly string[]).includes(key);

/**
 * What the answers show against the pattern the questionnaire looks for: a kind summary, then each part
 * of the pattern as "in your answers" or not, and the two extra patterns it notes (specifiers). A
 * description of the answers, never a diagnosis (the note above says so).
 */
function CriteriaSection({
  rules,
  result,
  total,
}: {
  rules: readonly CriterionRule[];
  result: CriteriaResult;
  total: number;
}) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const summary = result.criteriaMet
    ? t("result.criteria.met")
    : result.allRequiredMet && result.excluded
      ? t("result.criteria.excluded")
      : total > 0
        ? t("result.criteria.some")
        : t("result.criteria.none");
  const item = (rule: CriterionRule) => {
    const found = result.met[rule.key] === true;
    return (
      <li key={rule.key} data-criterion={rule.key} data-met={found}>
        {isPlain(rule.key) ? t(`result.criteria.rule.${rule.key}`) : localized(rule.label, lang)}:{" "}
        <strong>{found ? t("result.criteria.inAnswers") : t("result.criteria.notInAnswers")}</strong>
      </li>
    );
  };
  const pattern = rules.filter((r) => r.role !== "specifier");
  const specifiers = rules.filter((r) => r.role === "specifier");
  return (
    <section className="result-criteria" aria-labelledby="result-criteria-heading">
      <h2 id="result-criteria-heading">{t("result.criteria.heading")}</h2>
      <p>{summary}</p>
      <h3>{t("result.criteria.patternHeading")}</h3>
      <ul className="result-criteria-list">{pattern.map(item)}</ul>
      {specifiers.length ? (
        <>
          <h3>{t("result.criteria.specifiersHeading")}</h3>
          <ul className="result-criteria-list">{specifiers.map(item)}</ul>
        </>
      ) : null}
    </section>
  );
}
