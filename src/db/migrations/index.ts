import type { Migration } from "kysely";
import type { DatabaseKind } from "../database.js";
import { accountsAndAudit } from "./0001_accounts_and_audit.js";
import { familiesAndEntries } from "./0002_families_and_entries.js";
import { familyCustomTypes } from "./0003_family_custom_types.js";
import { ideaMarks } from "./0004_idea_marks.js";
import { screenings } from "./0005_screenings.js";
import { familyRegion } from "./0006_family_region.js";
import { screeningSharing } from "./0007_screening_sharing.js";
import { directory } from "./0008_directory.js";
import { directorySearchPlans } from "./0009_directory_search_plans.js";
import { directoryApplicants } from "./0010_directory_applicants.js";
import { consentsAndCases } from "./0011_consents_and_cases.js";
import { thoughtRecords } from "./0012_thought_records.js";
import { caseFormulationsAndNotes } from "./0013_case_formulations_and_notes.js";
import { observationsAndReferrals } from "./0014_observations_and_referrals.js";
import { assignmentsAndCheckinRequests } from "./0015_assignments_and_checkin_requests.js";
import { caseloadActivity } from "./0016_caseload_activity.js";
import { shareInvitations } from "./0017_share_invitations.js";
import { listingSourceRef } from "./0018_listing_source_ref.js";
import { preferenceRegion } from "./0019_preference_region.js";
import { inviteCodeHashes } from "./0020_invite_code_hashes.js";
import { erasure } from "./0021_erasure.js";
import { mailAndThrottles } from "./0022_mail_and_throttles.js";
import { imports } from "./0023_imports.js";
import { importEntriesByEntry } from "./0024_import_entries_by_entry.js";
import { codingSessions } from "./0025_coding_sessions.js";

/**
 * The one ordered migration set for both dialects. Names sort in the order they must run;
 * a migration that has shipped is never edited, only followed by a new one.
 */
export function migrationsFor(kind: DatabaseKind): Record<string, Migration> {
  return {
    "0001_accounts_and_audit": accountsAndAudit(kind),
    "0002_families_and_entries": familiesAndEntries(kind),
    "0003_family_custom_types": familyCustomTypes(),
    "0004_idea_marks": ideaMarks(kind),
    "0005_screenings": screenings(kind),
    "0006_family_region": familyRegion(),
    "0007_screening_sharing": screeningSharing(),
    "0008_directory": directory(kind),
    "0009_directory_search_plans": directorySearchPlans(kind),
    "0010_directory_applicants": directoryApplicants(),
    "0011_consents_and_cases": consentsAndCases(kind),
    "0012_thought_records": thoughtRecords(kind),
    "0013_case_formulations_and_notes": caseFormulationsAndNotes(kind),
    "0014_observations_and_referrals": observationsAndReferrals(kind),
    "0015_assignments_and_checkin_requests": assignmentsAndCheckinRequests(kind),
    "0016_caseload_activity": caseloadActivity(),
    "0017_share_invitations": shareInvitations(kind),
    "0018_listing_source_ref": listingSourceRef(),
    "0019_preference_region": preferenceRegion(),
    "0020_invite_code_hashes": inviteCodeHashes(),
    "0021_erasure": erasure(kind),
    "0022_mail_and_throttles": mailAndThrottles(kind),
    "0023_imports": imports(kind),
    "0024_import_entries_by_entry": importEntriesByEntry,
    "0025_coding_sessions": codingSessions(kind),
  };
}
