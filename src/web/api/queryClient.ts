import { onlineManager, QueryClient } from "@tanstack/react-query";
import { isNetworkError } from "./client";

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // "always": fail fast with a NetworkError when offline instead of pausing silently, so the app can say so.
      networkMode: "always",
      // ...which turns refetch-on-reconnect off by default; coming back online should refresh what failed.
      refetchOnReconnect: true,
      staleTime: 30_000,
      // A "no" from the server will not change on retry; a dropped connection might.
      retry: (failureCount, error) => isNetworkError(error) && failureCount < 1,
      retryDelay: 800,
    },
    mutations: { networkMode: "always", retry: false },
  },
});

// TanStack assumes "online" at start. When the app opens offline (from the service worker cache) it must
// know, or the "online" event that follows changes nothing and /api/me is never asked again.
onlineManager.setOnline(navigator.onLine);
