// When this phone's clock differs from the family's (a trip, a grandparent abroad), say once which clock the
// times on these screens follow, so a 3:10 feed is never mistaken for this phone's 3:10.
import { useTranslation } from "react-i18next";
import { browserTimeZone } from "../../api/families";
import { useLogContext } from "../../log/LogContext";
import { sameClock } from "../../log/time";
import { zoneName } from "../family/timeZones";

export function ZoneNote() {
  const { t } = useTranslation();
  const { family } = useLogContext();
  if (sameClock(browserTimeZone(), family.timeZone)) return null;
  return <p className="note zone-note">{t("family.zoneNote", { zone: zoneName(family.timeZone) })}</p>;
}
