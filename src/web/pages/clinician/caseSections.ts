// The parts of a case file after its overview, in the order the clinician meets them. Each part of the case
// file (formulation, notes, observations, referrals, assignments, check-ins, thought records) is a component
// of its own in this folder and adds one line here.
import type { ComponentType } from "react";
import type { CaseSummary } from "../../api/sharing";

export interface CaseSectionProps {
  caseId: string;
  summary: CaseSummary;
}

export const caseSections: { key: string; Component: ComponentType<CaseSectionProps> }[] = [];
