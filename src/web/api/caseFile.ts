// The clinician's own writing in a case: the formulation (versioned, per dyad) and notes (progress or private;
// signed notes are amended, never edited). Clinician-only. The replies' shapes are the contract's
// (src/contract/case-file.ts), checked against it in development.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CaseNote } from "../../contract/case-file";
import {
  caseNotePage,
  caseNoteSchema,
  dyadFormulationsReply,
  formulationVersionPage,
  formulationVersionSchema,
} from "../../contract/case-file";
import type { CaseNoteKind } from "../../domain/case-note";
import type { FormulationInput } from "../../domain/formulation";
import { api } from "./client";

export type { CaseNote, DyadFormulation, FormulationVersion } from "../../contract/case-file";

const enc = encodeURIComponent;
const caseKey = (caseId: string, ...part: string[]) => ["case", caseId, ...part] as const;

export function useFormulations(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId, "formulation"),
    queryFn: async () =>
      (await api.get(`/api/cases/${enc(caseId)}/formulation`, dyadFormulationsReply)).items,
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
        await api.get(
          `/api/cases/${enc(caseId)}/formulation/versions?caregiverId=${enc(caregiverId)}&babyId=${enc(babyId)}`,
          formulationVersionPage,
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
    }) => api.put(`/api/cases/${enc(caseId)}/formulation`, input, formulationVersionSchema),
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseKey(caseId, "formulation") }),
  });
}

export function useCaseNotes(caseId: string, kind: CaseNoteKind) {
  return useQuery({
    queryKey: caseKey(caseId, "notes", kind),
    queryFn: async () => (await api.get(`/api/cases/${enc(caseId)}/notes?kind=${kind}`, caseNotePage)).items,
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
    api.post(`/api/cases/${enc(caseId)}/notes`, input, caseNoteSchema),
  );
}

export function useSignNote(caseId: string) {
  return useNoteChange(caseId, (noteId: string) =>
    api.post(`/api/cases/${enc(caseId)}/notes/${enc(noteId)}/sign`, {}, caseNoteSchema),
  );
}

export function useAmendNote(caseId: string) {
  return useNoteChange(caseId, ({ noteId, text }: { noteId: string; text: string }) =>
    api.post(`/api/cases/${enc(caseId)}/notes/${enc(noteId)}/amendments`, { text }, caseNoteSchema),
  );
}
