// What the family shares for its clinician to read in the case file: check-in results over time, the thought
// records each author shared, and the visit summary for one baby. Read-only, clinician side. The replies'
// shapes are the contract's (src/contract/case-reads.ts, thought-records.ts), checked in development.
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import {
  type CaseVisitCheckIn as CaseCheckIn,
  type CaseVisitSummary,
  caseVisitSummarySchema,
  type ScorePoint,
  type ScoreSeries,
  scoreSeriesReply,
} from "../../contract/case-reads";
import { type SharedThoughtRecord, sharedThoughtRecordPage } from "../../contract/thought-records";
import type { Entry } from "../log/types";
import { api } from "./client";

export type { CaseCheckIn, CaseVisitSummary, ScorePoint, ScoreSeries, SharedThoughtRecord };

const enc = encodeURIComponent;
const caseKey = (caseId: string, ...part: (string | number)[]) => ["case", caseId, ...part] as const;
const PAGE = 20;

export function useCaseScreenings(caseId: string, lang: string, enabled: boolean) {
  return useQuery({
    queryKey: caseKey(caseId, "screenings", lang),
    queryFn: async () =>
      (await api.get(`/api/cases/${enc(caseId)}/screenings?lang=${enc(lang)}`, scoreSeriesReply)).series,
    enabled,
    retry: false,
  });
}

export function useCaseThoughtRecords(caseId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: caseKey(caseId, "thought-records"),
    queryFn: ({ pageParam }) =>
      api.get(
        `/api/cases/${enc(caseId)}/thought-records?limit=${PAGE}${pageParam ? `&cursor=${enc(pageParam)}` : ""}`,
        sharedThoughtRecordPage,
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
      api.get(
        `/api/cases/${enc(caseId)}/visit-summary?babyId=${enc(babyId ?? "")}&days=${days}&lang=${enc(lang)}`,
        caseVisitSummarySchema,
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
