// What the family shares for its clinician to read in the case file: check-in results over time, the thought
// records each author shared, and the visit summary for one baby. Read-only, clinician side. Types mirror
// src/server/routes/case-{screenings,thought-records,visit-summary}.ts.
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { Entry } from "../log/types";
import type { VisitCheckIn, VisitSummary } from "../pages/guide/api";
import { api } from "./client";
import type { ThoughtRecord } from "./thoughtRecords";

type Person = { id: string; name: string };

export interface ScorePoint {
  id: string;
  completedAt: string;
  total: number;
  /** The total's band as scored then; null for reflection-only questionnaires. */
  band: string | null;
  /** An answer raised a safety flag (e.g. PHQ-9 item 9). */
  flagged: boolean;
}

/** One caregiver's results on one questionnaire (and baby, if about a baby), oldest first. */
export interface ScoreSeries {
  caregiver: Person;
  instrumentId: string;
  shortName: string;
  about: "self" | "baby";
  babyId: string | null;
  range: { min: number; max: number };
  points: ScorePoint[];
}

export type SharedThoughtRecord = ThoughtRecord & { author: Person };

export type CaseCheckIn = VisitCheckIn & { caregiver: Person };
export type CaseVisitSummary = Omit<VisitSummary, "checkIns"> & { checkIns: CaseCheckIn[] };

const enc = encodeURIComponent;
const caseKey = (caseId: string, ...part: (string | number)[]) => ["case", caseId, ...part] as const;
const PAGE = 20;

export function useCaseScreenings(caseId: string, lang: string, enabled: boolean) {
  return useQuery({
    queryKey: caseKey(caseId, "screenings", lang),
    queryFn: async () =>
      (await api.get<{ series: ScoreSeries[] }>(`/api/cases/${enc(caseId)}/screenings?lang=${enc(lang)}`))
        .series,
    enabled,
    retry: false,
  });
}

export function useCaseThoughtRecords(caseId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: caseKey(caseId, "thought-records"),
    queryFn: ({ pageParam }) =>
      api.get<{ items: SharedThoughtRecord[]; nextCursor: string | null }>(
        `/api/cases/${enc(caseId)}/thought-records?limit=${PAGE}${pageParam ? `&cursor=${enc(pageParam)}` : ""}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
    retry: false,
  });
}

export function useCaseVisitSummary(
  caseId: string,
  babyId: string | undefined,
  days: 7 | 14,
  lang: string,
  enabled: boolean,
) {
  return useQuery({
    queryKey: caseKey(caseId, "visit-summary", babyId ?? "", days, lang),
    queryFn: () =>
      api.get<CaseVisitSummary>(
        `/api/cases/${enc(caseId)}/visit-summary?babyId=${enc(babyId ?? "")}&days=${days}&lang=${enc(lang)}`,
      ),
    enabled: enabled && Boolean(babyId),
    retry: false,
  });
}

/** Enough for any fortnight a family could log (about 200 entries a day); the server sends 500 a page. */
const LOG_MOST = 3_000;

/** The family's shared care log since `from` (an ISO instant), newest first, every page of it. */
export function useCaseLog(caseId: string, from: string, enabled: boolean) {
  return useQuery({
    queryKey: caseKey(caseId, "log", from),
    queryFn: async () => {
      const items: Entry[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Entry[]; nextCursor: string | null } = await api.get(
          `/api/cases/${enc(caseId)}/entries?from=${enc(from)}&limit=500${cursor ? `&cursor=${enc(cursor)}` : ""}`,
        );
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && items.length < LOG_MOST);
      return items;
    },
    enabled,
    retry: false,
  });
}
