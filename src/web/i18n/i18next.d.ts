// Typed translation keys: a typo in t("...") is a type error, not a blank label in front of a tired parent.
// Every catalogue is typed here as present, but all except en.json arrive when a page imports their module
// (i18n/<name>.ts); test/unit/i18n-bundles-loaded.test.ts follows the imports so that a page naming a
// catalogue's keys without loading it fails.
import "i18next";
import type ageEn from "./age.en.json";
import type assignmentsEn from "./assignments.en.json";
import type bondingEn from "./bonding.en.json";
import type careTeamEn from "./careteam.en.json";
import type caseFileEn from "./casefile.en.json";
import type caseReadsEn from "./casereads.en.json";
import type cryingEn from "./crying.en.json";
import type directoryEn from "./directory.en.json";
import type en from "./en.json";
import type erasureEn from "./erasure.en.json";
import type familyDataEn from "./familydata.en.json";
import type fhirEn from "./fhir.en.json";
import type guidanceEn from "./guidance.en.json";
import type ideasEn from "./ideas.en.json";
import type importsEn from "./imports.en.json";
import type invitationsEn from "./invitations.en.json";
import type logEn from "./log.en.json";
import type sharingEn from "./sharing.en.json";
import type thoughtsEn from "./thoughts.en.json";
import type wellbeingEn from "./wellbeing.en.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    // The log catalogue arrives with the log screens (log.ts); its keys are typed all the same.
    resources: {
      translation: typeof en &
        typeof logEn &
        typeof cryingEn &
        typeof ideasEn &
        typeof importsEn &
        typeof guidanceEn &
        typeof wellbeingEn &
        typeof directoryEn &
        typeof bondingEn &
        typeof sharingEn &
        typeof invitationsEn &
        typeof careTeamEn &
        typeof caseFileEn &
        typeof caseReadsEn &
        typeof assignmentsEn &
        typeof fhirEn &
        typeof thoughtsEn &
        typeof erasureEn &
        typeof familyDataEn &
        typeof ageEn;
    };
    returnNull: false;
  }
}
