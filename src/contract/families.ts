import { z } from "zod";

/**
 * A baby as every reply names one: the family's own page, the day summary, the visit summary. A baby is
 * "expected" until a birth date is set.
 */
export const babySchema = z.object({
  id: z.string(),
  familyId: z.string(),
  name: z.string(),
  status: z.enum(["expected", "born"]),
  birthDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  gestationalWeeks: z.number().nullable(),
  sex: z.string().nullable(),
});
export type Baby = z.infer<typeof babySchema>;
