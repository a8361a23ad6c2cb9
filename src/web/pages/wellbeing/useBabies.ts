// The babies of the family this person last chose (or their first family): for "about a baby" check-ins
// and for suggestions of when to check in.
import { LOG_CHOICES } from "../../api/account";
import { useFamilies, useFamily } from "../../api/families";

export function useBabies() {
  const families = useFamilies().data ?? [];
  let chosen: string | null = null;
  try {
    chosen = localStorage.getItem(LOG_CHOICES.family);
  } catch {
    chosen = null;
  }
  const familyId = families.find((f) => f.id === chosen)?.id ?? families[0]?.id;
  return (useFamily(familyId).data?.babies ?? []).filter((b) => b.status === "born");
}
