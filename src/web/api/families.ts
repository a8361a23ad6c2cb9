// Families, babies, caregivers and invites: the people around a baby, as the server knows them.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { HelpRegion } from "../../content/help/emergency";
import type { FamilyAbilities } from "../../contract/abilities";
import type { Baby } from "../../contract/families";
import { api } from "./client";
import { queryClient } from "./queryClient";
import { FAMILY_CACHE } from "./storedKeys";

export type Relationship = "mother" | "father" | "parent" | "partner" | "grandparent" | "other";
export type Permission = "owner" | "caregiver";
export type Sex = "female" | "male" | "intersex";

export interface FamilySummary {
  id: string;
  name: string;
  timeZone: string;
  /** Whose help lines the family is shown; null: not set (absent from older servers and caches). */
  region?: HelpRegion | null;
  createdAt: string;
  permission: Permission;
}

/** Type only, from the contract (src/contract/families.ts): this module loads with the first screen. */
export type { Baby };

export interface Caregiver {
  userId: string;
  name: string;
  relationship: Relationship;
  permission: Permission;
  joinedAt: string;
}

export interface Family {
  id: string;
  name: string;
  timeZone: string;
  /** Whose help lines the family is shown; null: not set (absent from older servers and caches). */
  region?: HelpRegion | null;
  createdAt: string;
  caregivers: Caregiver[];
  babies: Baby[];
  /** The family's own kinds of care, offered in everyone's quick log (absent from older servers). */
  customTypes?: string[];
  /** What this person may do in the family, by the server's rules (absent from older servers and caches). */
  abilities?: FamilyAbilities;
}

/** An open invite as listed: its code is shown once, when it is made, and never again. */
export interface Invite {
  id: string;
  relationship: Relationship;
  permission: Permission;
  expiresAt: string;
  status: string;
}

/** A new invite with its code: 10 letters and digits, kept by the server only as a hash. */
export type NewInvite = Invite & { code: string };

export const relationships: readonly Relationship[] = [
  "mother",
  "father",
  "parent",
  "partner",
  "grandparent",
  "other",
];

export const familiesKey = ["families"] as const;
export const familyKey = (id: string) => ["family", id] as const;
const invitesKey = (id: string) => ["invites", id] as const;

// The last answers are kept on the device so the log opens offline; the server's answer replaces them.
const [FAMILIES_KEY, FAMILY_KEY] = FAMILY_CACHE;

function remembered<T>(key: string): T | undefined {
  try {
    const stored = localStorage.getItem(key);
    return stored ? (JSON.parse(stored) as T) : undefined;
  } catch {
    return undefined;
  }
}

function remember<T>(key: string, value: T): T {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // No storage (private browsing): fine while online.
  }
  return value;
}

/** `enabled: false` for screens that also work signed out (Help), where there are no families to ask for. */
export function useFamilies({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: familiesKey,
    queryFn: () =>
      api.get<{ items: FamilySummary[] }>("/api/families").then((r) => remember(FAMILIES_KEY, r.items)),
    // Initial data survives a failed refetch (an offline start); updatedAt 0 still asks the server at once.
    initialData: () => remembered<FamilySummary[]>(FAMILIES_KEY),
    initialDataUpdatedAt: 0,
    enabled,
  });
}

// Each family by id, so someone in two families can switch between them offline too.
type FamilyCache = Record<string, Family>;

function rememberedFamilies(): FamilyCache {
  const stored = remembered<FamilyCache | Family>(FAMILY_KEY);
  if (!stored) return {};
  // Before several families, this key held the one family itself.
  return "caregivers" in stored && typeof stored.id === "string"
    ? { [stored.id]: stored as Family }
    : (stored as FamilyCache);
}

/** The families the bootstrap reply brought (src/web/api/bootstrap.ts), kept as if each had been asked for. */
export function seedFamilies(items: FamilySummary[], family: Family | null): void {
  queryClient.setQueryData(familiesKey, remember(FAMILIES_KEY, items));
  if (!family) return;
  remember(FAMILY_KEY, { ...rememberedFamilies(), [family.id]: family });
  queryClient.setQueryData(familyKey(family.id), family);
}

export function useFamily(id: string | undefined) {
  return useQuery({
    queryKey: familyKey(id ?? ""),
    queryFn: () =>
      api.get<Family>(`/api/families/${id}`).then((f) => {
        remember(FAMILY_KEY, { ...rememberedFamilies(), [f.id]: f });
        return f;
      }),
    initialData: () => (id ? rememberedFamilies()[id] : undefined),
    initialDataUpdatedAt: 0,
    enabled: Boolean(id),
  });
}

/** The browser's own time zone, so day boundaries match the clock on the parent's phone. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

export interface NewFamily {
  name: string;
  relationship: Relationship;
}

export interface NewBaby {
  name: string;
  birthDate?: string;
  dueDate?: string;
  gestationalWeeks?: number;
  sex?: Sex;
}

/** Onboarding in one step for the caller: the family, then its first baby. */
export function useStartFamily() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ family, baby }: { family: NewFamily; baby: NewBaby }) => {
      const created = await api.post<{ id: string }>("/api/families", {
        ...family,
        timeZone: browserTimeZone(),
      });
      await api.post<Baby>(`/api/families/${created.id}/babies`, baby);
      return created;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: familiesKey }),
  });
}

export function useAddBaby(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (baby: NewBaby) => api.post<Baby>(`/api/families/${familyId}/babies`, baby),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: familyKey(familyId) }),
  });
}

export function useAcceptInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      api.post<{ id: string }>(`/api/invites/${encodeURIComponent(code.trim().toUpperCase())}/accept`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: familiesKey }),
  });
}

export function useInvites(familyId: string, enabled: boolean) {
  return useQuery({
    queryKey: invitesKey(familyId),
    queryFn: () => api.get<{ items: Invite[] }>(`/api/families/${familyId}/invites`).then((r) => r.items),
    enabled,
  });
}

export function useCreateInvite(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // With an email, the server also mails the code (mailed: false when mail is off).
    mutationFn: (input: { relationship: Relationship; permission: Permission; email?: string }) =>
      api.post<NewInvite & { mailed?: boolean }>(`/api/families/${familyId}/invites`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitesKey(familyId) }),
  });
}

export function useRevokeInvite(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (inviteId: string) => api.delete(`/api/families/${familyId}/invites/${inviteId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitesKey(familyId) }),
  });
}

export function useRemoveCaregiver(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api.delete(`/api/families/${familyId}/caregivers/${userId}`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: familyKey(familyId) });
      void queryClient.invalidateQueries({ queryKey: familiesKey });
    },
  });
}

export interface FamilyChanges {
  name?: string;
  timeZone?: string;
  customTypes?: string[];
  region?: HelpRegion | null;
}

/** Owners rename the family or move its day boundaries to another time zone. */
export function useUpdateFamily(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: FamilyChanges) =>
      api.patch<Omit<Family, "caregivers" | "babies">>(`/api/families/${familyId}`, changes),
    onSuccess: (saved) => {
      // Every screen switches to the new name and day boundaries at once, without waiting for a refetch.
      queryClient.setQueryData<Family>(familyKey(familyId), (family) =>
        family ? { ...family, ...saved } : family,
      );
      void queryClient.invalidateQueries({ queryKey: familyKey(familyId) });
      void queryClient.invalidateQueries({ queryKey: familiesKey });
    },
  });
}
