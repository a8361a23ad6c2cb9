// The signed-in (or signed-out) person's navigation, from what the app already knows about them.
import { useMe } from "../../api/account";
import { useMyListings } from "../../api/directory";
import { useHasLog } from "../useHasLog";
import { useIdle } from "../useIdle";
import { type NavPlan, navPlan } from "./destinations";

export interface NavState extends NavPlan {
  signedIn: boolean;
  hasLog: boolean;
  /** A listing of theirs waits for its 90-day confirmation. */
  listingDue: boolean;
}

export function useNavPlan(): NavState {
  const me = useMe().data;
  const signedIn = !!me;
  const hasLog = useHasLog();
  // Only a provider has listings, and the first screen never waits on the answer: asked once it has painted.
  const idle = useIdle();
  const mine = useMyListings(signedIn && idle).data ?? [];
  const listingDue = mine.some((l) => l.status === "approved" && l.freshness !== "fresh");
  const plan = navPlan({
    signedIn,
    role: me?.user.role,
    isAdmin: me?.user.isAdmin,
    hasLog,
    hasListing: mine.length > 0,
  });
  return { ...plan, signedIn, hasLog, listingDue };
}
