// A searchable time zone picker: a search box narrows a plain <select> (hundreds of zones are too many to
// scroll on a phone), and this phone's own zone is one tap away.
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button";
import { FilterField } from "../../components/FilterField";
import { SelectField } from "../../components/SelectField";
import { knownZones, matching, zoneChoices, zoneName } from "./timeZones";

export function TimeZoneField({
  value,
  onChange,
  suggested,
}: {
  value: string;
  onChange: (zone: string) => void;
  /** This phone's zone, offered as a shortcut. */
  suggested: string;
}) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState("");
  // Hundreds of formatters: built once per language, not on every keystroke.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the zones to keep only matter on first build
  const choices = useMemo(() => zoneChoices(knownZones([value, suggested]), i18n.language), [i18n.language]);
  const found = matching(choices, query);
  // The chosen zone always stays in the list, so the select never shows a value that isn't there.
  const current = choices.find((c) => c.zone === value) ?? zoneChoices([value], i18n.language)[0];
  const shown = !current || found.some((c) => c.zone === value) ? found : [current, ...found];

  return (
    <div className="stack zone-field">
      <FilterField
        value={query}
        onChange={setQuery}
        label={t("settingsFamily.search")}
        hint={t("settingsFamily.searchHint")}
        // Zone names are places and codes, not words to correct.
        spellCheck={false}
      />
      <p className="field-hint" role="status">
        {query.trim() && found.length === 0 ? t("settingsFamily.noMatch", { query: query.trim() }) : ""}
      </p>
      <SelectField
        label={t("settingsFamily.timeZone")}
        value={value}
        onChange={onChange}
        options={shown.map((c) => ({ value: c.zone, label: c.label }))}
      />
      {suggested !== value ? (
        <Button variant="secondary" onClick={() => onChange(suggested)}>
          {t("settingsFamily.usePhone", { zone: zoneName(suggested) })}
        </Button>
      ) : null}
    </div>
  );
}
