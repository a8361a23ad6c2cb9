// The clinician's own writing in a case: the formulation (versioned, per dyad) and notes (progress or private;
// signed notes are amended, never edited). Clinician-only. Types mirror
// src/server/presenters/{formulation,case-note}.ts.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CaseNoteKind } from "../../domain/case-note";
import type { FormulationContent, FormulationInput } from "../../domain/formulation";
import { api } from "./client";

type Person = { id: string; name: string };

export interface FormulationVersion {
  id: string;
  caregiverId: string;
  babyId: string;
  version: number;
  content: FormulationContent;
  author: Person | null;
  savedAt: string;
}

export interface DyadFormulation {
  caregiver: Person;
  baby: Person;
  latest: FormulationVersion;
  versions: number;
}

export interface CaseNote {
  id: string;
  kind: CaseNoteKind;
  text: string;
  author: Person;
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  amendments: { id: string; author: Person | null; text: string; createdAt: string }[];
}

type Page<T> = { items: T[]; nextCursor: string | null };

const enc = encodeURIComponent;
const caseKey = (caseId: string, ...part: string[]) => ["case", caseId, ...part] as const;

export function useFormulations(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId, "formulation"),
    queryFn: async () =>
      (await api.get<{ items: DyadFormulation[] }>(`/api/cases/${enc(caseId)}/formulation`)).items,
    retry: false,
  });
}

export function useFormulationVersions(
  caseId: string,
  caregiverId: string,
  babyId: string,
  enabled: boolean,
) {
  return useQuery({
    queryKey: caseKey(caseId, "formulation", "versions", caregiverId, babyId),
    queryFn: async () =>
      (
        await api.get<Page<FormulationVersion>>(
          `/api/cases/${enc(caseId)}/formulation/versions?caregiverId=${enc(caregiverId)}&babyId=${enc(babyId)}`,
        )
      ).items,
    enabled,
    retry: false,
  });
}

export function useSaveFormulation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      caregiverId: string;
      babyId: string;
      baseVersion: number;
      content: FormulationInput;
    }) => api.put<FormulationVersion>(`/api/cases/${enc(caseId)}/formulation`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseKey(caseId, "formulation") }),
  });
}

export function useCaseNotes(caseId: string, kind: CaseNoteKind) {
  return useQuery({
    queryKey: caseKey(caseId, "notes", kind),
    queryFn: async () =>
      (await api.get<Page<CaseNote>>(`/api/cases/${enc(caseId)}/notes?kind=${kind}`)).items,
    retry: false,
  });
}

/** Every change to a note answers with the note as it now is; both lists are refreshed after it. */
function useNoteChange<T>(caseId: string, send: (input: T) => Promise<CaseNote>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseKey(caseId, "notes") }),
  });
}

export function useWriteNote(caseId: string) {
  return useNoteChange(caseId, (input: { kind: CaseNoteKind; text: string }) =>
    api.post<CaseNote>(`/api/cases/${enc(caseId)}/notes`, input),
  );
}

export function useSignNote(caseId: string) {
  return useNoteChange(caseId, (noteId: string) =>
    api.post<CaseNote>(`/api/cases/${enc(caseId)}/notes/${enc(noteId)}/sign`, {}),
  );
}

export function useAmendNote(caseId: string) {
  return useNoteChange(caseId, ({ noteId, text }: { noteId: string; text: string }) =>
    api.post<CaseNote>(`/api/cases/${enc(caseId)}/notes/${enc(noteId)}/amendments`, { text }),
  );
}
