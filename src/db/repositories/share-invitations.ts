import type { Kysely } from "kysely";
import { type ConsentScope, INVITATION_DAYS, shareCode } from "../../domain/consent.js";
import { uuidv7 } from "../../domain/ids.js";
import type { Database } from "../schema.js";
import { auditRepository } from "./audit.js";
import {
  type Consent,
  type ConsentAudit,
  consentRow,
  isCaregiverIn,
  openCaseIn,
  shareCodeHash,
  toConsent,
} from "./consents.js";

const DAY_MS = 86_400_000;

export interface ShareInvitation {
  id: string;
  clinicianId: string;
  createdAt: number;
  useBy: number;
  usedAt: number | null;
  consentId: string | null;
}

export type GrantOutcome =
  | { ok: true; consent: Consent; caseId: string }
  | { ok: false; reason: "unknown" | "used" | "closed" | "own_family" };

const toInvitation = (r: Database["share_invitations"]): ShareInvitation => ({
  id: r.id,
  clinicianId: r.clinician_id,
  createdAt: Number(r.created_at),
  useBy: Number(r.use_by),
  usedAt: r.used_at === null ? null : Number(r.used_at),
  consentId: r.consent_id,
});

/**
 * A clinician's invitations to share. A family that takes one up makes a share already accepted by that
 * clinician: the caregiver chooses the scopes and the time, exactly as when they make a code themself.
 */
export function shareInvitationsRepository(db: Kysely<Database>) {
  return {
    /** A new invitation and its code; the code is returned this once and kept only as a hash. */
    async create(clinicianId: string, now = Date.now()) {
      const code = shareCode();
      const row = {
        id: uuidv7(now),
        clinician_id: clinicianId,
        code_hash: shareCodeHash(code),
        created_at: now,
        use_by: now + INVITATION_DAYS * DAY_MS,
        used_at: null,
        consent_id: null,
      };
      await db.insertInto("share_invitations").values(row).execute();
      return { invitation: toInvitation(row), code };
    },

    async byCode(code: string): Promise<ShareInvitation | undefined> {
      const row = await db
        .selectFrom("share_invitations")
        .selectAll()
        .where("code_hash", "=", shareCodeHash(code))
        .executeTakeFirst();
      return row && toInvitation(row);
    },

    /** This clinician's invitations, newest first. */
    async byClinician(clinicianId: string, limit = 50): Promise<ShareInvitation[]> {
      const rows = await db
        .selectFrom("share_invitations")
        .selectAll()
        .where("clinician_id", "=", clinicianId)
        .orderBy("created_at", "desc")
        .limit(limit)
        .execute();
      return rows.map(toInvitation);
    },

    /**
     * A caregiver takes up the invitation for one of their families: once (a conditional update, so a code
     * opened on two phones makes one share), before it runs out, and never for a family the clinician is a
     * caregiver in. The share, the case and the family's audit event are written in one transaction.
     */
    async grant(
      code: string,
      input: { familyId: string; grantedBy: string; scopes: ConsentScope[]; days: number },
      audit: ConsentAudit,
      now = Date.now(),
    ): Promise<GrantOutcome> {
      return db.transaction().execute(async (tx): Promise<GrantOutcome> => {
        const found = await tx
          .selectFrom("share_invitations")
          .selectAll()
          .where("code_hash", "=", shareCodeHash(code))
          .executeTakeFirst();
        if (!found) return { ok: false, reason: "unknown" };
        if (found.used_at !== null) return { ok: false, reason: "used" };
        if (Number(found.use_by) <= now) return { ok: false, reason: "closed" };
        if (await isCaregiverIn(tx, input.familyId, found.clinician_id))
          return { ok: false, reason: "own_family" };
        // The share's own code is never shown: the clinician is already known, so nothing is left to accept.
        const row = {
          ...consentRow(input, shareCodeHash(`invited:${found.id}`), now),
          clinician_id: found.clinician_id,
          accepted_at: now,
        };
        const claimed = await tx
          .updateTable("share_invitations")
          .set({ used_at: now })
          .where("id", "=", found.id)
          .where("used_at", "is", null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) return { ok: false, reason: "used" };
        await tx.insertInto("consents").values(row).execute();
        // Pointed at its share only now that the share exists (the column is a foreign key).
        await tx
          .updateTable("share_invitations")
          .set({ consent_id: row.id })
          .where("id", "=", found.id)
          .execute();
        const caseId = await openCaseIn(tx, found.clinician_id, input.familyId, now);
        await auditRepository(tx).record(
          {
            ...audit,
            action: "consent.create",
            subjectType: "consent",
            subjectId: row.id,
            familyId: input.familyId,
            details: {
              scopes: input.scopes,
              days: input.days,
              invitationId: found.id,
              clinicianId: found.clinician_id,
              caseId,
            },
          },
          now,
        );
        return { ok: true, consent: toConsent(row, now), caseId };
      });
    },
  };
}

export type ShareInvitationsRepository = ReturnType<typeof shareInvitationsRepository>;
