import type { InstrumentId } from "../content/instruments/index.js";
import { instrumentRegistry } from "../content/instruments/registry.js";
import type { AttuneDb } from "../db/database.js";
import { assignmentsRepository } from "../db/repositories/assignments.js";
import { auditRepository } from "../db/repositories/audit.js";
import { babiesRepository } from "../db/repositories/babies.js";
import { caseNotesRepository } from "../db/repositories/case-notes.js";
import { caseReadsRepository } from "../db/repositories/case-reads.js";
import { casesRepository } from "../db/repositories/cases.js";
import { checkinRequestsRepository } from "../db/repositories/checkin-requests.js";
import { closedCasesRepository } from "../db/repositories/closed-cases.js";
import { codingSchemesRepository } from "../db/repositories/coding-schemes.js";
import { codingSessionsRepository } from "../db/repositories/coding-sessions.js";
import { consentsRepository } from "../db/repositories/consents.js";
import { directoryListingsRepository } from "../db/repositories/directory-listings.js";
import { directorySearchRepository } from "../db/repositories/directory-search.js";
import { entriesRepository } from "../db/repositories/entries.js";
import { erasureRepository } from "../db/repositories/erasure.js";
import { familiesRepository } from "../db/repositories/families.js";
import { familyExportRepository } from "../db/repositories/family-export.js";
import { formulationsRepository } from "../db/repositories/formulations.js";
import { ideaMarksRepository } from "../db/repositories/idea-marks.js";
import { importsRepository } from "../db/repositories/imports.js";
import { invitesRepository } from "../db/repositories/invites.js";
import { mailLogRepository } from "../db/repositories/mail-log.js";
import { observationsRepository } from "../db/repositories/observations.js";
import { preferencesRepository } from "../db/repositories/preferences.js";
import { referralsRepository } from "../db/repositories/referrals.js";
import { remindersDueRepository } from "../db/repositories/reminders-due.js";
import { screeningsRepository } from "../db/repositories/screenings.js";
import { sessionsRepository } from "../db/repositories/sessions.js";
import { shareInvitationsRepository } from "../db/repositories/share-invitations.js";
import { thoughtRecordsRepository } from "../db/repositories/thought-records.js";
import { throttlesRepository } from "../db/repositories/throttles.js";
import { usersRepository } from "../db/repositories/users.js";
import type { InstrumentDefinition } from "../domain/screening/definition.js";
import type { Auth } from "./auth.js";
import { type Mailer, mailOff } from "./mail/mailer.js";

/**
 * What route handlers reach through `app.attune`: the database, its repositories, auth, and the screening
 * instruments this server offers (the EPDS and the City BiTS only with the wording a deployment supplied).
 */
export function createContext(
  database: AttuneDb,
  auth: Auth,
  version: string,
  wording: Partial<Record<InstrumentId, InstrumentDefinition>> = {},
  mail: Mailer = mailOff({ info() {}, warn() {}, error() {} }),
) {
  return {
    database,
    auth,
    version,
    /** Outgoing mail (or, with mail off, the log); `mail.enabled` says which. */
    mail,
    mailLog: mailLogRepository(database.db),
    throttles: throttlesRepository(database.db),
    users: usersRepository(database.db, database.kind),
    preferences: preferencesRepository(database.db),
    sessions: sessionsRepository(database.db, database.kind),
    audit: auditRepository(database.db),
    families: familiesRepository(database.db),
    babies: babiesRepository(database.db),
    invites: invitesRepository(database.db),
    entries: entriesRepository(database.db),
    imports: importsRepository(database.db),
    /** A whole family's data, read for its export and written back by its import. */
    familyExport: familyExportRepository(database.db),
    /** Deleting a family, a baby or an account, each in one transaction. */
    erasure: erasureRepository(database.db),
    ideaMarks: ideaMarksRepository(database.db),
    screenings: screeningsRepository(database.db),
    consents: consentsRepository(database.db),
    shareInvitations: shareInvitationsRepository(database.db),
    cases: casesRepository(database.db),
    /** Every clinician read of a family's data through an open case, and the one rule for shared results. */
    caseReads: caseReadsRepository(database.db),
    /** A clinician's own notes and formulations, kept after the family behind a case was erased. */
    closedCases: closedCasesRepository(database.db),
    formulations: formulationsRepository(database.db),
    thoughtRecords: thoughtRecordsRepository(database.db),
    caseNotes: caseNotesRepository(database.db),
    assignments: assignmentsRepository(database.db),
    checkinRequests: checkinRequestsRepository(database.db),
    observations: observationsRepository(database.db),
    referrals: referralsRepository(database.db),
    /** Coded interactions of a case's dyad and their events (issue 19). */
    codingSessions: codingSessionsRepository(database.db),
    /** Clinicians' own coding schemes (the default one is content). */
    codingSchemes: codingSchemesRepository(database.db),
    /** What the reminder scheduler finds due (check-in requests, listing reconfirmation, suggestions). */
    remindersDue: remindersDueRepository(database.db),
    directory: directoryListingsRepository(database.db),
    directorySearch: directorySearchRepository(database.db, database.kind),
    instruments: instrumentRegistry(wording),
  };
}
export type AppContext = ReturnType<typeof createContext>;

declare module "fastify" {
  interface FastifyInstance {
    attune: AppContext;
  }
}
