import type { Kysely } from "kysely";
import { defaultPreferences, type Preferences, preferencesSchema } from "../../domain/account.js";
import type { Database } from "../schema.js";

export function preferencesRepository(db: Kysely<Database>) {
  return {
    /** A person's preferences; defaults until they change one. */
    async get(userId: string): Promise<Preferences> {
      const row = await db
        .selectFrom("user_preferences")
        .select(["locale", "volume_unit", "weight_unit", "clock", "theme", "checkin_reminders", "region"])
        .where("user_id", "=", userId)
        .executeTakeFirst();
      if (!row) return defaultPreferences;
      // Parsing guards against a value written by an older version that the domain no longer allows.
      const parsed = preferencesSchema.safeParse({
        locale: row.locale,
        volumeUnit: row.volume_unit,
        weightUnit: row.weight_unit,
        clock: row.clock,
        theme: row.theme,
        checkinReminders: Number(row.checkin_reminders) !== 0,
        region: row.region ?? null,
      });
      return parsed.success ? parsed.data : defaultPreferences;
    },

    async update(userId: string, change: Partial<Preferences>, now = Date.now()): Promise<Preferences> {
      const next = { ...(await this.get(userId)), ...change };
      const row = {
        locale: next.locale,
        volume_unit: next.volumeUnit,
        weight_unit: next.weightUnit,
        clock: next.clock,
        theme: next.theme,
        checkin_reminders: next.checkinReminders ? 1 : 0,
        region: next.region,
        updated_at: now,
      };
      await db
        .insertInto("user_preferences")
        .values({ user_id: userId, ...row })
        .onConflict((oc) => oc.column("user_id").doUpdateSet(row))
        .execute();
      return next;
    },
  };
}
export type PreferencesRepository = ReturnType<typeof preferencesRepository>;
