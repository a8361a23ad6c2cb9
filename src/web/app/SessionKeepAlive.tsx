// Renews the session once soon after the app starts, then every twelve hours while it stays open, and when a
// phone brings the app back to the screen after longer than that (timers sleep with the page).
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { meKey, useMe } from "../api/account";
import { REFRESH_EVERY_MS, refreshDue, refreshSession } from "../api/session";

const FIRST_REFRESH_AFTER_MS = 5_000;

export function SessionKeepAlive() {
  const userId = useMe().data?.user.id;
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!userId) return;
    let lastSuccess = 0;
    let stopped = false;
    const refresh = async () => {
      const result = await refreshSession();
      if (stopped) return;
      if (result === "alive") lastSuccess = Date.now();
      // Ended elsewhere (signed out on another device, password changed): let the app find out now.
      else if (result === "ended") void queryClient.invalidateQueries({ queryKey: meKey });
    };
    const ifDue = () => {
      if (document.visibilityState === "visible" && refreshDue(lastSuccess, Date.now())) void refresh();
    };
    // The first renewal waits until the first screen has had the network to itself.
    const first = setTimeout(() => void refresh(), FIRST_REFRESH_AFTER_MS);
    const timer = setInterval(() => void refresh(), REFRESH_EVERY_MS);
    document.addEventListener("visibilitychange", ifDue);
    // A refresh that failed offline is retried when the connection comes back.
    window.addEventListener("online", ifDue);
    return () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      document.removeEventListener("visibilitychange", ifDue);
      window.removeEventListener("online", ifDue);
    };
  }, [userId, queryClient]);

  return null;
}
