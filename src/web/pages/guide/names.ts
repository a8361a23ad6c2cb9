// The log's own words for entry types and moments (from the log catalogue, loaded with the log screens),
// for values that arrive from the server as plain strings.
import { useTranslation } from "react-i18next";
import { type EntryType, entryTypes, type Moment, moments } from "../../../domain/entries/vocabulary";

export function useLogNames() {
  const { t } = useTranslation();
  return {
    type: (type: string) =>
      (entryTypes as readonly string[]).includes(type) ? t(`entryType.${type as EntryType}`) : type,
    moment: (moment: string) =>
      (moments as readonly string[]).includes(moment) ? t(`moment.${moment as Moment}`) : moment,
  };
}
