// The search form. It edits a draft; searching writes the draft into the address, which drives the results.
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button";
import { Field } from "../../components/Field";
import { SelectField } from "../../components/SelectField";
import { DEFAULT_RADIUS_KM, radiusChoices } from "./distance";
import { type TermFacet, useDirectoryWords } from "./labels";
import { filterLanguages, type SearchKey, type SearchValues, telehealthRegions } from "./searchParams";

const facetFilters: TermFacet[] = ["service", "focus", "credential", "approach", "insurance"];
/** The free-text fields, and the name of their words in the catalogue. */
const textWords = { q: "words", near: "near" } as const;

export function SearchForm({
  initial,
  nearError,
  onSearch,
}: {
  initial: SearchValues;
  /** Why the server could not use the place searched for, shown with the Near field. */
  nearError: string | null;
  onSearch: (v: SearchValues) => void;
}) {
  const { t } = useTranslation();
  const w = useDirectoryWords();
  const [draft, setDraft] = useState<SearchValues>(initial);
  const [locating, setLocating] = useState<"idle" | "busy" | "failed">("idle");
  const set = (key: SearchKey) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  // A free-text field of the draft: its words (label and hint) and its place in the draft.
  const textField = (key: keyof typeof textWords) => ({
    label: t(`directory.search.${textWords[key]}`),
    hint: t(`directory.search.${textWords[key]}Hint`),
    value: draft[key] ?? "",
    onChange: set(key),
  });
  const any = { value: "", label: t("directory.search.any") };
  const filtersOpen = [...facetFilters, "language", "telehealth", "slidingScale", "accepting"].some(
    (k) => initial[k as SearchKey],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft);
  };
  const locate = () => {
    if (!navigator.geolocation) return setLocating("failed");
    setLocating("busy");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const { latitude, longitude } = position.coords;
        setDraft((d) => ({ ...d, near: `${latitude.toFixed(3)},${longitude.toFixed(3)}` }));
        setLocating("idle");
      },
      () => setLocating("failed"),
      { timeout: 10_000, maximumAge: 600_000 },
    );
  };

  return (
    <search>
      <form className="directory-search" onSubmit={submit}>
        <Field {...textField("q")} type="search" maxLength={200} />
        <div className="directory-near">
          <Field
            {...textField("near")}
            autoComplete="postal-code"
            maxLength={100}
            error={locating === "failed" ? t("directory.search.locationFailed") : nearError}
          />
          <Button
            type="button"
            variant="secondary"
            onClick={locate}
            busy={locating === "busy"}
            busyLabel={t("directory.search.locating")}
          >
            {t("directory.search.useLocation")}
          </Button>
        </div>
        {/* Offered in the person's unit (25 miles, or 25 km) and always sent in km, as the API takes it;
            the radius the current search used stays among the choices even when it is not a round one. */}
        <SelectField
          label={t("directory.search.radius")}
          value={draft.radiusKm ?? DEFAULT_RADIUS_KM}
          onChange={set("radiusKm")}
          options={radiusChoices(w.unit, initial.radiusKm ?? DEFAULT_RADIUS_KM).map((c) => ({
            value: c.km,
            label: w.radius(c.amount),
          }))}
        />
        <details className="directory-filters" open={filtersOpen}>
          <summary>{t("directory.search.filters")}</summary>
          {facetFilters.map((facet) => (
            <SelectField
              key={facet}
              label={t(`directory.search.${facet}`)}
              value={draft[facet] ?? ""}
              onChange={set(facet)}
              options={[any, ...w.terms(facet)]}
            />
          ))}
          <SelectField
            label={t("directory.search.language")}
            value={draft.language ?? ""}
            onChange={set("language")}
            options={[any, ...filterLanguages.map((code) => ({ value: code, label: w.language(code) }))]}
          />
          <SelectField
            label={t("directory.search.telehealth")}
            value={draft.telehealth ?? ""}
            onChange={set("telehealth")}
            options={[any, ...telehealthRegions.map((code) => ({ value: code, label: w.region(code) }))]}
          />
          {(["slidingScale", "accepting"] as const).map((key) => (
            <label key={key} className="choice directory-check">
              <input
                type="checkbox"
                checked={draft[key] === "true"}
                onChange={(e) => set(key)(e.target.checked ? "true" : "")}
              />
              <span>{t(`directory.search.${key}`)}</span>
            </label>
          ))}
        </details>
        <div className="directory-actions">
          <Button type="submit">{t("directory.search.submit")}</Button>
          <Button
            type="button"
            variant="quiet"
            onClick={() => {
              setDraft({});
              onSearch({});
            }}
          >
            {t("directory.search.clear")}
          </Button>
        </div>
      </form>
    </search>
  );
}
