// Instance administration: the list of accounts, and changing someone's role or admin flag.
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
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
