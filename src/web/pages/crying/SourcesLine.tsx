// Content states its sources (DESIGN.md, principle 2): one line of small print under what they back.
import { useTranslation } from "react-i18next";
import { type SourceKey, sources } from "../../../content/sources";

const isSourceKey = (key: string): key is SourceKey => key in sources;

export function SourcesLine({ keys }: { keys: readonly string[] }) {
  const { t } = useTranslation();
  const cited = keys.filter(isSourceKey).map((key) => `${sources[key].title} (${sources[key].author})`);
  if (cited.length === 0) return null;
  return <p className="crying-sources">{t("crying.sources", { list: cited.join("; ") })}</p>;
}
