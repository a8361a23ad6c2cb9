// A region's help lines as big tap-to-call and tap-to-text links: the crisis line first, then the emergency
// number, then the rest. Bundled with the app, so it works offline.
import { useTranslation } from "react-i18next";
import { currentLocale } from "../i18n";
import { dialable, type HelpLine, type HelpRegion, helpLinesFor } from "./lines";

function smsHref(line: NonNullable<HelpLine["text"]>) {
  const body = line.body ? `?body=${encodeURIComponent(line.body)}` : "";
  return `sms:${dialable(line.number)}${body}`;
}

export function HelpLines({ region, headingLevel = 3 }: { region: HelpRegion; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const lines = helpLinesFor(region);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="help-lines">
      {lines.map((line) => (
        <li key={line.key} className={`help-line is-${line.kind}`}>
          <p className="help-line-kind">{t(`help.kind.${line.kind}`)}</p>
          <Heading className="help-line-name">
            {line.kind === "emergency" ? t("help.emergencyName", { number: line.name }) : line.name}
          </Heading>
          <div className="help-line-actions">
            {line.call ? (
              <a className="button button-primary help-call" href={`tel:${dialable(line.call)}`}>
                {t("help.call", { number: line.call })}
              </a>
            ) : null}
            {line.text ? (
              <a className="button button-secondary help-text" href={smsHref(line.text)}>
                {line.text.body
                  ? t("help.textWith", { number: line.text.number, body: line.text.body })
                  : t("help.text", { number: line.text.number })}
              </a>
            ) : null}
          </div>
          {line.note[lang] ? <p className="help-line-note">{line.note[lang]}</p> : null}
          <p className="help-line-meta">
            {[
              t(`help.hoursValue.${line.hours === "24/7" ? "always" : "limited"}`),
              line.languages.length
                ? t("help.languages", {
                    languages: line.languages
                      .map((l) => t(`help.language.${l === "es" ? "es" : "en"}`))
                      .join(", "),
                  })
                : "",
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </li>
      ))}
    </ul>
  );
}
