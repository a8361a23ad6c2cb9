// The whole family's data, out and back in. Out is a plain download link (the session cookie goes with it;
// the server names the file). In reads the file on the phone first, so the person sees what it holds before
// anything is sent: a JSON file as it is, or the family.json inside a ZIP download.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ImportedCounts, NotImported } from "../../contract/family-export";
import { api } from "./client";
import { type Family, familiesKey, familyKey } from "./families";

export type ExportFormat = "json" | "zip";

export const familyExportUrl = (familyId: string, format: ExportFormat) =>
  `/api/families/${encodeURIComponent(familyId)}/export?format=${format}`;

/** The server's limit for one import (routes/family-export.ts). */
export const IMPORT_LIMIT_BYTES = 32 * 1024 * 1024;
const FORMAT = "attune-family-export";
const VERSION = 1;

export type FamilyFileProblem = "notJson" | "noFamilyFile" | "babyExport" | "notAttune" | "newer" | "tooBig";

export interface FamilyFilePreview {
  /** The document as read, sent as it is: the server checks every part of it. */
  document: Record<string, unknown>;
  familyName: string;
  exportedBy: string;
  exportedAt: string;
  babies: number;
  entries: number;
  checkIns: number;
  thoughtRecords: number;
}

export type FamilyFileRead =
  | { ok: true; preview: FamilyFilePreview }
  | { ok: false; problem: FamilyFileProblem };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const countOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);
const textOf = (value: unknown) => (typeof value === "string" ? value : "");

/** A chosen file, read and summed up: enough to say what it holds, or why it is not a family's file. */
export async function readFamilyFile(file: Blob): Promise<FamilyFileRead> {
  if (file.size > IMPORT_LIMIT_BYTES) return { ok: false, problem: "tooBig" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  // "PK": a ZIP, as the zip download is. fflate loads only when one is chosen.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const { unzipSync, strFromU8 } = await import("fflate");
    let inside: Uint8Array | undefined;
    try {
      inside = unzipSync(bytes, { filter: (f) => f.name === "family.json" })["family.json"];
    } catch {
      return { ok: false, problem: "notJson" };
    }
    if (!inside) return { ok: false, problem: "noFamilyFile" };
    if (inside.length > IMPORT_LIMIT_BYTES) return { ok: false, problem: "tooBig" };
    text = strFromU8(inside);
  } else text = new TextDecoder().decode(bytes);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { ok: false, problem: "notJson" };
  }
  if (!isRecord(document)) return { ok: false, problem: "notAttune" };
  if (document.format === "attune-export") return { ok: false, problem: "babyExport" };
  if (document.format !== FORMAT) return { ok: false, problem: "notAttune" };
  if (typeof document.formatVersion === "number" && document.formatVersion > VERSION)
    return { ok: false, problem: "newer" };
  const family = isRecord(document.family) ? document.family : {};
  const by = isRecord(document.exportedBy) ? document.exportedBy : {};
  return {
    ok: true,
    preview: {
      document,
      familyName: textOf(family.name),
      exportedBy: textOf(by.name),
      exportedAt: textOf(document.exportedAt),
      babies: countOf(document.babies),
      entries: countOf(document.entries),
      checkIns: countOf(document.screenings),
      thoughtRecords: countOf(document.thoughtRecords),
    },
  };
}

/** What the server made of an import (POST /api/families/import; src/contract/family-export.ts). */
export interface ImportReport {
  family: { id: string; name: string };
  imported: ImportedCounts;
  notImported: NotImported;
}

export function useImportFamily() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (document: Record<string, unknown>) => {
      const report = await api.post<ImportReport>("/api/families/import", document);
      // The new family is loaded before anyone switches to it, so the screens change over without a
      // loading pause (which would also unmount the page that says how the import went).
      const id = report.family.id;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: familiesKey }),
        queryClient.prefetchQuery({
          queryKey: familyKey(id),
          queryFn: () => api.get<Family>(`/api/families/${encodeURIComponent(id)}`),
        }),
      ]);
      return report;
    },
  });
}
