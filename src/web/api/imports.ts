// History from other trackers (POST /api/babies/:id/imports, src/server/routes/imports.ts): a preview that
// writes nothing, then the import as one batch, undone within 30 days. The file goes as the raw body through
// XMLHttpRequest, the one browser API that reports an upload's progress, so a large export shows a bar.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { EntryType } from "../../domain/entries/vocabulary";
import { ApiError, api, NetworkError, toApiError } from "./client";

export type ImportFormat = "auto" | "huckleberry" | "nara";
export const importFormats: readonly ImportFormat[] = ["auto", "huckleberry", "nara"];

export interface ImportSample {
  line: number;
  type: EntryType;
  startedAt: string;
  endedAt: string | null;
  details: Record<string, unknown>;
  note: string | null;
  loggedBy: string | null;
  sourceType: string;
}

export interface ImportResult {
  id: string | null;
  format: Exclude<ImportFormat, "auto">;
  dryRun: boolean;
  counts: Partial<Record<EntryType, number>>;
  total: number;
  duplicates: number;
  added: number;
  errors: { line: number; message: string }[];
  ignoredColumns: string[];
  range: { from: string; to: string } | null;
  sample: ImportSample[];
  child: { name: string; birthDate: string | null } | null;
}

export interface PastImport {
  id: string;
  babyId: string;
  format: string;
  total: number;
  added: number;
  duplicates: number;
  errors: number;
  createdAt: string;
  undoneAt: string | null;
  undoable: boolean;
}

export interface ImportRequest {
  babyId: string;
  file: File;
  format: ImportFormat;
  timeZone: string;
  dryRun: boolean;
}

/** Sends the file; `onProgress` hears the share uploaded (0 to 1). */
export function sendImport(
  request: ImportRequest,
  onProgress: (share: number) => void,
): Promise<ImportResult> {
  const query = new URLSearchParams({
    format: request.format,
    timeZone: request.timeZone,
    dryRun: String(request.dryRun),
  });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/babies/${encodeURIComponent(request.babyId)}/imports?${query}`);
    xhr.setRequestHeader("content-type", "text/csv");
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new NetworkError(new Error("the upload did not reach the server")));
    xhr.onload = () => {
      let payload: unknown = null;
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        // An answer that is not JSON: the status says enough.
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload as ImportResult);
      else reject(toApiError(xhr.status, payload));
    };
    xhr.send(request.file);
  });
}

const importsKey = (babyId: string) => ["imports", babyId] as const;

export function usePastImports(babyId: string) {
  return useQuery({
    queryKey: importsKey(babyId),
    queryFn: async () => (await api.get<{ items: PastImport[] }>(`/api/babies/${babyId}/imports`)).items,
  });
}

export function useUndoImport(babyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ removed: number }>(`/api/imports/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importsKey(babyId) }),
  });
}

export function useRefreshImports(babyId: string): () => void {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: importsKey(babyId) });
}

export { ApiError };
