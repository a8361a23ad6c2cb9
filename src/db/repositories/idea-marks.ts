import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

export interface IdeaMark {
  ideaId: string;
  seenAt: number | null;
  savedAt: number | null;
  hiddenAt: number | null;
}

/** One person's history with the bonding ideas. Marks are personal: caregivers of one baby keep their own. */
export function ideaMarksRepository(db: Kysely<Database>) {
  async function upsert(
    userId: string,
    ideaId: string,
    set: Partial<{ seen_at: number | null; saved_at: number | null; hidden_at: number | null }>,
  ) {
    await db
      .insertInto("idea_marks")
      .values({ user_id: userId, idea_id: ideaId, seen_at: null, saved_at: null, hidden_at: null, ...set })
      .onConflict((oc) => oc.columns(["user_id", "idea_id"]).doUpdateSet(set))
      .execute();
  }

  return {
    async forUser(userId: string): Promise<IdeaMark[]> {
      const rows = await db.selectFrom("idea_marks").selectAll().where("user_id", "=", userId).execute();
      return rows.map((r) => ({
        ideaId: r.idea_id,
        seenAt: r.seen_at,
        savedAt: r.saved_at,
        hiddenAt: r.hidden_at,
      }));
    },

    seen: (userId: string, ideaId: string, now = Date.now()) => upsert(userId, ideaId, { seen_at: now }),

    async mark(
      userId: string,
      ideaId: string,
      change: { saved?: boolean; hidden?: boolean },
      now = Date.now(),
    ) {
      const set: { saved_at?: number | null; hidden_at?: number | null } = {};
      if (change.saved !== undefined) set.saved_at = change.saved ? now : null;
      if (change.hidden !== undefined) set.hidden_at = change.hidden ? now : null;
      if (Object.keys(set).length) await upsert(userId, ideaId, set);
    },
  };
}
