// The region whose numbers to show: chosen here before (shared with the crying helper), else guessed from
// the browser's languages, else the United States.
import { useState } from "react";
import { initialRegion, rememberRegion } from "../pages/crying/region";
import type { HelpRegion } from "./lines";

export function useHelpRegion(): [HelpRegion, (next: HelpRegion) => void] {
  const [region, setRegion] = useState<HelpRegion>(initialRegion);
  return [
    region,
    (next) => {
      rememberRegion(next);
      setRegion(next);
    },
  ];
}
