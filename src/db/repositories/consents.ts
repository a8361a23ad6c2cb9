import { createHash } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import {
  type ConsentScope,
  type ConsentState,
  consentState,
  normalizeShareCode,
  shareCode,
  shareTimes,
} from "../../domain/consent.js";
import { uuidv7 } from "../../domain/ids.js";
import type { Database } from "../schema.js";
import { type AuditRecord, auditRepository } from "./audit.js";

export interface Consent {
  id: string;
  familyId: string;
  grantedBy: string | null;
  clinicianId: string | null;
  scopes: ConsentScope[];
  createdAt: number;
  acceptBy: number;
  acceptedAt: number | null;
  expiresAt: number;
  revokedAt: number | null;
  revokedBy: string | null;
  state: ConsentState;
}

export type AcceptShareOutcome =
  | { ok: true; consent: Consent; caseId: string }
  | { ok: false; reason: "unknown" | "used" | "closed" | "own_family" };

/** Who did it and from where; stored in the same transaction as the change it describes. */
export type ConsentAudit = Omit<AuditRecord, "subjectType" | "subjectId" | "familyId" | "action">;

/** How a share's code (and a clinician's invitation code) is kept: its SHA-256, of the form it is compared in. */
export const shareCodeHash = (code: string) =>
  createHash("sha256").update(normalizeShareCode(code)).digest("hex");
const hashOf = shareCodeHash;

/** The clinician's case for the family: made the first time, reopened after (one per clinician and family). */
export async function openCaseIn(tx: Kysely<Database>, clinicianId: string, familyId: string, now: number) {
  await tx
    .insertInto("cases")
    .values({ id: uuidv7(now), clinician_id: clinicianId, family_id: familyId, created_at: now })
    .onConflict((oc) => oc.columns(["clinician_id", "family_id"]).doNothing())
    .execute();
  const opened = await tx
    .selectFrom("cases")
    .select("id")
    .where("clinician_id", "=", clinicianId)
    .where("family_id", "=", familyId)
    .executeTakeFirstOrThrow();
  return opened.id;
}

/** Is this user a caregiver in the family? A clinician never holds a case on their own family. */
export async function isCaregiverIn(tx: Kysely<Database>, familyId: string, userId: string) {
  const member = await tx
    .selectFrom("family_members")
    .select("user_id")
    .where("family_id", "=", familyId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return member !== undefined;
}

/** The row a share is stored as, for a share made `now` for `days`. */
export function consentRow(
  input: { familyId: string; grantedBy: string; scopes: ConsentScope[]; days: number },
  codeHash: string,
  now: number,
) {
  const times = shareTimes(input.days, now);
  return {
    id: uuidv7(now),
    family_id: input.familyId,
    granted_by: input.grantedBy,
    code_hash: codeHash,
    clinician_id: null as string | null,
    scopes: JSON.stringify(input.scopes),
    created_at: times.createdAt,
    accept_by: times.acceptBy,
    accepted_at: null as number | null,
    expires_at: times.expiresAt,
    revoked_at: null,
    revoked_by: null,
  };
}

export function toConsent(r: Selectable<Database["consents"]>, now: number): Consent {
  const times = {
    acceptedAt: r.accepted_at === null ? null : Number(r.accepted_at),
    acceptBy: Number(r.accept_by),
    expiresAt: Number(r.expires_at),
    revokedAt: r.revoked_at === null ? null : Number(r.revoked_at),
  };
  return {
    id: r.id,
    familyId: r.family_id,
    grantedBy: r.granted_by,
    clinicianId: r.clinician_id,
    scopes: JSON.parse(r.scopes) as ConsentScope[],
    createdAt: Number(r.created_at),
    ...times,
    revokedBy: r.revoked_by,
    state: consentState(times, now),
  };
}

/**
 * A family's shares with clinicians. Every change is written with its audit event (family-scoped, so the
 * family's access log shows it) in one transaction.
 */
export function consentsRepository(db: Kysely<Database>) {
  const audited = (
    executor: Kysely<Database>,
    consent: { id: string; familyId: string },
    action: string,
    audit: ConsentAudit,
    now: number,
    details?: Record<string, unknown>,
  ) =>
    auditRepository(executor).record(
      {
        ...audit,
        action: `consent.${action}`,
        subjectType: "consent",
        subjectId: consent.id,
        familyId: consent.familyId,
        ...(details || audit.details ? { details: { ...audit.details, ...details } } : {}),
      },
      now,
    );

  return {
    /** A new share and its code; the code is returned this once and kept only as a hash. */
    async create(
      input: { familyId: string; grantedBy: string; scopes: ConsentScope[]; days: number },
      audit: ConsentAudit,
      now = Date.now(),
    ): Promise<{ consent: Consent; code: string }> {
      const code = shareCode();
      const row = consentRow(input, hashOf(code), now);
      await db.transaction().execute(async (tx) => {
        await tx.insertInto("consents").values(row).execute();
        await audited(tx, { id: row.id, familyId: row.family_id }, "create", audit, now, {
          scopes: input.scopes,
          days: input.days,
        });
      });
      return { consent: toConsent(row, now), code };
    },

    async get(id: string, now = Date.now()): Promise<Consent | undefined> {
      const row = await db.selectFrom("consents").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? toConsent(row, now) : undefined;
    },

    /** Every share of these families, newest first (ended ones too: the family's record of who had access). */
    async forFamilies(familyIds: string[], now = Date.now()): Promise<Consent[]> {
      if (!familyIds.length) return [];
      const rows = await db
        .selectFrom("consents")
        .selectAll()
        .where("family_id", "in", familyIds)
        .orderBy("created_at", "desc")
        .execute();
      return rows.map((r) => toConsent(r, now));
    },

    /** Shares this clinician accepted, newest first. */
    async acceptedBy(clinicianId: string, now = Date.now()): Promise<Consent[]> {
      const rows = await db
        .selectFrom("consents")
        .selectAll()
        .where("clinician_id", "=", clinicianId)
        .orderBy("accepted_at", "desc")
        .execute();
      return rows.map((r) => toConsent(r, now));
    },

    /**
     * The clinician takes up a share by its code: single use (a conditional update, so two people racing for
     * one code cannot both have it), within its acceptance window, and never for a family the clinician is a
     * caregiver in. Opens the clinician's case for the family, or reopens the one they had.
     */
    async accept(code: string, clinicianId: string, audit: ConsentAudit, now = Date.now()) {
      return db.transaction().execute(async (tx): Promise<AcceptShareOutcome> => {
        const found = await tx
          .selectFrom("consents")
          .selectAll()
          .where("code_hash", "=", hashOf(code))
          .executeTakeFirst();
        if (!found) return { ok: false, reason: "unknown" };
        if (found.accepted_at !== null) return { ok: false, reason: "used" };
        if (consentState(toConsent(found, now), now) !== "waiting") return { ok: false, reason: "closed" };
        if (await isCaregiverIn(tx, found.family_id, clinicianId)) return { ok: false, reason: "own_family" };
        const taken = await tx
          .updateTable("consents")
          .set({ clinician_id: clinicianId, accepted_at: now })
          .where("id", "=", found.id)
          .where("accepted_at", "is", null)
          .where("revoked_at", "is", null)
          .executeTakeFirst();
        if (Number(taken.numUpdatedRows) !== 1) return { ok: false, reason: "used" };
        const caseId = await openCaseIn(tx, clinicianId, found.family_id, now);
        await audited(tx, { id: found.id, familyId: found.family_id }, "accept", audit, now, { caseId });
        const consent = toConsent({ ...found, clinician_id: clinicianId, accepted_at: now }, now);
        return { ok: true, consent, caseId };
      });
    },

    /** Narrow (or widen) what a live share covers. Undefined when the share has ended. */
    async updateScopes(id: string, scopes: ConsentScope[], audit: ConsentAudit, now = Date.now()) {
      return db.transaction().execute(async (tx) => {
        const current = await tx.selectFrom("consents").selectAll().where("id", "=", id).executeTakeFirst();
        if (!current) return undefined;
        const state = toConsent(current, now).state;
        if (state !== "waiting" && state !== "active") return undefined;
        await tx
          .updateTable("consents")
          .set({ scopes: JSON.stringify(scopes) })
          .where("id", "=", id)
          .execute();
        await audited(tx, { id, familyId: current.family_id }, "update", audit, now, {
          from: JSON.parse(current.scopes),
          to: scopes,
        });
        return toConsent({ ...current, scopes: JSON.stringify(scopes) }, now);
      });
    },

    /** End a share now; the next request the clinician makes under it is refused. Idempotent. */
    async revoke(id: string, by: string, audit: ConsentAudit, now = Date.now()) {
      return db.transaction().execute(async (tx) => {
        const current = await tx.selectFrom("consents").selectAll().where("id", "=", id).executeTakeFirst();
        if (!current) return undefined;
        if (current.revoked_at !== null) return toConsent(current, now);
        await tx
          .updateTable("consents")
          .set({ revoked_at: now, revoked_by: by })
          .where("id", "=", id)
          .execute();
        await audited(tx, { id, familyId: current.family_id }, "revoke", audit, now);
        return toConsent({ ...current, revoked_at: now, revoked_by: by }, now);
      });
    },
  };
}
export type ConsentsRepository = ReturnType<typeof consentsRepository>;
