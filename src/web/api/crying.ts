// "My baby is crying" as the server answers it (src/contract/crying.ts): warning signs first, the likely
// reasons ranked from the log, ways to soothe, words for the caregiver and the region's numbers.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { HelpRegion } from "../../content/help/emergency.js";
import type { CryingReply } from "../../contract/crying.js";
import { api } from "./client.js";
import type { Locale } from "./types.js";

export type {
  CryingWhy as Why,
  HelpedBeforeView,
  HelpNumbers,
  ReasonView,
  RedFlagView,
  SuggestionView,
} from "../../contract/crying.js";
/** The reply's type only: the helper must open offline and light, so zod is not loaded to check it. */
export type CryingGuidanceView = CryingReply;

/**
 * Asked once when the helper opens (and again only for another language or region): the ranking must not
 * reshuffle under a parent who is halfway through the steps.
 */
export function useCryingGuidance(babyId: string, lang: Locale, region: HelpRegion) {
  return useQuery({
    queryKey: ["crying-guidance", babyId, lang, region],
    queryFn: () =>
      api.get<CryingGuidanceView>(
        `/api/guidance/crying?babyId=${encodeURIComponent(babyId)}&lang=${lang}&region=${region}`,
      ),
    // Another region or language keeps the last answer on screen until the new one arrives.
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60_000,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
