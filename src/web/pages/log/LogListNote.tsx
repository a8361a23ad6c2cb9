// What a list of the log says above its entries: that nothing is logged only once this phone can be trusted
// to know (useLogKnown), and until then that the log is still loading, so an empty list on a new device never
// reads as "nothing logged".
import { useTranslation } from "react-i18next";

export function LogListNote({
  entries,
  known,
  empty,
}: {
  /** The entries read so far; undefined while the first read runs. */
  entries: readonly unknown[] | undefined;
  known: boolean;
  /** The list's own "nothing here" sentence. */
  empty: string;
}) {
  const { t } = useTranslation();
  if (entries && entries.length === 0 && known) return <p className="note">{empty}</p>;
  if (!entries || entries.length === 0)
    return (
      <p className="loading" role="status">
        {t("loadingLog")}
      </p>
    );
  return null;
}
