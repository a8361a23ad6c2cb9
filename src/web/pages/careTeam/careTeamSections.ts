// What the family's clinicians send them (observations, referrals, things to read or try), shown on the
// family's "From your care team" page. Each kind is a component of its own in this folder and adds one line here.
import type { ComponentType } from "react";
import { FamilyAssignments } from "./FamilyAssignments";
import { FamilyCheckins } from "./FamilyCheckins";
import { FamilyObservations } from "./FamilyObservations";
import { FamilyReferrals } from "./FamilyReferrals";

export interface CareTeamSectionProps {
  familyId: string;
}

export const careTeamSections: { key: string; Component: ComponentType<CareTeamSectionProps> }[] = [
  { key: "observations", Component: FamilyObservations },
  { key: "referrals", Component: FamilyReferrals },
  { key: "checkins", Component: FamilyCheckins },
  { key: "assignments", Component: FamilyAssignments },
];
