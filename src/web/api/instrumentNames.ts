// The check-ins' short names (EPDS, GAD-7…) as the server lists them, for pages that only name a check-in:
// the caseload's case summaries. The full definitions (src/web/api/wellbeing.ts, src/content/instruments)
// weigh about 190 KB, which a clinician's first screen need not download to print a name.
import { useQuery } from "@tanstack/react-query";
import { api } from "./client";

export function useInstrumentName(): (id: string) => string {
  const names = useQuery({
    queryKey: ["instrument-names"],
    queryFn: async () =>
      new Map(
        (await api.get<{ items: { id: string; name: string }[] }>("/api/instruments")).items.map((i) => [
          i.id,
          i.name,
        ]),
      ),
    staleTime: 60 * 60_000,
  });
  // Until the list arrives (or offline), the id itself reads well enough: "EPDS", "GAD7".
  return (id) => names.data?.get(id) ?? id.toUpperCase();
}
