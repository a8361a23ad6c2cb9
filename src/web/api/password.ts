// A forgotten password: ask for a mailed link (better-auth's own flow), then choose a new password with it.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { meKey } from "./account";
import { api } from "./client";

export function useRequestPasswordReset() {
  return useMutation({
    // The reply is the same whether or not the address has an account.
    mutationFn: (email: string) =>
      api.post<{ status: boolean }>("/api/auth/request-password-reset", {
        email,
        redirectTo: "/reset-password",
      }),
  });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { token: string; newPassword: string }) =>
      api.post<{ status: boolean }>("/api/auth/reset-password", input),
    // A reset ends every session, this device's too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKey }),
  });
}

export function useResendVerification() {
  return useMutation({
    mutationFn: (email: string) =>
      api.post<{ status: boolean }>("/api/auth/send-verification-email", { email, callbackURL: "/settings" }),
  });
}
