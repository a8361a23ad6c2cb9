// "My baby is crying" as the server answers it (src/server/routes/guidance.ts): warning signs first, the
// likely reasons ranked from the log, ways to soothe, words for the caregiver and the region's numbers.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { HelpRegion } from "../../content/help/emergency.js";
import { api } from "./client.js";
import type { Locale } from "./types.js";

/** Why a reason ranks where it does, as a code and numbers the web phrases in the reader's language. */
export interface Why {
  code: string;
  values: Record<string, number>;
}

export interface RedFlagView {
  key: string;
  text: string;
  action: "emergency" | "call_doctor";
  /** Raised by the log itself (a logged fever): shown first, in an alert. */
  urgent: boolean;
  /** The emergency number, or for call_doctor the region's advice line; null means "your own doctor". */
  phone: string | null;
  why: Why | null;
  whyText: string | null;
  sources: string[];
}

export interface ReasonView {
  key: string;
  rank: number;
  title: string;
  why: Why;
  whyText: string;
  sources: string[];
}

export interface HelpedBeforeView {
  method: string;
  count: number;
  lastAt: string;
  suggestion: string | null;
  text: string | null;
}

export interface SuggestionView {
  key: string;
  text: string;
  forReasons: string[];
  helpedBefore: number;
  sources: string[];
}

export interface HelpNumbers {
  region: HelpRegion;
  emergency: string;
  alsoEmergency: string[];
  nonUrgentMedical: { number: string; name: string; note: string | null } | null;
}

export interface CryingGuidanceView {
  lang: Locale;
  region: HelpRegion;
  age: { days: number; correctedDays: number; estimated: boolean };
  redFlags: RedFlagView[];
  reasons: ReasonView[];
  soothing: { helpedBefore: HelpedBeforeView[]; suggestions: SuggestionView[] };
  forCaregiver: { key: string; text: string; sources: string[] }[];
  help: HelpNumbers;
}

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
