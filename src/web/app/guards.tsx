// Route guards. Each waits for /api/me, then lets the page through, redirects, or explains why it can't.
import { useDeferredValue } from "react";
import { Navigate, Outlet, useLocation } from "react-router";
import { peekSignOutReason, useMe } from "../api/account";
import { AccountUnavailable } from "./AccountUnavailable";
import { Loading } from "./Loading";
import { NotFoundPage } from "./lazyPages";

/** Where sign-in should return to, when a signed-out visitor was sent there from a protected page. */
export interface SignInRedirectState {
  from?: string;
}

function useAccountState() {
  const query = useMe();
  // The page behind the guard mounts in a deferred, sliced render once the account is known, rather than in
  // the same long task that delivered the answer: a slow phone keeps responding while the first screen builds.
  const data = useDeferredValue(query.data);
  if (data !== undefined) return { kind: "known", me: data } as const; // cached data wins over a failed refetch
  if (query.isError) return { kind: "unknown", query } as const;
  return { kind: "loading" } as const;
}

export function RequireSignedIn() {
  const state = useAccountState();
  const location = useLocation();
  if (state.kind === "loading") return <Loading />;
  if (state.kind === "unknown") return <Unavailable query={state.query} />;
  if (!state.me) {
    // After signing out on purpose, the next person to sign in should start at home, not on this page.
    const redirect: SignInRedirectState | undefined = peekSignOutReason()
      ? undefined
      : { from: location.pathname + location.search };
    return <Navigate to="/sign-in" replace state={redirect} />;
  }
  return <Outlet />;
}

export function RequireSignedOut() {
  const state = useAccountState();
  const from = (useLocation().state as SignInRedirectState | null)?.from;
  if (state.kind === "loading") return <Loading />;
  // Offline with no answer: still show the sign-in form (the offline notice explains submitting may fail).
  if (state.kind === "known" && state.me) {
    // Just signed in (or already was): back to the page they were sent away from, otherwise home.
    const target = from?.startsWith("/") && !from.startsWith("//") ? from : "/";
    return <Navigate to={target} replace />;
  }
  return <Outlet />;
}

export function RequireAdmin() {
  const state = useAccountState();
  if (state.kind !== "known" || !state.me) return null; // RequireSignedIn above has already handled these
  // Not revealing that an admin area exists is kinder and safer than a "forbidden" page.
  return state.me.abilities?.manageAccounts ? <Outlet /> : <NotFoundPage />;
}

function Unavailable({ query }: { query: ReturnType<typeof useMe> }) {
  return (
    <AccountUnavailable
      error={query.error}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  );
}
