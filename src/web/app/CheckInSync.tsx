// Sends the check-ins finished offline on this phone (src/web/api/checkInQueue.ts) as soon as it can: when
// the app starts and whenever the connection comes back. Always mounted, so a check-in waiting from last
// night is sent whichever screen the person opens first.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useMe } from "../api/account";
import { queuedCheckIns } from "../api/checkInQueue";
import { sendQueuedCheckIns } from "../api/sendCheckIns";

// The queries that show screenings (src/web/api/wellbeing.ts and src/web/pages/guide/api.ts), named here
// rather than imported so this always-loaded component does not pull in the bundled questionnaires.
const showScreenings = [["screenings"], ["screening-suggestions"], ["visit-summary"]] as const;

export function CheckInSync() {
  const userId = useMe().data?.user.id;
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!userId) return;
    let stopped = false;
    const send = () => {
      if (!queuedCheckIns(userId).length) return;
      void sendQueuedCheckIns(userId).then((sent) => {
        if (stopped || !sent) return;
        for (const queryKey of showScreenings) void queryClient.invalidateQueries({ queryKey });
      });
    };
    send();
    window.addEventListener("online", send);
    return () => {
      stopped = true;
      window.removeEventListener("online", send);
    };
  }, [userId, queryClient]);

  return null;
}
