// What a thought record is, in a few kind words with their sources (src/content/thought-records.ts), and a
// way to help for a thought that is about harm. Open by itself until the first record is written.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { thoughtRecordGuide, thoughtRecordSources } from "../../../content/thought-records";
import { currentLocale } from "../../i18n";

export function AboutThoughtRecords({ open }: { open: boolean }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const guide = thoughtRecordGuide;
  return (
    <details className="card thought-about" open={open || undefined}>
      <summary>{guide.heading[lang]}</summary>
      <div className="stack">
        {guide.paragraphs.map((paragraph) => (
          <p key={paragraph.en}>{paragraph[lang]}</p>
        ))}
        <div className="note stack">
          <p>{guide.safety[lang]}</p>
          <Link to="/help" className="button button-secondary">
            {t("thoughts.getHelp")}
          </Link>
        </div>
        <h3 id="thought-sources-heading">{t("thoughts.sources")}</h3>
        <ol className="thought-sources" aria-labelledby="thought-sources-heading">
          {guide.sources.map((key) => {
            const source = thoughtRecordSources[key];
            return (
              <li key={key}>
                {source.author} ({source.year}). <cite>{source.title}</cite>. {source.published}.
              </li>
            );
          })}
        </ol>
      </div>
    </details>
  );
}
