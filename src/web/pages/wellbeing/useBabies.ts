// The babies of the family this person last chose (or their first family): born babies for "about a baby"
// check-ins, and every baby, expected ones too, for suggestions of when to check in (the pregnancy
// reflections are suggested from an expected baby's due date).
import { LOG_CHOICES } from "../../api/account";
import { useFamilies, useFamily } from "../../api/families";

export function useFamilyBabies() {
  const families = useFamilies().data ?? [];
  let chosen: string | null = null;
  try {
    chosen = localStorage.getItem(LOG_CHOICES.family);
  } catch {
    chosen = null;
  }
  const familyId = families.find((f) => f.id === chosen)?.id ?? families[0]?.id;
  return useFamily(familyId).data?.babies ?? [];
}

export function useBabies() {
  return useFamilyBabies().filter((b) => b.status === "born");
}
