import type { Generated } from "kysely";

/**
 * Table types, snake_case as stored. Repositories turn rows into the domain's camelCase shapes.
 * Auth dates are whatever better-auth's adapter writes for the dialect (ISO text on SQLite, timestamptz on
 * Postgres); Attune's own times are integer epoch milliseconds.
 */
type AuthDate = Date | string;
type AuthBool = boolean | number;

export interface UsersTable {
  id: string;
  name: string;
  email: string;
  email_verified: AuthBool;
  image: string | null;
  role: string;
  is_admin: AuthBool;
  created_at: AuthDate;
  updated_at: AuthDate;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  token: string;
  expires_at: AuthDate;
  ip_address: string | null;
  user_agent: string | null;
  created_at: AuthDate;
  updated_at: AuthDate;
}

export interface AccountsTable {
  id: string;
  user_id: string;
  account_id: string;
  provider_id: string;
  access_token: string | null;
  refresh_token: string | null;
  id_token: string | null;
  access_token_expires_at: AuthDate | null;
  refresh_token_expires_at: AuthDate | null;
  scope: string | null;
  password: string | null;
  created_at: AuthDate;
  updated_at: AuthDate;
}

export interface VerificationsTable {
  id: string;
  identifier: string;
  value: string;
  expires_at: AuthDate;
  created_at: AuthDate;
  updated_at: AuthDate;
}

export interface RateLimitsTable {
  id: string;
  key: string;
  count: number;
  last_request: number;
}

export interface UserPreferencesTable {
  user_id: string;
  locale: string;
  volume_unit: string;
  weight_unit: string;
  clock: string;
  theme: string;
  /** 1: show gentle check-in reminders (the default); 0: do not. */
  checkin_reminders: number;
  /** A help region (src/domain/region.ts), or null to follow the family's. */
  region: string | null;
  updated_at: number;
}

export interface AuditEventsTable {
  id: string;
  at: number;
  actor_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  family_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: string | null;
}

export interface ConsentsTable {
  id: string;
  family_id: string;
  granted_by: string | null;
  code_hash: string;
  clinician_id: string | null;
  /** JSON array of ConsentScope. */
  scopes: string;
  created_at: number;
  accept_by: number;
  accepted_at: number | null;
  expires_at: number;
  revoked_at: number | null;
  revoked_by: string | null;
}

export interface CasesTable {
  id: string;
  clinician_id: string;
  family_id: string;
  created_at: number;
}

/** A clinician's invitation to share (migration 0017): who asks, and whether a family took it up. */
export interface ShareInvitationsTable {
  id: string;
  clinician_id: string;
  code_hash: string;
  created_at: number;
  use_by: number;
  used_at: number | null;
  consent_id: string | null;
}

/** One saved version of a dyad's formulation (migration 0013); rows are only added. */
export interface CaseFormulationsTable {
  id: string;
  case_id: string;
  family_id: string;
  caregiver_id: string;
  baby_id: string;
  version: number;
  /** JSON: the template's parts (domain/formulation.ts). */
  content: string;
  author_id: string | null;
  created_at: number;
}

export interface CaseNotesTable {
  id: string;
  case_id: string;
  family_id: string;
  author_id: string;
  /** "progress" or "private" (domain/case-note.ts). */
  kind: string;
  text: string;
  created_at: number;
  updated_at: number;
  /** Set once, when signed: the text is locked from then on. */
  signed_at: number | null;
}

export interface CaseNoteAmendmentsTable {
  id: string;
  note_id: string;
  author_id: string | null;
  text: string;
  created_at: number;
}

export interface FamiliesTable {
  id: string;
  name: string;
  time_zone: string;
  /** JSON array of the family's own entry type labels. */
  custom_types: string;
  /** A help region (US, GB, …) for the family's help lines; null: not set. */
  region: string | null;
  created_at: number;
  updated_at: number;
}

export interface IdeaMarksTable {
  user_id: string;
  idea_id: string;
  seen_at: number | null;
  saved_at: number | null;
  hidden_at: number | null;
}

export interface FamilyMembersTable {
  family_id: string;
  user_id: string;
  relationship: string;
  permission: string;
  joined_at: number;
}

export interface BabiesTable {
  id: string;
  family_id: string;
  name: string;
  birth_date: string | null;
  due_date: string | null;
  gestational_weeks: number | null;
  sex: string | null;
  created_at: number;
  updated_at: number;
}

export interface InvitesTable {
  id: string;
  family_id: string;
  /** SHA-256 of the code (migration 0020); the code itself is shown once, when the invite is made. */
  code_hash: string;
  relationship: string;
  permission: string;
  created_by: string;
  created_at: number;
  expires_at: number;
  accepted_by: string | null;
  accepted_at: number | null;
  revoked_at: number | null;
}

export interface EntriesTable {
  id: string;
  family_id: string;
  baby_id: string;
  caregiver_id: string;
  type: string;
  started_at: number;
  ended_at: number | null;
  details: string;
  moments: string;
  cues: string;
  feeling: number | null;
  note: string | null;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  seq: number;
}

export interface ScreeningsTable {
  id: string;
  user_id: string;
  baby_id: string | null;
  family_id: string | null;
  instrument_id: string;
  instrument_version: string;
  lang: string;
  completed_at: number;
  total: number;
  /** JSON: { subscales, bands, flags, criteria? } as scored at completion. */
  result: string;
  /** 0/1: the person chose to show it in their visit summary. */
  for_visit: number;
  /** 0/1: the person chose to let a clinician their family shares with see it. */
  for_clinicians: number;
  /** The id the phone gave a check-in it finished offline; unique per person. */
  client_id: string | null;
}

export interface ScreeningAnswersTable {
  screening_id: string;
  item: string;
  option: number;
  score: number;
}

export interface DirectoryProvidersTable {
  /** Stable integer key (SQLite FTS5 needs one); generated on insert. */
  num: Generated<number>;
  id: string;
  owner_id: string | null;
  /** The email an application without an account gave, lower case; null otherwise. */
  applicant_email: string | null;
  status: string;
  source: string;
  /** For an imported listing, the HSDS service's id (lower case); unique per source. Null otherwise. */
  source_ref: string | null;
  kind: string;
  name: string;
  organization: string | null;
  about: string;
  /** JSON arrays of taxonomy keys / language codes / region codes. */
  services: string;
  focus: string;
  approaches: string;
  languages: string;
  insurance: string;
  telehealth: string;
  fees: string | null;
  sliding_scale: number;
  accepting: number;
  confirmed_at: number;
  /** JSON place or null. */
  place: string | null;
  lat: number | null;
  lon: number | null;
  /** JSON { phone?, email?, website? }. */
  contact: string;
  pending_changes: string | null;
  moderation_note: string | null;
  search_text: string;
  created_at: number;
  updated_at: number;
  approved_at: number | null;
}

export interface DirectoryTermsTable {
  provider_num: number;
  facet: string;
  term: string;
}

export interface DirectoryCredentialsTable {
  provider_num: number;
  type: string;
  detail: string | null;
  verified_by: string | null;
  verified_at: number | null;
  verification_method: string | null;
}

export interface DirectoryModerationEventsTable {
  id: string;
  provider_num: number;
  actor_id: string | null;
  action: string;
  reason: string | null;
  at: number;
}

export interface ChangeCounterTable {
  id: number;
  value: number;
}

export interface ObservationsTable {
  id: string;
  case_id: string;
  family_id: string;
  clinician_id: string | null;
  baby_id: string | null;
  caregiver_id: string | null;
  text: string;
  created_at: number;
  seen_at: number | null;
  seen_by: string | null;
}

export interface ReferralsTable {
  id: string;
  case_id: string;
  family_id: string;
  clinician_id: string | null;
  /** "directory" or "written_in". */
  source: string;
  /** A directory listing's id; null for a provider written in (or a listing since removed). */
  provider_id: string | null;
  name: string;
  /** JSON { phone?, email?, website? } for a provider written in; null otherwise. */
  contact: string | null;
  service: string;
  note: string | null;
  status: string;
  status_at: number;
  status_by: string | null;
  created_at: number;
}

export interface AssignmentsTable {
  id: string;
  case_id: string;
  family_id: string;
  clinician_id: string | null;
  /** domain/assignment.ts: article, cue_section or idea; `ref` names the content. */
  kind: string;
  ref: string;
  note: string | null;
  /** sent, read or tried. */
  status: string;
  status_at: number | null;
  status_by: string | null;
  reflection: string | null;
  created_at: number;
}

export interface CheckinRequestsTable {
  id: string;
  case_id: string;
  family_id: string;
  clinician_id: string | null;
  caregiver_id: string;
  instrument_id: string;
  /** Local dates (YYYY-MM-DD) in the family's time zone; every_weeks null for a single check-in. */
  starts_on: string;
  every_weeks: number | null;
  until: string | null;
  times: number | null;
  created_at: number;
  stopped_at: number | null;
  stopped_by: string | null;
}

/** Fixed-window counters shared by every process (migration 0022); keys hold hashes, never addresses. */
export interface AuthThrottlesTable {
  key: string;
  count: number;
  window_started: number;
}

/** One row per reminder mailed for one due item, claimed before sending (migration 0022). */
export interface MailSentTable {
  key: string;
  user_id: string;
  kind: string;
  sent_at: number;
}

/** Reminder mails a person turned off with the one-click link (migration 0022). */
export interface MailOptOutsTable {
  user_id: string;
  kind: string;
  created_at: number;
}

/** History brought from another tracker, as one batch that can be undone (migration 0023). */
export interface ImportsTable {
  id: string;
  family_id: string;
  baby_id: string;
  user_id: string | null;
  format: string;
  time_zone: string;
  total: number;
  added: number;
  duplicates: number;
  errors: number;
  range_from: number | null;
  range_to: number | null;
  created_at: number;
  undone_at: number | null;
}

/** The entries an import added (0023). */
export interface ImportEntriesTable {
  import_id: string;
  entry_id: string;
}

/** A case whose family (or one of whose caregivers or babies) is gone: the clinician's own record (0021). */
export interface ClosedCasesTable {
  id: string;
  clinician_id: string;
  /** family_erased, family_deleted, caregiver_erased or baby_deleted. */
  reason: string;
  opened_at: number;
  closed_at: number;
}

/** A clinician's note or formulation version kept in a closed case, as JSON with nothing of the family. */
export interface ClosedCaseRecordsTable {
  id: string;
  closed_case_id: string;
  /** "note" or "formulation". */
  kind: string;
  content: string;
  created_at: number;
}

/** A clinician's own coding scheme (0025); the default scheme is content, not a row. */
export interface CodingSchemesTable {
  id: string;
  owner_id: string;
  name: string;
  /** JSON: the scheme's codes (contract/coding-scheme.ts). */
  codes: string;
  /** "default" or the id of the scheme this one was copied from. */
  copied_from: string | null;
  created_at: number;
  updated_at: number;
}

/** One coded interaction of a case's dyad (0025). */
export interface CodingSessionsTable {
  id: string;
  case_id: string;
  family_id: string;
  clinician_id: string;
  baby_id: string | null;
  title: string;
  /** "live" or "video". */
  mode: string;
  /** "default" or a coding_schemes id. */
  scheme_id: string;
  /** Seconds; null until known (a live session still running). */
  duration: number | null;
  video_name: string | null;
  video_duration: number | null;
  video_sha256: string | null;
  created_at: number;
  updated_at: number;
}

/** One coded event; its id is made on the coder's device, so a batch sent twice is stored once (0025). */
export interface CodingEventsTable {
  id: string;
  session_id: string;
  coder_id: string;
  code: string;
  /** Seconds from the session's start. */
  at: number;
  /** Set for a state event: when it stopped. */
  end: number | null;
  modifier: string | null;
  created_at: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  accounts: AccountsTable;
  verifications: VerificationsTable;
  rate_limits: RateLimitsTable;
  user_preferences: UserPreferencesTable;
  audit_events: AuditEventsTable;
  families: FamiliesTable;
  family_members: FamilyMembersTable;
  idea_marks: IdeaMarksTable;
  babies: BabiesTable;
  invites: InvitesTable;
  entries: EntriesTable;
  screenings: ScreeningsTable;
  directory_providers: DirectoryProvidersTable;
  consents: ConsentsTable;
  cases: CasesTable;
  share_invitations: ShareInvitationsTable;
  case_formulations: CaseFormulationsTable;
  case_notes: CaseNotesTable;
  case_note_amendments: CaseNoteAmendmentsTable;
  assignments: AssignmentsTable;
  checkin_requests: CheckinRequestsTable;
  observations: ObservationsTable;
  referrals: ReferralsTable;
  closed_cases: ClosedCasesTable;
  closed_case_records: ClosedCaseRecordsTable;
  directory_terms: DirectoryTermsTable;
  directory_credentials: DirectoryCredentialsTable;
  directory_moderation_events: DirectoryModerationEventsTable;
  screening_answers: ScreeningAnswersTable;
  change_counter: ChangeCounterTable;
  auth_throttles: AuthThrottlesTable;
  mail_sent: MailSentTable;
  mail_opt_outs: MailOptOutsTable;
  imports: ImportsTable;
  import_entries: ImportEntriesTable;
  coding_schemes: CodingSchemesTable;
  coding_sessions: CodingSessionsTable;
  coding_events: CodingEventsTable;
}
