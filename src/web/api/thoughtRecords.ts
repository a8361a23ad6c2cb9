// A caregiver's own thought records, shaped by the contract (src/contract/thought-records.ts). Private to the
// person who wrote them; a new record carries an id made once on this device, so sending it again after a
// dropped connection stores it once.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type FeelingView as Feeling,
  type ThoughtRecordView as ThoughtRecord,
  thoughtRecordPage,
  thoughtRecordSchema,
} from "../../contract/thought-records";
import { ApiError, api } from "./client";

export type { Feeling, ThoughtRecord };

export type ThoughtRecordBody = Omit<ThoughtRecord, "id" | "createdAt" | "updatedAt" | "familyId"> & {
  familyId: string;
};

const enc = encodeURIComponent;
const listKey = ["thought-records"] as const;
const oneKey = (id: string) => ["thought-record", id] as const;
const PAGE = 20;

export function useThoughtRecords() {
  return useInfiniteQuery({
    queryKey: listKey,
    queryFn: ({ pageParam }) =>
      api.get(
        `/api/thought-records?limit=${PAGE}${pageParam ? `&cursor=${enc(pageParam)}` : ""}`,
        thoughtRecordPage,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useThoughtRecord(id: string | undefined) {
  return useQuery({
    queryKey: oneKey(id ?? ""),
    queryFn: () => api.get(`/api/thought-records/${enc(id ?? "")}`, thoughtRecordSchema),
    enabled: Boolean(id),
    retry: false,
  });
}

const change = (id: string, body: ThoughtRecordBody) =>
  api.patch(`/api/thought-records/${enc(id)}`, body, thoughtRecordSchema);

/**
 * A new record (POST with the id made for it) or a change to one (PATCH). A new record whose first send
 * arrived but whose reply was lost, then edited before Save was pressed again, finds its id taken (409):
 * it is this person's own record, so the words are sent as a change to it instead.
 */
async function send({ id, isNew, body }: { id: string; isNew: boolean; body: ThoughtRecordBody }) {
  if (!isNew) return change(id, body);
  try {
    return await api.post("/api/thought-records", { id, ...body }, thoughtRecordSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 409 && error.code === "id_in_use")
      return change(id, body);
    throw error;
  }
}

export function useSaveThoughtRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (saved) => {
      queryClient.setQueryData(oneKey(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: listKey });
    },
  });
}

export function useDeleteThoughtRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/thought-records/${enc(id)}`),
    onSuccess: (_done, id) => {
      queryClient.removeQueries({ queryKey: oneKey(id) });
      return queryClient.invalidateQueries({ queryKey: listKey });
    },
  });
}
