// What the family's clinicians send them (observations, referrals, things to read or try), shown on the
// family's "From your care team" page. Each kind is a component of its own in this folder and adds one line here.
import type { ComponentType } from "react";

export interface CareTeamSectionProps {
  familyId: string;
}

export const careTeamSections: { key: string; Component: ComponentType<CareTeamSectionProps> }[] = [];
