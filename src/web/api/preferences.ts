// Changing a preference applies it on this device at once, then saves it to the account when signed in.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { applyLocale } from "../i18n";
import { applyTheme } from "../theme/theme";
import { meKey } from "./account";
import { api } from "./client";
import type { Me, Preferences } from "./types";

export type PreferencesPatch = Partial<Preferences>;

export function applyOnThisDevice(patch: PreferencesPatch): void {
  if (patch.locale) applyLocale(patch.locale);
  if (patch.theme) applyTheme(patch.theme);
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["preferences"],
    mutationFn: (patch: PreferencesPatch) =>
      api.patch<{ preferences: Preferences }>("/api/me/preferences", patch),
    onMutate: async (patch) => {
      applyOnThisDevice(patch);
      await queryClient.cancelQueries({ queryKey: meKey });
      queryClient.setQueryData<Me | null>(meKey, (me) =>
        me ? { ...me, preferences: { ...me.preferences, ...patch } } : me,
      );
    },
    onSuccess: ({ preferences }) => {
      queryClient.setQueryData<Me | null>(meKey, (me) => (me ? { ...me, preferences } : me));
    },
    // No manual rollback: re-reading the account restores what was really saved when the server is
    // reachable, and while offline the person keeps the choice they just made on this device.
    onError: () => queryClient.invalidateQueries({ queryKey: meKey }),
  });
}

/** For controls that exist signed in and signed out (language, quick theme toggle). */
export function useChangePreferences() {
  const queryClient = useQueryClient();
  const update = useUpdatePreferences();
  return (patch: PreferencesPatch) => {
    const signedIn = Boolean(queryClient.getQueryData<Me | null>(meKey));
    if (signedIn) update.mutate(patch);
    else applyOnThisDevice(patch);
  };
}
