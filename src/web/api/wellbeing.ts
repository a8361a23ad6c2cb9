// Well-being check-ins: the instruments, a person's own screenings, and gentle suggestions of when to check in.
// The instruments also ship with the app (src/content/instruments), so a check-in opens and scores offline.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { instruments as bundledInstruments, getInstrument } from "../../content/instruments";
import type { InstrumentDefinition, LocalizedText, SafetyFlagType } from "../../domain/screening/definition";
import type { ParentStage } from "../../domain/screening/fit";
import type { CriteriaResult, ScreeningAnswer } from "../../domain/screening/score";
import { api } from "./client";
import type { ScreeningSharing } from "./screeningSharing";
import { withServedWording } from "./servedWording";

export interface InstrumentSummary {
  id: string;
  name: string;
  shortName: string;
  languages: string[];
  audience: string[];
  available: boolean;
  unavailableReason?: LocalizedText | string | null;
  reflectionOnly: boolean;
  itemCount: number;
}

export type ScreeningSubject = "self" | { babyId: string };

export interface ScreeningFlag {
  type: SafetyFlagType;
  item: string;
}

export interface Screening {
  id: string;
  instrumentId: string;
  total: number;
  subscales: Record<string, number>;
  flags: ScreeningFlag[];
  /** Which counted criteria the answers match (City BiTS): a description of the answers, not a diagnosis. */
  criteria?: CriteriaResult;
  createdAt?: string;
  completedAt?: string;
  subject?: ScreeningSubject | string;
  babyId?: string | null;
  /** Who else sees it; absent from an answer cached before sharing existed. */
  sharing?: ScreeningSharing;
}

function summaryOf(d: InstrumentDefinition): InstrumentSummary {
  return {
    id: d.id,
    name: d.title,
    shortName: d.attune.shortName,
    languages: [...d.attune.languages],
    audience: [...d.attune.audience],
    available: d.attune.available,
    unavailableReason: d.attune.unavailableReason ?? null,
    reflectionOnly: d.attune.reflectionOnly,
    itemCount: d.item.length,
  };
}

const itemsOf = <T>(payload: unknown): T[] => {
  if (Array.isArray(payload)) return payload as T[];
  if (payload && typeof payload === "object") {
    const o = payload as Record<string, unknown>;
    for (const key of ["items", "instruments", "screenings", "suggestions"])
      if (Array.isArray(o[key])) return o[key] as T[];
  }
  return [];
};

/**
 * The server's list (it knows which instruments a deployment supplied wording for: the EPDS, the City
 * BiTS), else the bundled definitions.
 */
export function useInstruments() {
  return useQuery({
    queryKey: ["instruments"],
    queryFn: async () => {
      const bundled = Object.values(bundledInstruments).map(summaryOf);
      try {
        const served = itemsOf<Partial<InstrumentSummary> & { id: string }>(
          await api.get("/api/instruments"),
        );
        if (!served.length) return bundled;
        return bundled.map((b) => {
          const s = served.find((x) => x.id === b.id);
          return s ? { ...b, available: s.available ?? b.available } : b;
        });
      } catch {
        return bundled;
      }
    },
    staleTime: 60 * 60_000,
  });
}

/**
 * A definition: the bundled file when it is offered as shipped; for one shipped without its wording (the
 * EPDS, the City BiTS), the server's words laid over the bundled structure when the server offers it.
 */
export function useInstrument(id: string) {
  return useQuery({
    queryKey: ["instrument", id],
    queryFn: async (): Promise<InstrumentDefinition | null> => {
      const bundled = getInstrument(id) ?? null;
      if (bundled?.attune.available) return bundled;
      if (!bundled) return null;
      try {
        const served = await api.get<unknown>(`/api/instruments/${encodeURIComponent(id)}?lang=en`);
        return withServedWording(bundled, served) ?? bundled;
      } catch {
        // Offline, or the server does not offer it (409): the bundled file says it is unavailable.
        return bundled;
      }
    },
    staleTime: 60 * 60_000,
  });
}

export const screeningsKey = ["screenings"] as const;

export function useScreenings() {
  return useQuery({
    queryKey: screeningsKey,
    queryFn: async () => itemsOf<Screening>(await api.get("/api/screenings")),
  });
}

export function useScreening(id: string) {
  return useQuery({
    queryKey: ["screening", id],
    queryFn: async () => {
      const payload = await api.get<Screening | { screening: Screening }>(
        `/api/screenings/${encodeURIComponent(id)}`,
      );
      return "screening" in payload ? payload.screening : payload;
    },
  });
}

export interface SubmitScreening {
  instrumentId: string;
  subject: ScreeningSubject;
  lang: string;
  answers: ScreeningAnswer[];
  /** Made once on the phone for this check-in, so sending it again stores it once. */
  clientId?: string;
  /** ISO time it was finished, for one that waited on this phone. */
  completedAt?: string;
}

export function useSubmitScreening() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitScreening) => api.post<Screening>("/api/screenings", body),
    onSuccess: (screening) => {
      queryClient.setQueryData(["screening", screening.id], screening);
      void queryClient.invalidateQueries({ queryKey: screeningsKey });
    },
  });
}

export interface Suggestion {
  key: string;
  instrumentId: string;
  from: string;
  until: string;
  status: "due" | "upcoming";
  /** The baby it was suggested around. */
  babyId?: string;
}

export interface Suggestions {
  /** The person's choice: false means show no reminders. */
  reminders: boolean;
  /** One per questionnaire, around every baby in every family the person belongs to. */
  items: Suggestion[];
  /** Where the person is, from those babies: which questionnaires fit (src/domain/screening/fit.ts). */
  stage: ParentStage;
}

/** "screening-suggestions" is also what src/web/app/CheckInSync.tsx refreshes once queued check-ins are sent. */
export const suggestionsKey = ["screening-suggestions"] as const;

/** Suggested check-ins and the person's stage, worked out by the server over all their families at once. */
export function useSuggestions() {
  return useQuery({
    queryKey: [...suggestionsKey, "mine"],
    queryFn: () => api.get<Suggestions>("/api/screenings/suggestions/mine"),
    retry: false,
  });
}
