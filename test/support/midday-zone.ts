/**
 * A fixed-offset time zone where it is about midday now. Tests that log care "an hour ago" and expect it on
 * today's page use it for the family (and the browser), so a run just after midnight does not put the care on
 * yesterday. (IANA's Etc/GMT names count the other way: Etc/GMT-5 is five hours ahead of UTC.)
 */
export function middayZone(now = new Date()): string {
  const offset = 12 - now.getUTCHours(); // from −11 to +12 hours
  return offset === 0 ? "UTC" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
}
