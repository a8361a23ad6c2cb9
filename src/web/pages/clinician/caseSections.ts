// The parts of a case file after its overview, in the order the clinician meets them. Each part of the case
// file (formulation, notes, observations, referrals, assignments, check-ins, thought records) is a component
// of its own in this folder and adds one line here.
import type { ComponentType } from "react";
import type { CaseSummary } from "../../api/sharing";
import { CaseAssignments } from "./CaseAssignments";
import { CaseCheckins } from "./CaseCheckins";
import { CaseFormulation } from "./CaseFormulation";
import { CaseLog } from "./CaseLog";
import { CaseNotes } from "./CaseNotes";
import { CaseObservations } from "./CaseObservations";
import { CaseReferrals } from "./CaseReferrals";
import { CaseScreenings } from "./CaseScreenings";
import { CaseThoughtRecords } from "./CaseThoughtRecords";
import { CaseVisitSummary } from "./CaseVisitSummary";
import { FhirExport } from "./FhirExport";

export interface CaseSectionProps {
  caseId: string;
  summary: CaseSummary;
}

export const caseSections: { key: string; Component: ComponentType<CaseSectionProps> }[] = [
  { key: "log", Component: CaseLog },
  { key: "screenings", Component: CaseScreenings },
  { key: "visit-summary", Component: CaseVisitSummary },
  { key: "formulation", Component: CaseFormulation },
  { key: "notes", Component: CaseNotes },
  { key: "thought-records", Component: CaseThoughtRecords },
  { key: "observations", Component: CaseObservations },
  { key: "referrals", Component: CaseReferrals },
  { key: "assignments", Component: CaseAssignments },
  { key: "checkins", Component: CaseCheckins },
  { key: "fhir", Component: FhirExport },
];
