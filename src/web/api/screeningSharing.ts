// Who sees a check-in result: the person who answered chooses, one result at a time. The result's page, the
// list of results and the visit summary all show the choice, so all three are brought up to date.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "./client";

export interface ScreeningSharing {
  /** Shown in my visit summary. */
  visitSummary: boolean;
  /** A clinician my family shares with may see it (nothing is shared until the family shares). */
  clinicians: boolean;
}

export const notShared: ScreeningSharing = { visitSummary: false, clinicians: false };

export function useShareScreening(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Partial<ScreeningSharing>) =>
      api.patch<{ id: string; sharing: ScreeningSharing }>(`/api/screenings/${encodeURIComponent(id)}`, {
        sharing: change,
      }),
    onSuccess: (screening) => {
      // Keep the rest of the result as it was (its answers and crisis lines come only with the full read).
      queryClient.setQueryData<Record<string, unknown>>(["screening", id], (old) =>
        old ? { ...old, sharing: screening.sharing } : old,
      );
      void queryClient.invalidateQueries({ queryKey: ["screenings"] });
      void queryClient.invalidateQueries({ queryKey: ["visit-summary"] });
    },
  });
}
