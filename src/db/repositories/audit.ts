import { type Kysely, sql } from "kysely";
import { uuidv7 } from "../../domain/ids.js";
import type { Database } from "../schema.js";

export interface AuditRecord {
  actorId: string | null;
  action: string;
  subjectType?: string;
  subjectId?: string;
  familyId?: string;
  ip?: string;
  userAgent?: string;
  details?: Record<string, unknown>;
}

export interface AuditEvent extends AuditRecord {
  id: string;
  at: string;
}

export function auditRepository(db: Kysely<Database>) {
  return {
    async record(event: AuditRecord, now = Date.now()): Promise<void> {
      await db
        .insertInto("audit_events")
        .values({
          id: uuidv7(now),
          at: now,
          actor_id: event.actorId,
          action: event.action,
          subject_type: event.subjectType ?? null,
          subject_id: event.subjectId ?? null,
          family_id: event.familyId ?? null,
          ip: event.ip ?? null,
          user_agent: event.userAgent?.slice(0, 300) ?? null,
          details: event.details ? JSON.stringify(event.details) : null,
        })
        .execute();
    },

    /**
     * Newest first. `about` narrows to events a person did or that were done to their account;
     * without it (admins) every event of the `actions` asked for is listed.
     */
    async page(opts: {
      about?: string;
      /** Also (or, without `about`, only) the access log of these families: shares and clinicians' reads. */
      families?: string[];
      /** Only these actions (the instance admin's view is an allow-list of them). */
      actions?: readonly string[];
      beforeId?: string;
      limit: number;
    }): Promise<AuditEvent[]> {
      let q = db.selectFrom("audit_events").selectAll().orderBy("id", "desc").limit(opts.limit);
      const { about: who, families, actions } = opts;
      if (actions !== undefined)
        q = actions.length ? q.where("action", "in", [...actions]) : q.where(sql<boolean>`1 = 0`);
      if (who !== undefined || families !== undefined) {
        q = q.where((eb) => {
          const either = [];
          if (who !== undefined)
            either.push(
              eb("actor_id", "=", who),
              eb.and([eb("subject_type", "=", "user"), eb("subject_id", "=", who)]),
            );
          if (families?.length)
            either.push(
              eb.and([
                eb("family_id", "in", families),
                eb.or([eb("action", "like", "case.%"), eb("action", "like", "consent.%")]),
              ]),
            );
          return either.length ? eb.or(either) : eb.val(false);
        });
      }
      if (opts.beforeId) q = q.where("id", "<", opts.beforeId);
      const rows = await q.execute();
      return rows.map((r) => ({
        id: r.id,
        at: new Date(r.at).toISOString(),
        actorId: r.actor_id,
        action: r.action,
        ...(r.subject_type ? { subjectType: r.subject_type } : {}),
        ...(r.subject_id ? { subjectId: r.subject_id } : {}),
        ...(r.family_id ? { familyId: r.family_id } : {}),
        ...(r.ip ? { ip: r.ip } : {}),
        ...(r.user_agent ? { userAgent: r.user_agent } : {}),
        ...(r.details ? { details: JSON.parse(r.details) as Record<string, unknown> } : {}),
      }));
    },
  };
}
export type AuditRepository = ReturnType<typeof auditRepository>;
