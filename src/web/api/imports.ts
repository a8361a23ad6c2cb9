// History from other trackers (POST /api/babies/:id/imports, src/server/routes/imports.ts): a preview that
// writes nothing, then the import as one batch, undone within 30 days. The file goes as the raw body through
// XMLHttpRequest, the one browser API that reports an upload's progress, so a large export shows a bar.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { EntryType } from "../../domain/entries/vocabulary";
import { ApiError, api, NetworkError, toApiError } from "./client";

export type ImportFormat = "auto" | "huckleberry" | "nara" | "babybuddy-csv" | "attune";
export const importFormats: readonly ImportFormat[] = [
  "auto",
  "huckleberry",
  "nara",
  "babybuddy-csv",
  "attune",
];

/** A child an export or a Baby Buddy names: to choose one when there are several, or to make the baby. */
export interface SourceChild {
  id: string;
  name: string;
  birthDate: string | null;
}

/** The children a choose_child refusal lists, or null when the error is another. */
export function childrenToChoose(error: unknown): SourceChild[] | null {
  if (!(error instanceof ApiError) || error.code !== "choose_child") return null;
  const children = (error.details as { children?: SourceChild[] } | undefined)?.children;
  return Array.isArray(children) ? children : null;
}

/** Baby Buddy keeps bare numbers: the units the family used it with. */
export interface BabyBuddyUnits {
  volumeUnit: "ml" | "oz";
  weightUnit: "kg" | "lb";
  lengthUnit: "cm" | "in";
}

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
  format: Exclude<ImportFormat, "auto"> | "babybuddy";
  dryRun: boolean;
  counts: Partial<Record<EntryType, number>>;
  total: number;
  duplicates: number;
  added: number;
  /** Why each row cannot be read or kept: a code the page words (imports.rowErrors), and the same in English. */
  errors: { line: number; code: string; params: Record<string, string | number>; message: string }[];
  ignoredColumns: string[];
  range: { from: string; to: string } | null;
  sample: ImportSample[];
  child: SourceChild | null;
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
  /** Which child of the file, when it holds several. */
  child?: string;
  units: BabyBuddyUnits;
}

export interface PullRequest {
  babyId: string;
  url: string;
  token: string;
  childId?: string;
  timeZone: string;
  dryRun: boolean;
  units: BabyBuddyUnits;
}

/** One child's history from a running Baby Buddy, read by the server through Baby Buddy's API. */
export function pullBabyBuddy(request: PullRequest): Promise<ImportResult> {
  const query = new URLSearchParams({ timeZone: request.timeZone, dryRun: String(request.dryRun) });
  return api.post<ImportResult>(
    `/api/babies/${encodeURIComponent(request.babyId)}/imports/babybuddy?${query}`,
    {
      url: request.url,
      token: request.token,
      units: request.units,
      ...(request.childId ? { childId: request.childId } : {}),
    },
  );
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
    ...request.units,
    ...(request.child ? { child: request.child } : {}),
  });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/babies/${encodeURIComponent(request.babyId)}/imports?${query}`);
    // Attune's own exports are JSON or zip; everything else is a CSV, whatever the file picker calls it.
    xhr.setRequestHeader("content-type", contentTypeOf(request.file));
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

function contentTypeOf(file: File): string {
  if (/\.zip$/i.test(file.name) || file.type.includes("zip")) return "application/zip";
  if (/\.json$/i.test(file.name) || file.type === "application/json") return "application/json";
  return "text/csv";
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
