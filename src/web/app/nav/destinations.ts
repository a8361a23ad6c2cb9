// Where each person can go, and which of those places earn a tab. A phone's bottom bar has room for four tabs
// and "More"; everything else (and the account's settings) lives in the More sheet. Pure, so it is tested alone.

export type DestinationId =
  | "today"
  | "week"
  | "history"
  | "guide"
  | "family"
  | "wellbeing"
  | "directory"
  | "myListing"
  | "moderation"
  | "caseload"
  | "learn"
  | "settings"
  | "admin"
  | "signIn"
  | "signUp";

export interface Destination {
  id: DestinationId;
  to: string;
  /** Match the path exactly (Today is "/", and every path starts with "/"). */
  end?: boolean;
}

export interface NavPerson {
  signedIn: boolean;
  role?: "caregiver" | "clinician" | "moderator" | "provider" | string;
  isAdmin?: boolean;
  /** A family with at least one baby: the log's rooms lead somewhere. */
  hasLog?: boolean;
  /** The person lists a practice in the directory. */
  hasListing?: boolean;
}

const place: Record<DestinationId, Destination> = {
  today: { id: "today", to: "/", end: true },
  week: { id: "week", to: "/week" },
  history: { id: "history", to: "/history" },
  guide: { id: "guide", to: "/guide" },
  family: { id: "family", to: "/family" },
  wellbeing: { id: "wellbeing", to: "/wellbeing" },
  directory: { id: "directory", to: "/directory", end: true },
  myListing: { id: "myListing", to: "/directory/mine" },
  moderation: { id: "moderation", to: "/directory/moderation" },
  caseload: { id: "caseload", to: "/caseload" },
  learn: { id: "learn", to: "/guide/learn" },
  settings: { id: "settings", to: "/settings" },
  admin: { id: "admin", to: "/admin" },
  signIn: { id: "signIn", to: "/sign-in" },
  signUp: { id: "signUp", to: "/sign-up" },
};

export const MAX_TABS = 4;

/** The person's places in order of how often they are needed; the first MAX_TABS become tabs. */
function ordered(person: NavPerson): DestinationId[] {
  if (!person.signedIn) return ["directory", "signIn", "signUp"];
  const moderating = person.isAdmin || person.role === "moderator";
  const extras: DestinationId[] = [
    ...(person.hasListing ? (["myListing"] as const) : []),
    ...(moderating ? (["moderation"] as const) : []),
  ];
  if (person.role === "clinician")
    // A clinician's day starts at the caseload; the family rooms are not theirs.
    return ["caseload", "learn", "directory", "wellbeing", ...extras];
  if (person.hasLog)
    return ["today", "week", "history", "guide", "wellbeing", "family", "directory", ...extras];
  if (person.role === "provider" || person.hasListing)
    return ["myListing", "directory", "learn", "wellbeing", ...(moderating ? (["moderation"] as const) : [])];
  if (person.role === "moderator") return ["moderation", "directory", "learn", "wellbeing"];
  // Someone expecting, or not yet in a family: getting started (home), their own check-ins, and support.
  return ["today", "wellbeing", "directory", "learn", ...extras];
}

export interface NavPlan {
  tabs: Destination[];
  more: Destination[];
}

/** Tabs for the bottom bar (and the wide top row), and the rest for the More sheet, settings last. */
export function navPlan(person: NavPerson): NavPlan {
  const ids = [...new Set(ordered(person))];
  const tabs = ids.slice(0, MAX_TABS).map((id) => place[id]);
  const rest = ids.slice(MAX_TABS).map((id) => place[id]);
  const account: Destination[] = person.signedIn
    ? [place.settings, ...(person.isAdmin ? [place.admin] : [])]
    : [];
  return { tabs, more: [...rest, ...account] };
}
