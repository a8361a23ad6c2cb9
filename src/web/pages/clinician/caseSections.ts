// The parts of a case file after its overview, in the order the clinician meets them. Each part of the case
// file (formulation, notes, observations, referrals, assignments, check-ins, thought records) is a component
// of its own in this folder and adds one line here: its key is also its address in the page (#notes), and its
// label names it in the list of links at the top of the case.
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

/** The short names of the parts, for the links (casefile.*.json, caseFile.part). */
export type CasePartLabel =
  | "caseFile.part.overview"
  | "caseFile.part.log"
  | "caseFile.part.screenings"
  | "caseFile.part.visitSummary"
  | "caseFile.part.formulation"
  | "caseFile.part.notes"
  | "caseFile.part.thoughtRecords"
  | "caseFile.part.observations"
  | "caseFile.part.referrals"
  | "caseFile.part.assignments"
  | "caseFile.part.checkins"
  | "caseFile.part.fhir";

export const caseSections: {
  key: string;
  label: CasePartLabel;
  Component: ComponentType<CaseSectionProps>;
}[] = [
  { key: "log", label: "caseFile.part.log", Component: CaseLog },
  { key: "screenings", label: "caseFile.part.screenings", Component: CaseScreenings },
  { key: "visit-summary", label: "caseFile.part.visitSummary", Component: CaseVisitSummary },
  { key: "formulation", label: "caseFile.part.formulation", Component: CaseFormulation },
  { key: "notes", label: "caseFile.part.notes", Component: CaseNotes },
  { key: "thought-records", label: "caseFile.part.thoughtRecords", Component: CaseThoughtRecords },
  { key: "observations", label: "caseFile.part.observations", Component: CaseObservations },
  { key: "referrals", label: "caseFile.part.referrals", Component: CaseReferrals },
  { key: "assignments", label: "caseFile.part.assignments", Component: CaseAssignments },
  { key: "checkins", label: "caseFile.part.checkins", Component: CaseCheckins },
  { key: "fhir", label: "caseFile.part.fhir", Component: FhirExport },
];
