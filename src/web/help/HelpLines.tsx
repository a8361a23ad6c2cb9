// A region's help lines as big tap-to-call and tap-to-text links: the crisis line first, then the emergency
// number, then the rest. Bundled with the app, so it works offline.
import { useTranslation } from "react-i18next";
import { currentLocale } from "../i18n";
import { dialable, type HelpLineKind, type HelpRegion, helpLinesFor, type TextOption } from "./lines";

const languageKey = (code: string) => (code === "es" || code === "fr" ? code : "en");
const siteName = (url: string) => new URL(url).hostname.replace(/^www\./, "");

export function smsHref(line: TextOption) {
  const body = line.body ? `?body=${encodeURIComponent(line.body)}` : "";
  return `sms:${dialable(line.number)}${body}`;
}

interface HelpLinesProps {
  region: HelpRegion;
  headingLevel?: 2 | 3;
  /** Only these kinds, in this order (the harm-to-baby panel puts the emergency number first). Default: all. */
  kinds?: readonly HelpLineKind[];
}

export function HelpLines({ region, headingLevel = 3, kinds }: HelpLinesProps) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const all = helpLinesFor(region);
  const lines = kinds ? kinds.flatMap((kind) => all.filter((line) => line.kind === kind)) : all;
  if (lines.length === 0) return null;
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
            {[...(line.text ? [line.text] : []), ...(line.moreTexts ?? [])].map((text) => (
              <a
                key={`${text.number}-${text.body ?? ""}`}
                className="button button-secondary help-text"
                href={smsHref(text)}
                {...(text.languages?.[0] ? { lang: text.languages[0] } : {})}
              >
                {text.body
                  ? t(text.languages?.[0] === "es" ? "help.textWithSpanish" : "help.textWith", {
                      number: text.number,
                      body: text.body,
                    })
                  : t("help.text", { number: text.number })}
              </a>
            ))}
          </div>
          {line.note[lang] ? <p className="help-line-note">{line.note[lang]}</p> : null}
          {line.url ? (
            <p className="help-line-site">
              <a href={line.url} rel="noopener noreferrer" target="_blank">
                {t("help.website", { site: siteName(line.url) })}
              </a>
            </p>
          ) : null}
          <p className="help-line-meta">
            {[
              t(`help.hoursValue.${line.hours === "24/7" ? "always" : "limited"}`),
              line.languages.length
                ? t("help.languages", {
                    languages: line.languages.map((l) => t(`help.language.${languageKey(l)}`)).join(", "),
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
