/**
 * "Find support" opens the directory already narrowed: the focus that fits the check-in, and providers
 * who see people by video in the family's region (the person can add a place for in-person help there).
 * Without a check-in (a questionnaire not offered here), the focus is mood and anxiety around a baby.
 */
export function supportSearch(instrumentId: string | null, region: string): string {
  const focus =
    instrumentId === "pbq"
      ? "dyadic_infant_mental_health"
      : instrumentId === "citybits"
        ? "birth_trauma"
        : "perinatal_mood_anxiety";
  const params = new URLSearchParams({ focus });
  if (region === "US" || region === "GB") params.set("telehealth", region);
  return `/directory?${params.toString()}`;
}
