import type { Kysely } from "kysely";
import type { ListingStatus } from "../../domain/directory/listing.js";
import { uuidv7 } from "../../domain/ids.js";
import {
  moveReferral,
  type ReferralMove,
  type ReferralService,
  type ReferralStatus,
} from "../../domain/referral.js";
import type { Database } from "../schema.js";
import { type AuditRecord, auditRepository } from "./audit.js";
import { caseItemColumns, caseItemOf } from "./case-items.js";
import { recordCaseWrite, type WriteAudit } from "./case-write-audit.js";

export interface Contact {
  phone?: string;
  email?: string;
  website?: string;
}

/** A referral as read back. `listing` is the directory listing it points to, as it stands now. */
export interface Referral {
  id: string;
  caseId: string;
  familyId: string;
  clinician: { id: string; name: string } | null;
  source: "directory" | "written_in";
  /** The provider's name: written in, or the listing's name when the referral was made. */
  name: string;
  /** For a provider written in. */
  contact: Contact | null;
  listing: {
    id: string;
    name: string;
    contact: Contact;
    status: ListingStatus;
    confirmedAt: number;
  } | null;
  service: ReferralService;
  note: string | null;
  status: ReferralStatus;
  statusAt: number;
  createdAt: number;
}

export type NewReferral = {
  caseId: string;
  familyId: string;
  clinicianId: string;
  service: ReferralService;
  note: string | null;
} & ({ providerId: string; name: string } | { providerId: null; name: string; contact: Contact | null });

export type ReferralList = ({ familyId: string } | { caseId: string }) & { before?: string; limit: number };

/** Who changed a status: the case's clinician (in the family's access log) or a caregiver of the family. */
export interface StatusChanger {
  as: "clinician" | "family";
  audit: WriteAudit;
}

export type StatusOutcome =
  | { ok: true; referral: Referral; changed: boolean }
  | { ok: false; move: Extract<ReferralMove, { ok: false }> };

/** Two phones racing on one referral: after this many lost races, give up (it is still moving). */
const STATUS_TRIES = 3;

/**
 * Referrals from a case: to a public directory listing or to a provider the clinician writes in. Like
 * observations they are the family's once made (listed by family, whatever the shares), and reached by the
 * clinician only through an open case. A status moves only as domain/referral.ts allows, by an update
 * guarded on the status that was read, with its audit event in the same transaction.
 */
export function referralsRepository(db: Kysely<Database>) {
  const withNames = () =>
    db
      .selectFrom("referrals as r")
      .leftJoin("users as clinician", "clinician.id", "r.clinician_id")
      .leftJoin("directory_providers as p", "p.id", "r.provider_id")
      .select([
        ...caseItemColumns("r"),
        "r.source",
        "r.provider_id",
        "r.name",
        "r.contact",
        "p.name as provider_name",
        "p.contact as provider_contact",
        "p.status as provider_status",
        "p.confirmed_at as provider_confirmed_at",
        "r.service",
        "r.note",
        "r.status",
        "r.status_at",
        "r.created_at",
      ]);
  type Row = Awaited<ReturnType<ReturnType<typeof withNames>["executeTakeFirstOrThrow"]>>;
  const toReferral = (r: Row): Referral => ({
    ...caseItemOf(r),
    source: r.source === "directory" ? "directory" : "written_in",
    name: r.name,
    contact: r.contact ? (JSON.parse(r.contact) as Contact) : null,
    listing:
      r.provider_id && r.provider_name !== null && r.provider_status !== null
        ? {
            id: r.provider_id,
            name: r.provider_name,
            contact: JSON.parse(r.provider_contact ?? "{}") as Contact,
            status: r.provider_status as ListingStatus,
            confirmedAt: Number(r.provider_confirmed_at),
          }
        : null,
    service: r.service as ReferralService,
    note: r.note,
    status: r.status as ReferralStatus,
    statusAt: Number(r.status_at),
    createdAt: Number(r.created_at),
  });

  async function get(id: string): Promise<Referral | undefined> {
    const row = await withNames().where("r.id", "=", id).executeTakeFirst();
    return row ? toReferral(row) : undefined;
  }

  return {
    get,

    /** A new referral ("suggested") and its line in the family's access log, in one transaction. */
    async create(input: NewReferral, audit: WriteAudit, now = Date.now()): Promise<Referral> {
      const id = uuidv7(now);
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto("referrals")
          .values({
            id,
            case_id: input.caseId,
            family_id: input.familyId,
            clinician_id: input.clinicianId,
            source: input.providerId === null ? "written_in" : "directory",
            provider_id: input.providerId,
            name: input.name,
            contact: input.providerId === null && input.contact ? JSON.stringify(input.contact) : null,
            service: input.service,
            note: input.note,
            status: "suggested",
            status_at: now,
            status_by: input.clinicianId,
            created_at: now,
          })
          .execute();
        await recordCaseWrite(tx, input, "referrals", "create", audit, now, {
          referralId: id,
          ...(input.providerId ? { providerId: input.providerId } : {}),
        });
      });
      return (await get(id)) as Referral;
    },

    async list(by: ReferralList): Promise<Referral[]> {
      let q = withNames().orderBy("r.id", "desc").limit(by.limit);
      q = "familyId" in by ? q.where("r.family_id", "=", by.familyId) : q.where("r.case_id", "=", by.caseId);
      if (by.before) q = q.where("r.id", "<", by.before);
      return (await q.execute()).map(toReferral);
    },

    /**
     * Move a referral to `to` if domain/referral.ts allows it from where it stands now. The update is guarded
     * by the status read, so two people pressing different buttons at once cannot both win; the loser reads
     * again and is judged from the new status.
     */
    async setStatus(
      id: string,
      to: ReferralStatus,
      by: StatusChanger,
      now = Date.now(),
    ): Promise<StatusOutcome | undefined> {
      for (let attempt = 1; ; attempt++) {
        const outcome = await db.transaction().execute(async (tx) => {
          const current = await tx
            .selectFrom("referrals")
            .select(["id", "case_id", "family_id", "status"])
            .where("id", "=", id)
            .executeTakeFirst();
          if (!current) return undefined;
          const from = current.status as ReferralStatus;
          const move = moveReferral(from, to);
          if (!move.ok) return { ok: false as const, move };
          if (!move.changed) return { ok: true as const, changed: false };
          const written = await tx
            .updateTable("referrals")
            .set({ status: to, status_at: now, status_by: by.audit.actorId })
            .where("id", "=", id)
            .where("status", "=", from)
            .executeTakeFirst();
          if (Number(written.numUpdatedRows) === 0) return "moved" as const;
          const details = { referralId: id, from, to };
          if (by.as === "clinician")
            await recordCaseWrite(
              tx,
              { caseId: current.case_id, familyId: current.family_id },
              "referrals",
              "status",
              by.audit,
              now,
              details,
            );
          else
            await auditRepository(tx).record(
              {
                ...by.audit,
                action: "referral.status",
                subjectType: "referral",
                subjectId: id,
                familyId: current.family_id,
                details: { from, to },
              } satisfies AuditRecord,
              now,
            );
          return { ok: true as const, changed: true };
        });
        if (outcome === undefined) return undefined;
        if (outcome === "moved") {
          if (attempt === STATUS_TRIES)
            throw new Error(`referral ${id} kept changing during a status update`);
          continue;
        }
        if (!outcome.ok) return outcome;
        return { ok: true, changed: outcome.changed, referral: (await get(id)) as Referral };
      }
    },
  };
}
export type ReferralsRepository = ReturnType<typeof referralsRepository>;
