// Bonding ideas on Today: the day's idea and "an idea for this moment" (src/server/routes/ideas.ts). The
// server records every pick as shown, so each is asked once and kept, never refetched on a refocus.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Occasion } from "../../domain/guidance/ideas";
import { api } from "./client";
import type { Locale } from "./types";

export interface IdeaView {
  id: string;
  text: string;
  why: string;
  source: { title: string; author: string; year: number | string; url?: string };
  saved: boolean;
  hidden: boolean;
}

interface Pick {
  idea: IdeaView | null;
}

const pickUrl = (babyId: string, lang: Locale, occasion?: Occasion) =>
  `/api/guidance/ideas/pick?babyId=${encodeURIComponent(babyId)}&lang=${lang}${occasion ? `&occasion=${occasion}` : ""}`;

const once = {
  staleTime: Number.POSITIVE_INFINITY,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
  retry: false,
} as const;

export const dailyIdeaKey = (babyId: string, lang: Locale) => ["ideas", "daily", babyId, lang] as const;

/** The day's idea: steady through the family's day, so asking again after a reload gives the same one. */
export function useDailyIdea(babyId: string, lang: Locale, enabled = true) {
  return useQuery({
    queryKey: dailyIdeaKey(babyId, lang),
    queryFn: () => api.get<Pick>(pickUrl(babyId, lang)).then((r) => r.idea),
    enabled,
    ...once,
  });
}

/** One idea for the moment of care just logged (or running), keyed by the entry so it stays put. */
export function useMomentIdea(babyId: string, entryId: string, occasion: Occasion, lang: Locale) {
  return useQuery({
    queryKey: ["ideas", "moment", babyId, entryId, occasion, lang],
    queryFn: () => api.get<Pick>(pickUrl(babyId, lang, occasion)).then((r) => r.idea),
    ...once,
  });
}

export function useMarkIdea(lang: Locale) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...mark }: { id: string; saved?: boolean; hidden?: boolean }) =>
      api.put<IdeaView>(`/api/guidance/ideas/${encodeURIComponent(id)}/mark?lang=${lang}`, mark),
    // The Guide's list of saved ideas reads the same marks.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["ideas", "saved"] }),
  });
}
