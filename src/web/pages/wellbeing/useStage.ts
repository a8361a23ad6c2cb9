// Where this person is (a baby on the way, a baby born, or both), which decides the questionnaires their
// list offers. The server works it out over every family they belong to; without its answer (offline, or
// the server unreachable), the babies this phone remembers stand in, so the list still fits.
import { type ParentStage, stageOf } from "../../../domain/screening/fit";
import { localDate } from "../../../domain/time";
import { browserTimeZone } from "../../api/families";
import { useSuggestions } from "../../api/wellbeing";
import { useFamilyBabies } from "./useBabies";

/** null while it is not known yet: the questionnaires that depend on it wait until it is. */
export function useStage(): ParentStage | null {
  const suggestions = useSuggestions();
  const remembered = useFamilyBabies();
  if (suggestions.data) return suggestions.data.stage;
  if (!suggestions.isError) return null;
  const today = localDate(Date.now(), browserTimeZone());
  return stageOf(remembered.map((b) => ({ ...b, today })));
}
