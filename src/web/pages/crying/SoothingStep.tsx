// Step 3, soothing together: what helped this baby before first (the family's own experience beats any
// list), then ideas for the likeliest reasons, and a tap for each thing tried, saved with the crying spell.
import { useTranslation } from "react-i18next";
import { SWADDLE_UNTIL_DAYS } from "../../../content/crying";
import { type SoothingMethod, soothingMethods } from "../../../domain/entries/soothing-methods";
import type { CryingGuidanceView } from "../../api/crying";
import { ChipGroup } from "../../components/ChipGroup";
import { methodOfSuggestion } from "./bundled";
import type { GuidanceStatus } from "./ReasonsStep";
import { SourcesLine } from "./SourcesLine";

interface SoothingStepProps {
  guidance: CryingGuidanceView;
  status: GuidanceStatus;
  babyName: string;
  tried: SoothingMethod[];
  onTried: (next: SoothingMethod[]) => void;
}

export function SoothingStep({ guidance, status, babyName, tried, onTried }: SoothingStepProps) {
  const { t } = useTranslation();
  const { helpedBefore, suggestions } = guidance.soothing;
  const helpedKeys = new Set(helpedBefore.map((h) => h.suggestion));
  const rest = suggestions.filter((s) => !helpedKeys.has(s.key));
  const methodName = (method: string) =>
    (soothingMethods as readonly string[]).includes(method)
      ? t(`details.soothing.helps.${method as SoothingMethod}`)
      : method;

  // The choices to tick: what helped before, then what is suggested now, then the rest.
  const suggested = suggestions.map((s) => methodOfSuggestion(s.key));
  const first = [...helpedBefore.map((h) => h.method), ...suggested];
  const ordered = [
    ...soothingMethods.filter((m) => first.includes(m)).sort((a, b) => first.indexOf(a) - first.indexOf(b)),
    ...soothingMethods.filter((m) => !first.includes(m)),
  ]
    .filter((m) => m !== "swaddling" || guidance.age.days < SWADDLE_UNTIL_DAYS || tried.includes(m))
    // "Something else" always last.
    .sort((a, b) => Number(a === "other") - Number(b === "other"));

  return (
    <>
      <p>{t("crying.soothing.intro")}</p>
      {status === "offline" || status === "failed" ? (
        <p className="note">{t("crying.soothing.offline", { name: babyName })}</p>
      ) : null}
      {helpedBefore.length ? (
        <section className="crying-group" aria-labelledby="helped-before">
          <h3 id="helped-before">{t("crying.soothing.helpedBefore", { name: babyName })}</h3>
          <ul className="crying-list">
            {helpedBefore.map((h) => (
              <li key={h.method} className="card crying-helped">
                <p>{h.text ?? t("crying.soothing.helpedMethod", { method: methodName(h.method) })}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {rest.length ? (
        <section className="crying-group" aria-labelledby="suggestions">
          <h3 id="suggestions">{t("crying.soothing.suggestions")}</h3>
          <ul className="crying-list">
            {rest.map((s) => (
              <li key={s.key} className="card">
                <p>{s.text}</p>
                <SourcesLine keys={s.sources} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ChipGroup
        legend={t("crying.soothing.tried")}
        hint={t("crying.soothing.triedHint", { name: babyName })}
        chips={ordered.map((m) => ({ value: m, label: methodName(m) }))}
        selected={tried}
        onChange={onTried}
      />
    </>
  );
}
