import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { toEntry } from "../../db/repositories/entries.js";
import { checkEntry, entryInputSchema } from "../../domain/entries/entry.js";
import { CLOCK_SKEW_MS } from "../../domain/entries/rules.js";
import { actorOf } from "../plugins/authorize.js";
import { familyAllows } from "../policies/family.js";
import { signedIn } from "../policies/signed-in.js";
import { entrySchema, present } from "./entries.js";
import { errorReplies, invalidCursor } from "./schemas.js";

const isoDateTime = z.iso.datetime({ offset: true });
const upsert = z
  .object({
    entity: z.literal("entry"),
    op: z.literal("upsert"),
    // updatedAt is the device's edit time, for "later edit wins"; without it the arrival time is used.
    data: entryInputSchema.extend({
      id: z.uuid(),
      babyId: z.string().min(1).max(100),
      updatedAt: isoDateTime.optional(),
    }),
  })
  .strict();
const remove = z
  .object({
    entity: z.literal("entry"),
    op: z.literal("delete"),
    data: z.object({ id: z.uuid(), updatedAt: isoDateTime.optional() }).strict(),
  })
  .strict();

const PULL_LIMIT = 1000;
const encodeCursor = (seq: number) => Buffer.from(`s${seq}`).toString("base64url");
function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, "base64url").toString();
  const seq = Number(text.slice(1));
  if (!text.startsWith("s") || !Number.isInteger(seq) || seq < 0) {
    throw invalidCursor("That cursor is not one this API gave out; sync again without one.");
  }
  return seq;
}

/**
 * Offline-first sync: a device pushes the changes in its outbox and pulls everything that changed in its
 * families since its cursor. Ids come from the device, so a retried, duplicated or reordered push stores
 * each entry once; the later edit wins per entry; deletes travel as tombstones.
 */
export const syncRoutes: FastifyPluginAsyncZod = async (app) => {
  const { entries, families, babies } = app.attune;

  app.post(
    "/api/sync",
    {
      // Each pushed change is checked on its own below (it is per item); the pull is the actor's own families.
      config: { policy: signedIn },
      schema: {
        tags: ["sync"],
        summary: "Push outbox changes and pull changes since a cursor",
        body: z
          .object({
            cursor: z.string().max(100).optional(),
            changes: z
              .array(z.discriminatedUnion("op", [upsert, remove]))
              .max(1000)
              .default([]),
          })
          .strict(),
        response: {
          200: z.object({
            applied: z.array(z.string()),
            conflicts: z.array(z.object({ id: z.string(), reason: z.string(), message: z.string() })),
            changes: z.array(
              z.object({ entity: z.literal("entry"), op: z.enum(["upsert", "delete"]), data: entrySchema }),
            ),
            cursor: z.string(),
            hasMore: z.boolean(),
          }),
          ...errorReplies,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const since = request.body.cursor ? decodeCursor(request.body.cursor) : 0;
      const memberships = new Map(
        (await families.listForUser(actor.id)).map((f) => [
          f.id,
          { familyId: f.id, userId: actor.id, permission: f.permission },
        ]),
      );
      /** A change may touch a family's log only where the rules let the actor log care. */
      const mayLogIn = (familyId: string) => familyAllows(actor, "contribute", memberships.get(familyId));
      const babyFamily = new Map<string, string | null>();
      async function familyOfBaby(babyId: string) {
        if (!babyFamily.has(babyId)) {
          const baby = await babies.get(babyId);
          babyFamily.set(babyId, baby && mayLogIn(baby.familyId) ? baby.familyId : null);
        }
        return babyFamily.get(babyId) ?? null;
      }

      const now = Date.now();
      const applied: string[] = [];
      const conflicts: { id: string; reason: string; message: string }[] = [];
      for (const change of request.body.changes) {
        const id = change.data.id;
        // A device clock far ahead must not win every future edit.
        const editedAt = Math.min(
          change.data.updatedAt ? Date.parse(change.data.updatedAt) : now,
          now + CLOCK_SKEW_MS,
        );
        if (change.op === "delete") {
          const row = await entries.get(id);
          if (!row) {
            applied.push(id); // never reached the server: nothing to delete
            continue;
          }
          if (!mayLogIn(row.family_id)) {
            conflicts.push({ id, reason: "not_found", message: "That entry was not found." });
            continue;
          }
          const outcome = await entries.applySync(
            { familyId: row.family_id, babyId: row.baby_id, caregiverId: actor.id },
            { op: "delete", id },
            editedAt,
          );
          if (outcome === "applied") applied.push(id);
          else conflicts.push({ id, reason: outcome, message: "A later edit of this entry is kept." });
          continue;
        }
        const { babyId, updatedAt: _edited, ...input } = change.data;
        const familyId = await familyOfBaby(babyId);
        if (!familyId) {
          conflicts.push({ id, reason: "not_found", message: "That baby was not found." });
          continue;
        }
        const checked = checkEntry(input, now);
        if (!checked.ok) {
          conflicts.push({ id, reason: "invalid", message: checked.problems.join("; ") });
          continue;
        }
        const outcome = await entries.applySync(
          { familyId, babyId, caregiverId: actor.id },
          { op: "upsert", entry: { ...checked.entry, id } },
          editedAt,
        );
        if (outcome === "applied") applied.push(id);
        else if (outcome === "stale")
          conflicts.push({ id, reason: "stale", message: "A later edit of this entry is kept." });
        else
          conflicts.push({
            id,
            reason: "id_in_use",
            message: "That id belongs to another entry; generate a new one.",
          });
      }

      const rows = await entries.changesSince([...memberships.keys()], since, PULL_LIMIT + 1);
      const page = rows.slice(0, PULL_LIMIT);
      const last = page.at(-1);
      return {
        applied,
        conflicts,
        changes: page.map((row) => ({
          entity: "entry" as const,
          op: row.deleted_at === null ? ("upsert" as const) : ("delete" as const),
          data: present(toEntry(row), actor.id),
        })),
        cursor: encodeCursor(last ? Number(last.seq) : Math.max(since, await entries.currentSeq())),
        hasMore: rows.length > PULL_LIMIT,
      };
    },
  );
};
