// The signed-in person (or nobody), and the account actions around them.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { takeBootstrap } from "./bootstrap";
import { forgetCheckIns } from "./checkInQueue";
import { ApiError, api, isNetworkError } from "./client";
import { afterPendingSignOut, queueSignOut, sendPendingSignOut, signOutPending } from "./pendingSignOut";
import { FAMILY_CACHE, LOG_CHOICES } from "./storedKeys";
import type { Me, Preferences, SelfChosenRole, User } from "./types";

export const meKey = ["me"] as const;

/** null means "signed out"; an error (for instance a NetworkError) means "we don't know yet". */
export function useMe() {
  // Opening the app with no network shows the last known account, so a parent can keep logging offline;
  // the server's answer replaces it as soon as there is one.
  // It is initial data (kept when the refetch fails), not placeholder data (dropped on the first error), and
  // marked as old so the server is still asked at once.
  return useQuery({ queryKey: meKey, queryFn: fetchMe, initialData: lastKnownMe, initialDataUpdatedAt: 0 });
}

async function fetchMe(): Promise<Me | null> {
  // Signed out on this device while offline: signed out, whatever the server still thinks, until it is told.
  if (signOutPending() && !(await sendPendingSignOut())) return null;
  try {
    // The app's first question is answered by the bootstrap index.html already asked for; later ones by /api/me.
    const me = (await takeBootstrap()) ?? (await api.get<Me>("/api/me"));
    rememberMe(me);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      rememberMe(null);
      return null;
    }
    throw error;
  }
}

const LAST_ME = "attune.me";

function lastKnownMe(): Me | undefined {
  try {
    const stored = localStorage.getItem(LAST_ME);
    return stored ? (JSON.parse(stored) as Me) : undefined;
  } catch {
    return undefined;
  }
}

function rememberMe(me: Me | null): void {
  try {
    if (me) localStorage.setItem(LAST_ME, JSON.stringify(me));
    else localStorage.removeItem(LAST_ME);
  } catch {
    // Private browsing without storage: the app still works online.
  }
}

export interface SignInInput {
  email: string;
  password: string;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SignInInput) => {
      await afterPendingSignOut();
      return api.post<{ user: User }>("/api/auth/sign-in/email", input);
    },
    // Wait for /api/me so the next screen opens with the person's own preferences applied.
    onSuccess: () => {
      clearSignOutReason();
      return queryClient.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 0 });
    },
  });
}

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
  role: SelfChosenRole;
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      input,
      devicePreferences,
    }: {
      input: SignUpInput;
      devicePreferences: Partial<Preferences>;
    }) => {
      await afterPendingSignOut();
      await api.post<{ user: User }>("/api/auth/sign-up/email", input);
      clearSignOutReason();
      // A new account starts with what the person already picked on this device (language, theme),
      // rather than snapping back to the server's defaults. Best effort: the account exists either way.
      await api.patch("/api/me/preferences", devicePreferences).catch(() => undefined);
      return queryClient.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 0 });
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.post("/api/auth/sign-out");
      } catch (error) {
        // Offline: the session ends on this device now, and on the server as soon as it can be reached.
        if (!isNetworkError(error)) throw error;
        queueSignOut();
      }
    },
    onSuccess: () => forgetEverything(queryClient, "signedOut"),
  });
}

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) =>
      api.post("/api/auth/change-password", { ...input, revokeOtherSessions: true }),
  });
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.post("/api/auth/delete-user", { password }),
    onSuccess: () => forgetEverything(queryClient, "accountDeleted"),
  });
}

export type SignOutReason = "signedOut" | "accountDeleted";
let signOutReason: SignOutReason | null = null;

/** Why the session just ended, if it ended on purpose in this tab; the sign-in page says so kindly. */
export function peekSignOutReason(): SignOutReason | null {
  return signOutReason;
}

export function clearSignOutReason(): void {
  signOutReason = null;
}

// After signing out or deleting the account nothing of the person may stay in memory.
function forgetEverything(queryClient: ReturnType<typeof useQueryClient>, reason: SignOutReason): void {
  signOutReason = reason;
  const userId = queryClient.getQueryData<Me | null>(meKey)?.user.id;
  rememberMe(null);
  for (const key of [...FAMILY_CACHE, ...Object.values(LOG_CHOICES)]) localStorage.removeItem(key);
  // The family log on this device (see src/web/log/db.ts); an open copy closes itself when asked.
  if (userId) indexedDB.deleteDatabase(`attune-log-${userId}`);
  // Check-ins in progress, waiting to be sent, or refused: as private as the log, and gone with it.
  forgetCheckIns();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
  queryClient.setQueryData<Me | null>(meKey, null);
}

/** Whether nobody has an account yet, in which case the first person to sign up becomes the admin. */
export function useSetup() {
  return useQuery({
    queryKey: ["setup"],
    queryFn: () => api.get<{ needsOwner: boolean }>("/api/setup"),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
