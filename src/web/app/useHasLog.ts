// Whether the family log has anything to show yet: a family with at least one baby. Until then the log's
// navigation (Today, Week, History, Family) would only lead back to onboarding, so the header leaves it out.
import { useMe } from "../api/account";
import { useFamily } from "../api/families";
import { useChosenFamily } from "../log/familyChoice";

export function useHasLog(): boolean {
  // Signed out (or not known yet), there are no families to ask for: the bootstrap reply brings them.
  const { summary } = useChosenFamily({ enabled: Boolean(useMe().data) });
  const family = useFamily(summary?.id);
  return (family.data?.babies.length ?? 0) > 0;
}
