import type { Kysely } from "kysely";
import { INVITE_LIFETIME_MS, inviteCode, type Permission, type Relationship } from "../../domain/family.js";
import { uuidv7 } from "../../domain/ids.js";
import type { Database } from "../schema.js";
import { shareCodeHash } from "./consents.js";

/**
 * How an invite's code is kept: like a share's, only the SHA-256 of the code as it is compared (upper case,
 * letters and digits only), so "abcde fghjk" and "ABCDE-FGHJK" are the same code and the table holds none.
 */
export const inviteCodeHash = shareCodeHash;

/** An invite as it is listed: its code is never shown again after it was made. */
export interface Invite {
  id: string;
  familyId: string;
  relationship: Relationship;
  permission: Permission;
  expiresAt: string;
  status: "open" | "accepted" | "revoked" | "expired";
}

export type AcceptOutcome =
  | { ok: true; familyId: string }
  | { ok: false; reason: "unknown" | "used" | "revoked" | "expired" | "already_member" };

/** A new invite, with the one copy of its code there will ever be: the owner passes it on. */
export type NewInvite = Invite & { code: string };

export function invitesRepository(db: Kysely<Database>) {
  return {
    async create(
      familyId: string,
      input: { relationship: Relationship; permission: Permission },
      createdBy: string,
      now = Date.now(),
    ): Promise<NewInvite> {
      const code = inviteCode();
      const row = {
        id: uuidv7(now),
        family_id: familyId,
        code_hash: inviteCodeHash(code),
        relationship: input.relationship,
        permission: input.permission,
        created_by: createdBy,
        created_at: now,
        expires_at: now + INVITE_LIFETIME_MS,
      };
      await db.insertInto("invites").values(row).execute();
      return {
        id: row.id,
        familyId,
        code,
        relationship: input.relationship,
        permission: input.permission,
        expiresAt: new Date(row.expires_at).toISOString(),
        status: "open",
      };
    },

    async listOpen(familyId: string, now = Date.now()): Promise<Invite[]> {
      const rows = await db
        .selectFrom("invites")
        .selectAll()
        .where("family_id", "=", familyId)
        .where("accepted_at", "is", null)
        .where("revoked_at", "is", null)
        .where("expires_at", ">", now)
        .orderBy("created_at")
        .execute();
      return rows.map((r) => ({
        id: r.id,
        familyId: r.family_id,
        relationship: r.relationship as Relationship,
        permission: r.permission as Permission,
        expiresAt: new Date(r.expires_at).toISOString(),
        status: "open" as const,
      }));
    },

    async revoke(familyId: string, inviteId: string, now = Date.now()): Promise<boolean> {
      const r = await db
        .updateTable("invites")
        .set({ revoked_at: now })
        .where("id", "=", inviteId)
        .where("family_id", "=", familyId)
        .where("accepted_at", "is", null)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    /**
     * Single use: the invite is claimed by a conditional update, so two people racing for one code cannot
     * both join. Membership is added in the same transaction.
     */
    async accept(code: string, userId: string, now = Date.now()): Promise<AcceptOutcome> {
      return db.transaction().execute(async (tx) => {
        const invite = await tx
          .selectFrom("invites")
          .selectAll()
          .where("code_hash", "=", inviteCodeHash(code))
          .executeTakeFirst();
        if (!invite) return { ok: false, reason: "unknown" } as const;
        if (invite.revoked_at !== null) return { ok: false, reason: "revoked" } as const;
        if (invite.accepted_at !== null) return { ok: false, reason: "used" } as const;
        if (invite.expires_at <= now) return { ok: false, reason: "expired" } as const;
        const existing = await tx
          .selectFrom("family_members")
          .select("user_id")
          .where("family_id", "=", invite.family_id)
          .where("user_id", "=", userId)
          .executeTakeFirst();
        if (existing) return { ok: false, reason: "already_member" } as const;
        const claimed = await tx
          .updateTable("invites")
          .set({ accepted_by: userId, accepted_at: now })
          .where("id", "=", invite.id)
          .where("accepted_at", "is", null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) === 0) return { ok: false, reason: "used" } as const;
        await tx
          .insertInto("family_members")
          .values({
            family_id: invite.family_id,
            user_id: userId,
            relationship: invite.relationship,
            permission: invite.permission,
            joined_at: now,
          })
          .execute();
        return { ok: true, familyId: invite.family_id } as const;
      });
    },
  };
}
export type InvitesRepository = ReturnType<typeof invitesRepository>;
