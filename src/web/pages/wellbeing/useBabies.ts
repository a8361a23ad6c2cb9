// The babies of the family this person last chose (or their first family), as this phone remembers them:
// born babies for "about a baby" check-ins, and every baby, expected ones too, for the person's stage when
// the server cannot be asked (useStage.ts). Suggestions come from the server, over every family.

import { useFamilies, useFamily } from "../../api/families";
import { LOG_CHOICES } from "../../api/storedKeys";

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
