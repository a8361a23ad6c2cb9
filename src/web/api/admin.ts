// Instance administration: the list of accounts, and changing someone's role or admin flag.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { meKey } from "./account";
import { api } from "./client";
import type { Page, Role, User } from "./types";

const usersKey = ["admin", "users"] as const;

export function useAdminUsers() {
  return useInfiniteQuery({
    queryKey: usersKey,
    queryFn: ({ pageParam }) =>
      api.get<Page<User>>(`/api/admin/users${pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ""}`),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Whether this server sends mail, or writes the links it would have mailed to its log. */
export function useMailStatus() {
  return useQuery({
    queryKey: ["admin", "mail"],
    queryFn: () => api.get<{ enabled: boolean; from: string | null }>("/api/admin/mail"),
  });
}

export interface UserChanges {
  role?: Role;
  isAdmin?: boolean;
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UserChanges }) =>
      api.patch<{ user: User }>(`/api/admin/users/${encodeURIComponent(id)}`, changes),
    onSuccess: async ({ user }) => {
      queryClient.setQueryData(
        usersKey,
        (data: { pages: Page<User>[]; pageParams: unknown[] } | undefined) =>
          data
            ? {
                ...data,
                pages: data.pages.map((page) => ({
                  ...page,
                  items: page.items.map((item) => (item.id === user.id ? user : item)),
                })),
              }
            : data,
      );
      // An admin may have just changed their own account.
      await queryClient.invalidateQueries({ queryKey: meKey });
    },
  });
}
