// Measurements: growth (weight in the person's unit, length and head in cm) and temperature (°C, or °F
// by a toggle this device remembers; there is no account preference for it). Stored metric.
import { useTranslation } from "react-i18next";
import { ChoiceGroup } from "../../../components/ChoiceGroup";
import { Field } from "../../../components/Field";
import { SelectField } from "../../../components/SelectField";
import {
  formatNumber,
  formatWithUnit,
  parseDecimal,
  type TemperatureUnit,
  temperatureIn,
  temperatureToCelsius,
  type Units,
  unitSymbol,
  weightIn,
  weightToKg,
} from "../../../log/units";
import {
  type DetailSpec,
  type NumberDraft,
  numberDraft,
  oneOf,
  Reader,
  readNumber,
  typed,
  useProblemText,
} from "./form";

interface GrowthDraft {
  weight: NumberDraft;
  length: NumberDraft;
  head: NumberDraft;
}

/** The schema's 0.3–40 kg, and about the same in pounds (0.7 lb is 0.32 kg; 88 lb is 39.9 kg). */
const weightRange = (units: Units) =>
  units.weight === "lb"
    ? { min: 0.7, max: 88, unit: "lb" as const }
    : { min: 0.3, max: 40, unit: "kg" as const };

export const growthSpec: DetailSpec<GrowthDraft> = {
  toDraft: (d, units) => ({
    weight: numberDraft(d.weightKg, units.weight, units.locale, (kg) => weightIn(kg, units.weight)),
    length: numberDraft(d.lengthCm, "cm", units.locale),
    head: numberDraft(d.headCm, "cm", units.locale),
  }),
  toDetails(draft, units) {
    const read = new Reader<GrowthDraft>();
    const details = {
      weightKg: read.take(
        "weight",
        readNumber(draft.weight, weightRange(units), units.locale, (n) => weightToKg(n, units.weight)),
      ),
      lengthCm: read.take(
        "length",
        readNumber(draft.length, { min: 20, max: 130, unit: "cm" }, units.locale),
      ),
      headCm: read.take("head", readNumber(draft.head, { min: 15, max: 65, unit: "cm" }, units.locale)),
    };
    const empty = [draft.weight, draft.length, draft.head].every((d) => d.text.trim() === "");
    if (empty) read.fail("weight", { key: "atLeastOne" });
    return read.result(details);
  },
  Fields({ draft, set, problems, units }) {
    const { t } = useTranslation();
    const problem = useProblemText();
    return (
      <>
        <p className="field-hint">{t("details.growth.hint")}</p>
        <Field
          label={t("details.growth.weight", { unit: unitSymbol(units.weight) })}
          inputMode="decimal"
          value={draft.weight.text}
          onChange={(text) => set({ weight: typed(draft.weight, text) })}
          error={problem(problems.weight)}
        />
        <Field
          label={t("details.growth.length")}
          inputMode="decimal"
          value={draft.length.text}
          onChange={(text) => set({ length: typed(draft.length, text) })}
          error={problem(problems.length)}
        />
        <Field
          label={t("details.growth.head")}
          inputMode="decimal"
          value={draft.head.text}
          onChange={(text) => set({ head: typed(draft.head, text) })}
          error={problem(problems.head)}
        />
      </>
    );
  },
};

const methods = ["rectal", "armpit", "ear", "forehead", "oral"] as const;
const UNIT_KEY = "attune.temperatureUnit";
/** The schema's 30–45 °C, which is 86–113 °F. */
const temperatureRange = { c: { min: 30, max: 45, unit: "c" }, f: { min: 86, max: 113, unit: "f" } } as const;
/** Fever threshold for babies (NHS "Fever in children"; AAP): under 3 months, 38 °C or more needs a doctor. */
const FEVER_C = 38;

function rememberedUnit(): TemperatureUnit {
  try {
    return localStorage.getItem(UNIT_KEY) === "f" ? "f" : "c";
  } catch {
    return "c";
  }
}

interface TemperatureDraft {
  value: NumberDraft;
  unit: TemperatureUnit;
  method: (typeof methods)[number] | "";
}

export const temperatureSpec: DetailSpec<TemperatureDraft> = {
  toDraft(d, units) {
    const unit = rememberedUnit();
    return {
      value: numberDraft(d.celsius, unit, units.locale, (c) => temperatureIn(c, unit)),
      unit,
      method: oneOf(d.method, methods),
    };
  },
  toDetails(draft, units) {
    const read = new Reader<TemperatureDraft>();
    const celsius = read.take(
      "value",
      readNumber(draft.value, temperatureRange[draft.unit], units.locale, (n) =>
        temperatureToCelsius(n, draft.unit),
      ),
    );
    if (celsius === undefined && !read.problems.value) read.fail("value", { key: "temperature" });
    return read.result({ celsius, method: draft.method || undefined });
  },
  Fields({ draft, set, problems, units }) {
    const { t } = useTranslation();
    const problem = useProblemText();
    const typedValue = parseDecimal(draft.value.text);
    const celsius =
      draft.value.stored !== undefined && draft.value.text === draft.value.shown
        ? draft.value.stored
        : typedValue !== null && !Number.isNaN(typedValue)
          ? temperatureToCelsius(typedValue, draft.unit)
          : null;
    const other: TemperatureUnit = draft.unit === "c" ? "f" : "c";
    const inRange = celsius !== null && celsius >= 30 && celsius <= 45;

    function switchUnit(unit: TemperatureUnit) {
      try {
        localStorage.setItem(UNIT_KEY, unit);
      } catch {
        // No storage: the choice lasts for this form.
      }
      // What is typed is converted, so 37.8 °C becomes 100.0 °F rather than an impossible 37.8 °F.
      if (celsius === null) return set({ unit });
      const text = formatNumber(temperatureIn(celsius, unit), unit, units.locale);
      const untouched = draft.value.text === draft.value.shown;
      set({ unit, value: { text, shown: untouched ? text : draft.value.shown, stored: draft.value.stored } });
    }

    return (
      <>
        <Field
          label={t("details.temperature.value", { unit: unitSymbol(draft.unit) })}
          inputMode="decimal"
          value={draft.value.text}
          onChange={(text) => set({ value: typed(draft.value, text) })}
          error={problem(problems.value)}
        />
        {inRange && celsius !== null ? (
          <p className="field-hint unit-equivalent">
            {t("details.temperature.equals", {
              value: formatWithUnit(temperatureIn(celsius, other), other, units.locale),
            })}
          </p>
        ) : null}
        <ChoiceGroup
          inline
          legend={t("details.temperature.unit")}
          value={draft.unit}
          onChange={switchUnit}
          choices={[
            { value: "c", label: "°C" },
            { value: "f", label: "°F" },
          ]}
        />
        <SelectField
          label={t("details.temperature.method")}
          value={draft.method}
          onChange={(method) => set({ method })}
          options={[
            { value: "", label: t("details.notSaid") },
            ...methods.map((m) => ({ value: m, label: t(`details.temperature.methods.${m}`) })),
          ]}
        />
        {inRange && celsius !== null && celsius >= FEVER_C ? (
          <p className="safety-note">{t("details.temperature.fever")}</p>
        ) : null}
      </>
    );
  },
};
