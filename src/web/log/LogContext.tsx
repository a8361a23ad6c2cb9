// Which family and baby the log screens are about, and the sync engine for this account. Today, Week and
// History all read the same context so switching babies (twins) or families switches every screen.
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from "react";
import { useMe } from "../api/account";
import { type Baby, type Family, type FamilySummary, useFamily } from "../api/families";
import { LOG_CHOICES } from "../api/storedKeys";
import { useChosenFamily } from "./familyChoice";
import { type LogSync, logSync } from "./sync";

interface LogContextValue {
  userId: string;
  family: Family;
  /** Every family this person is in; more than one shows the family switcher. */
  families: FamilySummary[];
  baby: Baby;
  chooseBaby: (id: string) => void;
  sync: LogSync;
}

const Context = createContext<LogContextValue | null>(null);
const BABY_KEY = LOG_CHOICES.baby;

export function useLogContext(): LogContextValue {
  const value = useContext(Context);
  if (!value) throw new Error("useLogContext outside LogProvider");
  return value;
}

export type LogGate =
  | { kind: "loading" }
  | { kind: "error"; error: unknown; retry: () => void }
  | { kind: "no-family" }
  | { kind: "no-baby"; family: Family; families: FamilySummary[] }
  | { kind: "ready"; value: LogContextValue };

/** Everything the log screens need, or why they can't open yet (still loading, no family, no baby). */
export function useLogGate(): LogGate {
  const userId = useMe().data?.user.id ?? "";
  const { families, summary } = useChosenFamily();
  const family = useFamily(summary?.id);
  const [babyId, setBabyId] = useState(() => localStorage.getItem(BABY_KEY));
  const sync = useMemo(() => logSync(userId), [userId]);
  const familyId = summary?.id;
  // Poll for the family's changes while a log screen is open (keyed on the id: a refetch must not restart it).
  useEffect(() => (familyId ? sync.start() : undefined), [sync, familyId]);

  // Keyed on the answers, not the query objects: those change with every refetch's "fetching" flag, and a new
  // context value redraws every screen of the log at once.
  const {
    data: familyList,
    isError: familiesFailed,
    error: familiesError,
    refetch: refetchFamilies,
  } = families;
  const { data: chosen, isError: familyFailed, error: familyError, refetch: refetchFamily } = family;
  return useMemo((): LogGate => {
    if (familiesFailed && !familyList)
      return { kind: "error", error: familiesError, retry: () => void refetchFamilies() };
    if (!familyList) return { kind: "loading" };
    if (!summary) return { kind: "no-family" };
    if (familyFailed && !chosen)
      return { kind: "error", error: familyError, retry: () => void refetchFamily() };
    if (!chosen) return { kind: "loading" };
    const babies = chosen.babies;
    const baby = babies.find((b) => b.id === babyId) ?? babies[0];
    if (!baby) return { kind: "no-baby", family: chosen, families: familyList };
    const chooseBaby = (id: string) => {
      localStorage.setItem(BABY_KEY, id);
      setBabyId(id);
    };
    return {
      kind: "ready",
      value: {
        userId,
        family: chosen,
        families: familyList,
        baby,
        chooseBaby,
        sync,
      },
    };
  }, [
    familyList,
    familiesFailed,
    familiesError,
    refetchFamilies,
    chosen,
    familyFailed,
    familyError,
    refetchFamily,
    summary,
    babyId,
    userId,
    sync,
  ]);
}

export function LogProvider({ value, children }: { value: LogContextValue; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSyncState() {
  const { sync } = useLogContext();
  return useSyncExternalStore(sync.subscribe, sync.getState);
}
