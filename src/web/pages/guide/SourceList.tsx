// Content states its sources (DESIGN.md, principle 2): a numbered list, each as it would be cited, with a
// link that opens in a new tab when the source is online. Links carry no referrer: nothing about the family
// leaves with the click.
import { useTranslation } from "react-i18next";
import { type Source, type SourceKey, sources } from "../../../content/sources";

export function SourceList({ heading, keys }: { heading: string; keys: readonly SourceKey[] }) {
  const { t } = useTranslation();
  if (keys.length === 0) return null;
  return (
    <section className="source-section" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{heading}</h2>
      <ol className="source-list">
        {keys.map((key) => {
          const source: Source = sources[key];
          const { published, url } = source;
          return (
            <li key={key}>
              {source.author} ({source.year}).{" "}
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer" className="source-link">
                  {source.title}
                  <span className="visually-hidden"> {t("guide.opensInNewTab")}</span>
                </a>
              ) : (
                <cite>{source.title}</cite>
              )}
              {published ? `. ${published}.` : "."}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
