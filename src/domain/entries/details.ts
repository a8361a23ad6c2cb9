import { z } from "zod";
import { soothingMethods } from "./soothing-methods.js";
import type { EntryType } from "./vocabulary.js";

/**
 * What each co-occupation records beyond its times. Every schema is strict: an unknown field is a typo or a
 * client from another version, and saying so beats silently dropping what someone logged.
 */
const side = z.enum(["left", "right"]);
const seconds = z
  .number()
  .int()
  .min(0)
  .max(24 * 3600);
const ml = z.number().min(0).max(2000);
/** The unit an amount was written in (an import keeps the family's own); the amount itself is in ml. */
const volumeUnit = z.enum(["ml", "oz"]);

const breastFeed = z
  .object({
    method: z.literal("breast"),
    leftSeconds: seconds.optional(),
    rightSeconds: seconds.optional(),
    /** The side the feed ended on, so the next one can start on the other. */
    lastSide: side.optional(),
  })
  .strict();
const bottleFeed = z
  .object({
    method: z.literal("bottle"),
    amountMl: ml.optional(),
    unit: volumeUnit.optional(),
    milk: z.enum(["breast_milk", "formula", "mixed", "other"]).optional(),
  })
  .strict();
const solidsFeed = z
  .object({
    method: z.literal("solids"),
    foods: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
    reaction: z.enum(["liked", "neutral", "disliked", "allergy_signs"]).optional(),
  })
  .strict();

const nothing = z.object({}).strict();

export const detailSchemas = {
  feed: z.discriminatedUnion("method", [breastFeed, bottleFeed, solidsFeed]),
  sleep: z
    .object({
      where: z.enum(["crib", "bassinet", "bed", "arms", "carrier", "stroller", "car", "other"]).optional(),
      fellAsleep: z.enum(["on_own", "feeding", "rocking", "holding", "carrier", "other"]).optional(),
    })
    .strict(),
  diaper: z
    .object({
      kind: z.enum(["wet", "dirty", "both", "dry"]),
      color: z.enum(["yellow", "green", "brown", "black", "red", "white", "other"]).optional(),
    })
    .strict(),
  bath: nothing,
  dressing: nothing,
  play: z
    .object({
      kinds: z
        .array(z.enum(["tummy_time", "face_to_face", "toys", "outdoors", "songs"]))
        .max(5)
        .default([]),
    })
    .strict(),
  reading: z.object({ title: z.string().trim().max(200).optional() }).strict(),
  skin_to_skin: nothing,
  massage: nothing,
  holding: z.object({ babywearing: z.boolean().optional() }).strict(),
  walk: nothing,
  soothing: z
    .object({
      helped: z.array(z.enum(soothingMethods)).max(10).default([]),
    })
    .strict(),
  appointment: z
    .object({
      kind: z.enum(["pediatric", "perinatal", "lactation", "therapy", "other"]),
      with: z.string().trim().max(120).optional(),
    })
    .strict(),
  pumping: z.object({ leftMl: ml.optional(), rightMl: ml.optional(), unit: volumeUnit.optional() }).strict(),
  growth: z
    .object({
      weightKg: z.number().min(0.3).max(40).optional(),
      lengthCm: z.number().min(20).max(130).optional(),
      headCm: z.number().min(15).max(65).optional(),
    })
    .strict()
    .refine((g) => g.weightKg !== undefined || g.lengthCm !== undefined || g.headCm !== undefined, {
      message: "give at least one of weightKg, lengthCm or headCm",
    }),
  temperature: z
    .object({
      celsius: z.number().min(30).max(45),
      /** The scale it was read on, as above. */
      unit: z.enum(["c", "f"]).optional(),
      method: z.enum(["rectal", "armpit", "ear", "forehead", "oral"]).optional(),
    })
    .strict(),
  medication: z
    .object({ name: z.string().trim().min(1).max(120), dose: z.string().trim().max(60).optional() })
    .strict(),
  // A note can be a question to bring to the next appointment; the visit summary lists those apart.
  note: z.object({ forVisit: z.boolean().optional() }).strict(),
  custom: z.object({ label: z.string().trim().min(1).max(60) }).strict(),
} satisfies Record<EntryType, z.ZodType>;

export type EntryDetails<T extends EntryType = EntryType> = z.infer<(typeof detailSchemas)[T]>;
