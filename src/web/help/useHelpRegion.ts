// The region whose numbers to show: the person's own choice (Settings), else the current family's setting
// (Family settings), else the one chosen on a help screen before (shared with the crying helper), else
// guessed from the device's time zone, then its languages, else the United States. Choosing another region
// on a screen changes that screen only; the saved settings stay.
import { useState } from "react";
import { useMe } from "../api/account";
import { useChosenFamily } from "../log/familyChoice";
import { initialRegion, isHelpRegion, rememberRegion } from "../pages/crying/region";
import type { HelpRegion } from "./lines";

type RegionChoice = [HelpRegion, (next: HelpRegion) => void];

/** The person's own region from Settings, when someone is signed in and chose one. */
function usePersonRegion(): HelpRegion | null {
  const region = useMe().data?.preferences.region;
  return isHelpRegion(region) ? region : null;
}

/** For a screen that knows its family already (the crying helper, inside the log). */
export function useRegionChoice(familyRegion: string | null | undefined): RegionChoice {
  const [chosen, setChosen] = useState<HelpRegion | null>(null);
  const [guess] = useState(initialRegion);
  const personRegion = usePersonRegion();
  // Derived, not copied into state: the settings may arrive after the first render (or change).
  const region = chosen ?? personRegion ?? (isHelpRegion(familyRegion) ? familyRegion : guess);
  return [
    region,
    (next) => {
      rememberRegion(next);
      setChosen(next);
    },
  ];
}

/** The region of the family the log is about, when someone is signed in; Help works signed out too. */
function useCurrentFamilyRegion(): string | null {
  const signedIn = Boolean(useMe().data);
  const { summary } = useChosenFamily({ enabled: signedIn });
  return signedIn ? (summary?.region ?? null) : null;
}

export function useHelpRegion(): RegionChoice {
  return useRegionChoice(useCurrentFamilyRegion());
}
