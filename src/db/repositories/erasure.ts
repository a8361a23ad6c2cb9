import { type Kysely, sql } from "kysely";
import { uuidv7 } from "../../domain/ids.js";
import type { Database } from "../schema.js";
import type { ThoughtRecordsTable } from "./thought-records.js";

/**
 * Erasure (docs/decisions.md, "Erasure"): deleting an account, a family or a baby, each in one transaction, so that nothing of
 * what is erased is left behind and nothing of anyone else's goes with it.
 *
 * - An account: every family where the person is the only caregiver is deleted with everything in it; in
 *   families with other caregivers only their membership and their own private records go (screenings,
 *   thought records, the `feeling` on entries they logged) and the entries stay, logged by a removed
 *   caregiver. The last owner of a family with other caregivers is refused until they hand over ownership or
 *   delete the family. Then every row of the person: sessions, accounts, tokens, preferences, marks.
 * - A family: its babies, log, shares (so every share it granted ends), codes, care-team items, access log.
 *   A screening or a thought record someone else made is theirs: it is kept, without the baby and the
 *   family, private again.
 * - A baby: its log and the clinician's formulations about it; screenings about it are kept without it.
 * - The clinician's own words about a case whose family (or caregiver, or baby) is gone are kept as a closed
 *   case (`closed_cases`, `closed_case_records`) that names nobody.
 *
 * `erasureCoverage` and `tablesWithoutFamilyData` together name every table in the database; the erasure
 * test reads the database's own list of tables and fails on any table named in neither, so a new table that
 * holds family data cannot be added without deciding here what erasure does with it.
 */

/** Who an entry is from once the caregiver who logged it has erased their account. */
export const REMOVED_CAREGIVER = "removed";

/** Every table that holds a family's or a person's data, and what erasure does with its rows. */
export const erasureCoverage = {
  users: "the person's row is deleted",
  sessions: "the person's sessions are deleted",
  accounts: "the person's sign-in accounts (password hash) are deleted",
  verifications: "tokens issued to the person or their address are deleted",
  rate_limits: "counters whose key names the person are deleted",
  user_preferences: "deleted with the person",
  idea_marks: "deleted with the person",
  mail_sent: "deleted with the person",
  mail_opt_outs: "deleted with the person",
  audit_events:
    "a deleted family's access log and the person's own trail are deleted; in a family that stays, the person's share and case events stay without their name",
  families: "deleted when the person was its only caregiver, or by its owner",
  family_members: "the person's memberships are deleted, with a deleted family's",
  babies: "deleted with their family, or one by one by an owner",
  invites: "deleted with their family; in a family that stays, they no longer name the person",
  imports: "deleted with their family or baby; in a family that stays, they no longer name the person",
  import_entries: "deleted with their import",
  entries:
    "deleted with their family or baby; in a family that stays, the person's entries stay without their feeling, logged by a removed caregiver",
  screenings: "the person's are deleted; another person's about a deleted family or baby are kept without it",
  screening_answers: "deleted with their screening",
  thought_records:
    "the person's are deleted; another person's kept with a deleted family are kept without it, private again",
  consents:
    "deleted with their family (the share ends); in a family that stays, they no longer name the person; a clinician's are ended and no longer name them",
  share_invitations: "a clinician's are deleted with them; one a deleted family took up is deleted",
  cases: "deleted with their family or their clinician; the clinician's words are kept as a closed case",
  case_notes: "copied to the closed case, then deleted with their family; the clinician's own go with them",
  case_note_amendments: "as their note",
  case_formulations:
    "copied to a closed case, then deleted with their family, baby or caregiver; the clinician's own go with them",
  observations: "deleted with their family; in a family that stays, they no longer name the person",
  referrals: "deleted with their family; in a family that stays, they no longer name the person",
  assignments: "deleted with their family; in a family that stays, they no longer name the person",
  checkin_requests: "deleted with their family, and those asked of the person",
  coding_schemes: "the clinician's own; deleted with them",
  coding_sessions:
    "deleted with their family, their baby or their case (the clinician's own cases go with them)",
  coding_events: "as their session",
  closed_cases: "the clinician's; deleted with the clinician",
  closed_case_records: "as their closed case",
  directory_providers: "the person's own listings are deleted",
  directory_terms: "deleted with their listing",
  directory_credentials: "deleted with their listing; a moderator's checks no longer name them",
  directory_moderation_events: "deleted with their listing; a moderator's decisions no longer name them",
} as const;

/** Every other table, and why it holds nothing of a family or a person. */
export const tablesWithoutFamilyData = {
  change_counter: "one global number that orders changes",
  auth_throttles: "counters keyed by a hash, expiring within minutes",
  schema_migrations: "which migrations ran",
  schema_migrations_lock: "the migration lock",
  sqlite_sequence: "SQLite's own counters",
  // SQLite's full-text index of public directory listings (migration 0009) and its shadow tables.
  directory_providers_fts: "the directory's public search index",
  directory_providers_fts_data: "the directory's public search index",
  directory_providers_fts_idx: "the directory's public search index",
  directory_providers_fts_docsize: "the directory's public search index",
  directory_providers_fts_config: "the directory's public search index",
} as const;

export type ClosedCaseReason = "family_erased" | "family_deleted" | "caregiver_erased" | "baby_deleted";

type Executor = Kysely<Database>;

export interface ShareEnding {
  id: string;
  /** The clinician who took it up; null for a code not used yet. */
  clinician: { name: string; email: string } | null;
}

export interface FamilyErasure {
  id: string;
  name: string;
  permission: string;
  /**
   * delete: the person is its only caregiver, so it goes; leave: its other caregivers keep it;
   * blocked: the person is its last owner and others remain (hand over ownership or delete it first).
   */
  fate: "delete" | "leave" | "blocked";
  babies: { id: string; name: string; entries: number }[];
  /** Entries in the whole family's log. */
  entries: number;
  /** Entries the person logged (in a family that stays, these stay, logged by a removed caregiver). */
  ownEntries: number;
  otherCaregivers: { userId: string; name: string }[];
  /** Shares that are active or waiting to be taken up: deleting the family ends them. */
  shares: ShareEnding[];
}

export interface AccountErasure {
  families: FamilyErasure[];
  screenings: number;
  thoughtRecords: number;
  /** The person's directory listings. */
  listings: { id: string; name: string }[];
  /** As a clinician: their cases, which go with their notes and formulations. */
  cases: number;
}

export type EraseOutcome =
  | { ok: true; erased: AccountErasure }
  | { ok: false; blocked: FamilyErasure[] }
  | { ok: false; gone: true };

const count = (n: number | string | bigint | null | undefined) => Number(n ?? 0);

/** `column` holds `text` somewhere, taken literally (an address's "_" is not a wildcard). */
const contains = (column: string, text: string) =>
  sql<boolean>`${sql.ref(column)} like ${`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;

/** A column that may name a person, in a table whose rows outlive them (so it can hold null). */
type PersonColumn = {
  [T in keyof Database]: [
    T,
    { [C in keyof Database[T]]: null extends Database[T][C] ? C : never }[keyof Database[T]],
  ];
}[keyof Database];

/** These rows stay, without the person's name: each column that names them is set to null. */
async function unname(tx: Executor, userId: string, columns: PersonColumn[]) {
  // Written as SQL because each pair is another table: the same statement Kysely's `updateTable` writes.
  for (const [table, column] of columns) {
    const names = sql.ref(String(column));
    await sql`update ${sql.table(table)} set ${names} = ${null} where ${names} = ${userId}`.execute(tx);
  }
}

/** What a case file holds besides its notes' amendments: each row names its family and its case. */
const caseRecordTables = [
  "case_notes",
  "case_formulations",
  "observations",
  "referrals",
  "assignments",
  "checkin_requests",
] as const;

/** Deletes the records of these cases (amendments first: they point at notes), chosen by family or by case. */
async function deleteCaseRecords(
  tx: Executor,
  by: "family_id" | "case_id",
  ids: string[],
  caseIds: string[],
) {
  if (caseIds.length) {
    await tx
      .deleteFrom("case_note_amendments")
      .where("note_id", "in", tx.selectFrom("case_notes").select("id").where("case_id", "in", caseIds))
      .execute();
  }
  // A coding session is about the dyad, not the clinician's own words: it is not kept in a closed case.
  await deleteCodingSessions(tx, by, ids);
  for (const table of caseRecordTables) await tx.deleteFrom(table).where(by, "in", ids).execute();
}

/** Deletes these coding sessions with their events (events first: they point at their session). */
async function deleteCodingSessions(
  tx: Executor,
  by: "family_id" | "case_id" | "baby_id" | "clinician_id",
  ids: string[],
) {
  if (!ids.length) return;
  const sessions = tx.selectFrom("coding_sessions").select("id").where(by, "in", ids);
  await tx.deleteFrom("coding_events").where("session_id", "in", sessions).execute();
  await tx.deleteFrom("coding_sessions").where(by, "in", ids).execute();
}

async function familyErasure(
  db: Executor,
  familyId: string,
  userId: string,
  now: number,
): Promise<Omit<FamilyErasure, "fate" | "permission">> {
  const family = await db
    .selectFrom("families")
    .select(["id", "name"])
    .where("id", "=", familyId)
    .executeTakeFirstOrThrow();
  const members = await db
    .selectFrom("family_members")
    .innerJoin("users", "users.id", "family_members.user_id")
    .select(["family_members.user_id", "users.name", "family_members.joined_at"])
    .where("family_members.family_id", "=", familyId)
    .orderBy("family_members.joined_at")
    .execute();
  const babies = await db
    .selectFrom("babies")
    .select(["id", "name"])
    .where("family_id", "=", familyId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const perBaby = await db
    .selectFrom("entries")
    .select((eb) => ["baby_id", eb.fn.countAll<number | string>().as("n")])
    .where("family_id", "=", familyId)
    .where("deleted_at", "is", null)
    .groupBy("baby_id")
    .execute();
  const own = await db
    .selectFrom("entries")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("family_id", "=", familyId)
    .where("caregiver_id", "=", userId)
    .where("deleted_at", "is", null)
    .executeTakeFirstOrThrow();
  const shares = await db
    .selectFrom("consents")
    .leftJoin("users", "users.id", "consents.clinician_id")
    .select(["consents.id", "consents.accepted_at", "users.name", "users.email"])
    .where("consents.family_id", "=", familyId)
    .where("consents.revoked_at", "is", null)
    .where((eb) =>
      eb.or([
        eb.and([eb("consents.accepted_at", "is not", null), eb("consents.expires_at", ">", now)]),
        eb.and([eb("consents.accepted_at", "is", null), eb("consents.accept_by", ">", now)]),
      ]),
    )
    .orderBy("consents.created_at")
    .execute();
  const entriesOf = new Map(perBaby.map((r) => [r.baby_id, count(r.n)]));
  return {
    id: family.id,
    name: family.name,
    babies: babies.map((b) => ({ id: b.id, name: b.name, entries: entriesOf.get(b.id) ?? 0 })),
    entries: [...entriesOf.values()].reduce((a, b) => a + b, 0),
    ownEntries: count(own.n),
    otherCaregivers: members
      .filter((m) => m.user_id !== userId)
      .map((m) => ({ userId: m.user_id, name: m.name })),
    shares: shares.map((s) => ({
      id: s.id,
      clinician: s.accepted_at !== null && s.name !== null ? { name: s.name, email: s.email ?? "" } : null,
    })),
  };
}

/** What erasing this account would do, family by family. */
async function planAccount(db: Executor, userId: string, now: number): Promise<AccountErasure> {
  const memberships = await db
    .selectFrom("family_members")
    .innerJoin("families", "families.id", "family_members.family_id")
    .select(["family_members.family_id", "family_members.permission"])
    .where("family_members.user_id", "=", userId)
    .orderBy("families.created_at")
    .orderBy("families.id")
    .execute();
  const families: FamilyErasure[] = [];
  for (const m of memberships) {
    const f = await familyErasure(db, m.family_id, userId, now);
    let fate: FamilyErasure["fate"] = "leave";
    if (f.otherCaregivers.length === 0) fate = "delete";
    else if (m.permission === "owner") {
      const owners = await db
        .selectFrom("family_members")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("family_id", "=", m.family_id)
        .where("permission", "=", "owner")
        .where("user_id", "!=", userId)
        .executeTakeFirstOrThrow();
      if (count(owners.n) === 0) fate = "blocked";
    }
    families.push({ ...f, permission: m.permission, fate });
  }
  const screenings = await db
    .selectFrom("screenings")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  const thoughts = await db
    .withTables<{ thought_records: ThoughtRecordsTable }>()
    .selectFrom("thought_records")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  const listings = await db
    .selectFrom("directory_providers")
    .select(["id", "name"])
    .where("owner_id", "=", userId)
    .orderBy("created_at")
    .execute();
  const cases = await db
    .selectFrom("cases")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("clinician_id", "=", userId)
    .executeTakeFirstOrThrow();
  return {
    families,
    screenings: count(screenings.n),
    thoughtRecords: count(thoughts.n),
    listings,
    cases: count(cases.n),
  };
}

/** A new closed case for one clinician's case, holding only the clinician's words. */
async function openClosedCase(
  tx: Executor,
  caseRow: { id: string; clinician_id: string; created_at: number },
  id: string,
  reason: ClosedCaseReason,
  now: number,
) {
  await tx
    .insertInto("closed_cases")
    .values({
      id,
      clinician_id: caseRow.clinician_id,
      reason,
      opened_at: Number(caseRow.created_at),
      closed_at: now,
    })
    .execute();
}

/** Copies formulation versions (chosen by `where`) into closed cases, numbering the dyads without names. */
async function keepFormulations(
  tx: Executor,
  rows: {
    id: string;
    case_id: string;
    caregiver_id: string;
    baby_id: string;
    version: number;
    content: string;
    created_at: number;
  }[],
  closedIdOf: (caseId: string) => string,
) {
  const dyads = new Map<string, number>();
  for (const r of [...rows].sort((a, b) => Number(a.created_at) - Number(b.created_at))) {
    const key = `${r.case_id} ${r.caregiver_id} ${r.baby_id}`;
    if (!dyads.has(key))
      dyads.set(key, [...dyads.keys()].filter((k) => k.startsWith(`${r.case_id} `)).length + 1);
    await tx
      .insertInto("closed_case_records")
      .values({
        id: r.id,
        closed_case_id: closedIdOf(r.case_id),
        kind: "formulation",
        content: JSON.stringify({
          dyad: dyads.get(key),
          version: Number(r.version),
          parts: JSON.parse(r.content) as unknown,
        }),
        created_at: Number(r.created_at),
      })
      .execute();
  }
}

/** Closes the cases of families about to be deleted: the clinician keeps their notes and formulations. */
async function closeCasesOf(tx: Executor, familyIds: string[], reason: ClosedCaseReason, now: number) {
  const cases = await tx
    .selectFrom("cases")
    .select(["id", "clinician_id", "created_at"])
    .where("family_id", "in", familyIds)
    .execute();
  if (!cases.length) return;
  const caseIds = cases.map((c) => c.id);
  // The case's id is free: a case is closed this way once, when its family goes.
  for (const c of cases) await openClosedCase(tx, c, c.id, reason, now);
  const notes = await tx
    .selectFrom("case_notes")
    .select(["id", "case_id", "kind", "text", "created_at", "updated_at", "signed_at"])
    .where("case_id", "in", caseIds)
    .execute();
  const amendments = notes.length
    ? await tx
        .selectFrom("case_note_amendments")
        .select(["note_id", "text", "created_at"])
        .where(
          "note_id",
          "in",
          notes.map((n) => n.id),
        )
        .orderBy("created_at")
        .execute()
    : [];
  for (const n of notes)
    await tx
      .insertInto("closed_case_records")
      .values({
        id: n.id,
        closed_case_id: n.case_id,
        kind: "note",
        content: JSON.stringify({
          kind: n.kind,
          text: n.text,
          updatedAt: Number(n.updated_at),
          signedAt: n.signed_at === null ? null : Number(n.signed_at),
          amendments: amendments
            .filter((a) => a.note_id === n.id)
            .map((a) => ({ text: a.text, createdAt: Number(a.created_at) })),
        }),
        created_at: Number(n.created_at),
      })
      .execute();
  const formulations = await tx
    .selectFrom("case_formulations")
    .select(["id", "case_id", "caregiver_id", "baby_id", "version", "content", "created_at"])
    .where("case_id", "in", caseIds)
    .execute();
  await keepFormulations(tx, formulations, (caseId) => caseId);
}

/**
 * Formulations about one caregiver or one baby that is going while the case stays: copied to a closed case
 * of their own (one per case), then deleted by the caller.
 */
async function keepDyadFormulations(
  tx: Executor,
  where: { caregiverId: string } | { babyId: string },
  reason: ClosedCaseReason,
  now: number,
) {
  let q = tx
    .selectFrom("case_formulations")
    .innerJoin("cases", "cases.id", "case_formulations.case_id")
    .select([
      "case_formulations.id",
      "case_formulations.case_id",
      "case_formulations.caregiver_id",
      "case_formulations.baby_id",
      "case_formulations.version",
      "case_formulations.content",
      "case_formulations.created_at",
      "cases.clinician_id",
      "cases.created_at as case_created_at",
    ]);
  q =
    "caregiverId" in where
      ? q.where("case_formulations.caregiver_id", "=", where.caregiverId)
      : q.where("case_formulations.baby_id", "=", where.babyId);
  const rows = await q.execute();
  if (!rows.length) return;
  const closedIds = new Map<string, string>();
  for (const r of rows) {
    if (closedIds.has(r.case_id)) continue;
    const id = uuidv7(now);
    closedIds.set(r.case_id, id);
    await openClosedCase(
      tx,
      { id: r.case_id, clinician_id: r.clinician_id, created_at: r.case_created_at },
      id,
      reason,
      now,
    );
  }
  await keepFormulations(tx, rows, (caseId) => closedIds.get(caseId) ?? caseId);
}

/** Deletes families and everything in them, child rows first (so no database cascade is relied on). */
async function deleteFamilies(tx: Executor, familyIds: string[], reason: ClosedCaseReason, now: number) {
  if (!familyIds.length) return;
  const babyIds = (
    await tx.selectFrom("babies").select("id").where("family_id", "in", familyIds).execute()
  ).map((b) => b.id);
  const consentIds = (
    await tx.selectFrom("consents").select("id").where("family_id", "in", familyIds).execute()
  ).map((c) => c.id);
  const caseIds = (
    await tx.selectFrom("cases").select("id").where("family_id", "in", familyIds).execute()
  ).map((c) => c.id);

  await closeCasesOf(tx, familyIds, reason, now);

  // A screening belongs to whoever answered it: one about this family's baby is kept, without the baby or
  // the family, and private again (a result with no family would otherwise show in every family of theirs).
  await tx
    .updateTable("screenings")
    .set({ baby_id: null, family_id: null, for_clinicians: 0 })
    .where((eb) =>
      eb.or([eb("family_id", "in", familyIds), ...(babyIds.length ? [eb("baby_id", "in", babyIds)] : [])]),
    )
    .execute();

  await deleteCaseRecords(tx, "family_id", familyIds, caseIds);
  // Likewise a thought record is its author's: kept, with no family, so shared with no clinician.
  await tx
    .withTables<{ thought_records: ThoughtRecordsTable }>()
    .updateTable("thought_records")
    .set({ family_id: null, shared_with_clinicians: 0 })
    .where("family_id", "in", familyIds)
    .execute();
  if (consentIds.length) {
    // An invitation a clinician made that this family took up: it led to the family, so it goes too.
    await tx.deleteFrom("share_invitations").where("consent_id", "in", consentIds).execute();
  }
  await tx.deleteFrom("cases").where("family_id", "in", familyIds).execute();
  await tx.deleteFrom("consents").where("family_id", "in", familyIds).execute();
  // Imports, with the list of what each added, before the entries they name.
  const importIds = tx.selectFrom("imports").select("id").where("family_id", "in", familyIds);
  await tx.deleteFrom("import_entries").where("import_id", "in", importIds).execute();
  await tx.deleteFrom("imports").where("family_id", "in", familyIds).execute();
  await tx.deleteFrom("entries").where("family_id", "in", familyIds).execute();
  await tx.deleteFrom("invites").where("family_id", "in", familyIds).execute();
  await tx.deleteFrom("babies").where("family_id", "in", familyIds).execute();
  await tx.deleteFrom("family_members").where("family_id", "in", familyIds).execute();

  // The family's access log, and anything else recorded about its things.
  const about = [...familyIds, ...babyIds, ...consentIds, ...caseIds];
  await tx.deleteFrom("audit_events").where("family_id", "in", familyIds).execute();
  await tx.deleteFrom("audit_events").where("subject_id", "in", about).execute();

  await tx.deleteFrom("families").where("id", "in", familyIds).execute();
}

/** Everything of the person outside the families deleted: their private records, their trail, their rows. */
async function deleteUserRows(tx: Executor, userId: string, email: string, now: number) {
  // Their private records.
  const screeningIds = (
    await tx.selectFrom("screenings").select("id").where("user_id", "=", userId).execute()
  ).map((s) => s.id);
  const thoughtIds = (
    await tx
      .withTables<{ thought_records: ThoughtRecordsTable }>()
      .selectFrom("thought_records")
      .select("id")
      .where("user_id", "=", userId)
      .execute()
  ).map((t) => t.id);
  if (screeningIds.length)
    await tx.deleteFrom("screening_answers").where("screening_id", "in", screeningIds).execute();
  await tx.deleteFrom("screenings").where("user_id", "=", userId).execute();
  await tx
    .withTables<{ thought_records: ThoughtRecordsTable }>()
    .deleteFrom("thought_records")
    .where("user_id", "=", userId)
    .execute();

  // In families that stay: the entries they logged stay, without their feeling and their name.
  await tx
    .updateTable("entries")
    .set({ caregiver_id: REMOVED_CAREGIVER, feeling: null })
    .where("caregiver_id", "=", userId)
    .execute();
  await tx
    .updateTable("invites")
    .set({ created_by: REMOVED_CAREGIVER })
    .where("created_by", "=", userId)
    .execute();
  await unname(tx, userId, [
    ["invites", "accepted_by"],
    ["imports", "user_id"],
    ["consents", "granted_by"],
    ["consents", "revoked_by"],
    ["observations", "caregiver_id"],
    ["observations", "seen_by"],
    ["referrals", "status_by"],
    ["assignments", "status_by"],
    ["checkin_requests", "stopped_by"],
  ]);
  await tx.deleteFrom("checkin_requests").where("caregiver_id", "=", userId).execute();
  // A clinician's formulation about this caregiver stays with the clinician, in a closed case.
  await keepDyadFormulations(tx, { caregiverId: userId }, "caregiver_erased", now);
  await tx.deleteFrom("case_formulations").where("caregiver_id", "=", userId).execute();
  await unname(tx, userId, [
    ["case_formulations", "author_id"],
    ["case_note_amendments", "author_id"],
  ]);

  // As a clinician: their shares end and no longer name them (the family keeps that it shared), and their
  // own case files go with them.
  await tx
    .updateTable("consents")
    .set({ revoked_at: now })
    .where("clinician_id", "=", userId)
    .where("revoked_at", "is", null)
    .execute();
  await unname(tx, userId, [["consents", "clinician_id"]]);
  const ownCases = (
    await tx.selectFrom("cases").select("id").where("clinician_id", "=", userId).execute()
  ).map((c) => c.id);
  if (ownCases.length) {
    await deleteCaseRecords(tx, "case_id", ownCases, ownCases);
    await tx.deleteFrom("cases").where("id", "in", ownCases).execute();
  }
  await tx.deleteFrom("case_notes").where("author_id", "=", userId).execute();
  await deleteCodingSessions(tx, "clinician_id", [userId]);
  await tx.deleteFrom("coding_schemes").where("owner_id", "=", userId).execute();
  await tx
    .deleteFrom("closed_case_records")
    .where(
      "closed_case_id",
      "in",
      tx.selectFrom("closed_cases").select("id").where("clinician_id", "=", userId),
    )
    .execute();
  await tx.deleteFrom("closed_cases").where("clinician_id", "=", userId).execute();
  await tx.deleteFrom("share_invitations").where("clinician_id", "=", userId).execute();

  // Their directory listings; a moderator's checks and decisions stay without their name.
  const listings = await tx
    .selectFrom("directory_providers")
    .select("num")
    .where((eb) => eb.or([eb("owner_id", "=", userId), eb("applicant_email", "=", email.toLowerCase())]))
    .execute();
  if (listings.length) {
    const nums = listings.map((l) => l.num);
    for (const table of ["directory_terms", "directory_credentials", "directory_moderation_events"] as const)
      await tx.deleteFrom(table).where("provider_num", "in", nums).execute();
    await tx.deleteFrom("directory_providers").where("num", "in", nums).execute();
  }
  await unname(tx, userId, [
    ["directory_credentials", "verified_by"],
    ["directory_moderation_events", "actor_id"],
  ]);

  // Their trail. In a family that stays, what they did with its shares and its clinicians stays in the
  // family's access log, without their name; everything else of theirs goes.
  const about = [userId, ...screeningIds, ...thoughtIds];
  await tx
    .updateTable("audit_events")
    .set({ actor_id: null })
    .where("actor_id", "=", userId)
    .where("family_id", "is not", null)
    .where((eb) => eb.or([eb("action", "like", "consent.%"), eb("action", "like", "case.%")]))
    .where("subject_id", "not in", about)
    .execute();
  await tx
    .deleteFrom("audit_events")
    .where((eb) =>
      eb.or([eb("actor_id", "=", userId), eb("subject_id", "in", about), contains("details", userId)]),
    )
    .execute();

  // The account itself (better-auth then finds nothing left to delete).
  for (const table of ["idea_marks", "user_preferences", "mail_sent", "mail_opt_outs"] as const)
    await tx.deleteFrom(table).where("user_id", "=", userId).execute();
  await tx
    .deleteFrom("verifications")
    .where((eb) =>
      eb.or([
        eb("value", "=", userId),
        eb("value", "=", email),
        contains("identifier", email),
        contains("value", userId),
      ]),
    )
    .execute();
  await tx
    .deleteFrom("rate_limits")
    .where((eb) => eb.or([contains("key", userId), contains("key", email)]))
    .execute();
  await tx.deleteFrom("sessions").where("user_id", "=", userId).execute();
  await tx.deleteFrom("accounts").where("user_id", "=", userId).execute();
  await tx.deleteFrom("users").where("id", "=", userId).execute();
}

export function erasureRepository(db: Kysely<Database>) {
  return {
    /** What erasing this account would do (nothing is changed). */
    preview(userId: string, now = Date.now()): Promise<AccountErasure> {
      return planAccount(db, userId, now);
    },

    /**
     * Erases an account in one transaction. Refused (nothing changed) while the person is the last owner of
     * a family that has other caregivers.
     */
    async eraseAccount(userId: string, now = Date.now()): Promise<EraseOutcome> {
      return db.transaction().execute(async (tx) => {
        const user = await tx
          .selectFrom("users")
          .select(["id", "email"])
          .where("id", "=", userId)
          .executeTakeFirst();
        if (!user) return { ok: false, gone: true } as const;
        const plan = await planAccount(tx, userId, now);
        const blocked = plan.families.filter((f) => f.fate === "blocked");
        if (blocked.length) return { ok: false, blocked } as const;
        await deleteFamilies(
          tx,
          plan.families.filter((f) => f.fate === "delete").map((f) => f.id),
          "family_erased",
          now,
        );
        await tx.deleteFrom("family_members").where("user_id", "=", userId).execute();
        await deleteUserRows(tx, userId, user.email, now);
        return { ok: true, erased: plan } as const;
      });
    },

    /** What deleting this family would do, as seen by `userId`. */
    async previewFamily(
      familyId: string,
      userId: string,
      now = Date.now(),
    ): Promise<Omit<FamilyErasure, "fate" | "permission">> {
      return familyErasure(db, familyId, userId, now);
    },

    /** Deletes a family and everything in it, in one transaction (its owner's choice). */
    async deleteFamily(familyId: string, now = Date.now()): Promise<boolean> {
      return db.transaction().execute(async (tx) => {
        const found = await tx
          .selectFrom("families")
          .select("id")
          .where("id", "=", familyId)
          .executeTakeFirst();
        if (!found) return false;
        await deleteFamilies(tx, [familyId], "family_deleted", now);
        return true;
      });
    },

    /**
     * Deletes one baby with its log, in one transaction. Screenings about the baby belong to whoever answered
     * them: they are kept, without the baby (still in the family). A clinician's formulations about the baby
     * are kept in a closed case.
     */
    async deleteBaby(babyId: string, now = Date.now()): Promise<boolean> {
      return db.transaction().execute(async (tx) => {
        const found = await tx.selectFrom("babies").select("id").where("id", "=", babyId).executeTakeFirst();
        if (!found) return false;
        await tx.updateTable("screenings").set({ baby_id: null }).where("baby_id", "=", babyId).execute();
        await tx.updateTable("observations").set({ baby_id: null }).where("baby_id", "=", babyId).execute();
        await keepDyadFormulations(tx, { babyId }, "baby_deleted", now);
        await tx.deleteFrom("case_formulations").where("baby_id", "=", babyId).execute();
        // A coding session of the baby is the baby's interaction: it goes with the baby.
        await deleteCodingSessions(tx, "baby_id", [babyId]);
        const importIds = tx.selectFrom("imports").select("id").where("baby_id", "=", babyId);
        await tx.deleteFrom("import_entries").where("import_id", "in", importIds).execute();
        await tx.deleteFrom("imports").where("baby_id", "=", babyId).execute();
        await tx.deleteFrom("entries").where("baby_id", "=", babyId).execute();
        await tx.deleteFrom("audit_events").where("subject_id", "=", babyId).execute();
        await tx.deleteFrom("babies").where("id", "=", babyId).execute();
        return true;
      });
    },
  };
}
export type ErasureRepository = ReturnType<typeof erasureRepository>;
