// Several of a long list (languages, video regions) picked by name: a search box over native checkboxes.
// With the box empty, a short list of likely picks and everything already chosen; typing narrows the whole
// list by name, in any language the list knows, or by code. Enter ticks the first match, so the box never
// sends the form. A ticked box stays where it is until the search changes, so focus never jumps.
import { type KeyboardEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { findOptions, type PickOption } from "./pickLists";

/** Enough to see a search is finding the right thing; more is a sign to keep typing. */
const SHOWN_MATCHES = 12;

export function CodePicker({
  legend,
  hint,
  searchLabel,
  options,
  suggested,
  chosen,
  onChange,
  error,
}: {
  legend: string;
  hint: string;
  searchLabel: string;
  options: readonly PickOption[];
  /** Codes shown while nothing is typed, before any chosen ones not among them. */
  suggested: readonly string[];
  chosen: readonly string[];
  onChange: (codes: string[]) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState("");
  const [announce, setAnnounce] = useState("");
  // Chosen outside the suggestions, kept listed once shown so unticking one does not make it vanish under
  // the pointer (or the keyboard focus) until the search changes.
  const [kept, setKept] = useState<string[]>(() => chosen.filter((c) => !suggested.includes(c)));
  const byCode = new Map(options.map((o) => [o.code, o]));
  const optionOf = (code: string): PickOption => byCode.get(code) ?? { code, name: code, words: [code] };
  const nameOf = (code: string) => optionOf(code).name;

  const found = findOptions(options, query, SHOWN_MATCHES);
  const listed = query.trim() ? found.shown : [...new Set([...suggested, ...kept, ...chosen])].map(optionOf);

  const toggle = (code: string, on: boolean) => {
    if (on && !suggested.includes(code) && !kept.includes(code)) setKept((k) => [...k, code]);
    onChange(on ? [...chosen.filter((c) => c !== code), code] : chosen.filter((c) => c !== code));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const first = found.shown.find((o) => !chosen.includes(o.code));
    if (!first) return;
    toggle(first.code, true);
    setQuery("");
    setAnnounce(t("directory.picker.added", { name: first.name }));
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const status = query.trim()
    ? found.total === 0
      ? t("directory.picker.noMatches", { query: query.trim() })
      : found.total > found.shown.length
        ? t("directory.picker.someMatches", { shown: found.shown.length, count: found.total })
        : t("directory.picker.matches", { count: found.total })
    : announce;
  return (
    <fieldset
      className={error ? "code-picker has-error" : "code-picker"}
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
    >
      <legend>{legend}</legend>
      <p className="field-hint" id={hintId}>
        {hint}
      </p>
      <p className="code-picker-chosen">
        {chosen.length
          ? t("directory.picker.chosen", { list: chosen.map(nameOf).join(", ") })
          : t("directory.picker.noneChosen")}
      </p>
      <div className="field">
        <label htmlFor={`${id}-search`}>{searchLabel}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => {
            setQuery(e.target.value);
            setAnnounce("");
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className="field-hint code-picker-status" role="status">
        {status}
      </p>
      {listed.length ? (
        <ul className="code-picker-list">
          {listed.map((o) => (
            <li key={o.code}>
              <label className="choice directory-check">
                <input
                  type="checkbox"
                  checked={chosen.includes(o.code)}
                  onChange={(e) => toggle(o.code, e.target.checked)}
                />
                <span>{o.name}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
