// What every entry can hold beyond its details: the moments of connection in it, the baby's cues as the
// caregiver saw them, and how connected the caregiver felt. The feeling is private: the server shows it
// only to the caregiver who logged it (src/server/routes/entries.ts), and the hint says so.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { type Cue, cues, type Moment, moments } from "../../../../domain/entries/vocabulary";
import { ChipGroup } from "../../../components/ChipGroup";
import { CueGuideLinks } from "./CueGuideLinks";

export function MomentsField({
  selected,
  onChange,
  legendHidden,
}: {
  selected: readonly Moment[];
  onChange: (next: Moment[]) => void;
  legendHidden?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ChipGroup
      legend={t("details.moments")}
      legendHidden={legendHidden}
      selected={selected}
      onChange={onChange}
      chips={moments.map((m) => ({ value: m, label: t(`moment.${m}`) }))}
    />
  );
}

export function CuesField({
  selected,
  onChange,
  babyName,
}: {
  selected: readonly Cue[];
  onChange: (next: Cue[]) => void;
  babyName: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="cues-field">
      <ChipGroup
        legend={t("cues.legend", { name: babyName })}
        hint={t("cues.hint")}
        selected={selected}
        onChange={onChange}
        chips={cues.map((c) => ({ value: c, label: t(`cues.option.${c}`) }))}
      />
      <CueGuideLinks selected={selected} />
    </div>
  );
}

const levels = [1, 2, 3, 4, 5] as const;

/**
 * 1–5, or nothing: no answer is as fine as any answer. Toggle chips rather than radios, so a second tap
 * takes the answer back (a radio can't be unchosen).
 */
export function FeelingField({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (next: number | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="chip-group" aria-describedby={`${id}-hint`}>
      <legend>{t("feeling.legend")}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {t("feeling.hint")}
      </p>
      <div className="chip-row">
        {levels.map((level) => (
          <button
            key={level}
            type="button"
            className="chip"
            aria-pressed={value === level}
            onClick={() => onChange(value === level ? null : level)}
          >
            {t(`feeling.level.${level}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
