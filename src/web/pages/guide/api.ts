// What the Guide pages read from the server: the week's reflection, the visit summary and bonding ideas.
// Facts come from the family's log on the server (computed there, in the family's time zone).
import { useMutation, usePrefetchQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import type { VisitCheckIn, VisitSummary } from "../../../contract/case-reads";
import { api } from "../../api/client";

export interface UsualRange {
  low: number;
  high: number;
  /** Who says so, e.g. "National Sleep Foundation 2015". */
  source: string;
}

export interface Reflection {
  from: string;
  to: string;
  timeZone: string;
  ageDays: number | null;
  /** `complete`: the day has ended in the family's time zone (today never has). */
  days: { date: string; sleepMinutes: number; feeds: number; diapers: number; complete: boolean }[];
  /** The week's ended days from the first day anything was logged: what the averages draw on. */
  fullDays: number;
  /** Ordered by the moments of connection they carried; routines with none are left out. */
  routines: { type: string; logged: number; withMoments: number; moments: Record<string, number> }[];
  /** `days`: the full days that kind of care was logged on; the average is over those. */
  sleep: { averageHours: number | null; days: number; range: UsualRange | null };
  feeds: { averagePerDay: number | null; days: number; range: UsualRange | null };
}

/** The visit summary's shape is the contract's; type-only here, to keep zod out of the guide's pages. */
export type { VisitCheckIn, VisitSummary };

export interface Idea {
  id: string;
  text: string;
  why: string;
  source: {
    key: string;
    title: string;
    author: string;
    year: number | string;
    published?: string;
    url?: string;
  };
  saved: boolean;
  hidden: boolean;
  ageBands: string[];
  occasions: string[];
}

export const reflectionKey = (babyId: string, from: string | null) => ["reflection", babyId, from] as const;
export const visitKey = (babyId: string, days: 7 | 14) => ["visit-summary", babyId, days] as const;
const ideasKey = ["ideas"] as const;
const savedIdeasKey = (lang: string) => [...ideasKey, "saved", lang] as const;

/** A week of the log; `from` null means the seven days ending today. */
export function useReflection(babyId: string, from: string | null) {
  const week = {
    queryKey: reflectionKey(babyId, from),
    queryFn: () =>
      api.get<Reflection>(
        `/api/babies/${babyId}/reflection${from ? `?from=${encodeURIComponent(from)}` : ""}`,
      ),
  };
  // Asked for as the page starts to render, not once all of it has been drawn: the week is what the page is
  // for, and on a slow phone those are a few hundred milliseconds.
  usePrefetchQuery(week);
  return useQuery({
    ...week,
    // Keep showing the week (and its previous/next links, which may hold focus) while the next one loads;
    // never another baby's week, though.
    placeholderData: (previous, query) => (query?.queryKey[1] === babyId ? previous : undefined),
  });
}

/** `lang` is for the check-ins' band labels, so they are in the language on screen. */
export function useVisitSummary(babyId: string, days: 7 | 14, lang: string) {
  return useQuery({
    queryKey: [...visitKey(babyId, days), lang],
    queryFn: () => api.get<VisitSummary>(`/api/babies/${babyId}/visit-summary?days=${days}&lang=${lang}`),
  });
}

export function useSavedIdeas(lang: string) {
  return useQuery({
    queryKey: savedIdeasKey(lang),
    queryFn: () =>
      api.get<{ items: Idea[] }>(`/api/guidance/ideas?saved=true&lang=${lang}`).then((r) => r.items),
  });
}

/**
 * One idea to try next week. The server records each pick as shown (so the next one is fresh), hence
 * asked once per visit to the page rather than on every refocus.
 */
export function useIdeaToTry(babyId: string, lang: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...ideasKey, "pick", babyId, lang],
    queryFn: () =>
      api
        .get<{ idea: Idea | null }>(
          `/api/guidance/ideas/pick?babyId=${encodeURIComponent(babyId)}&occasion=any_time&lang=${lang}`,
        )
        .then((r) => r.idea),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

/** Save or unsave an idea; the saved list is asked again afterwards. */
export function useMarkIdea(lang: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, saved }: { id: string; saved: boolean }) =>
      api.put<Idea>(`/api/guidance/ideas/${encodeURIComponent(id)}/mark?lang=${lang}`, { saved }),
    // Both languages' lists: the marks are the same whichever language they are read in.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...ideasKey, "saved"] }),
  });
}
