// Coding schemes as the API reads and writes them (GET/POST/PATCH /api/coding-schemes).
import { z } from "zod";
import { codeKinds, codeSubjects } from "../domain/coding/scheme.js";

const words = (max: number) => z.string().trim().min(1).max(max);

export const schemeCodeSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "a code's id is lowercase letters, digits, - or _ (up to 40)"),
    subject: z.enum(codeSubjects),
    kind: z.enum(codeKinds),
    key: z.string().length(1, "a code's key is one keyboard character"),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "a colour is written #rrggbb"),
    name: z.object({ en: words(60), es: words(60) }).strict(),
    description: z.object({ en: words(600), es: words(600) }).strict(),
    group: words(40).optional(),
    modifiers: z.array(words(40)).max(20).optional(),
  })
  .strict();

/** A scheme's codes: ids and keys each used once, so a key press and an exported row are never ambiguous. */
export const schemeCodesSchema = z
  .array(schemeCodeSchema)
  .min(1, "a scheme needs at least one code")
  .max(80)
  .superRefine((codes, context) => {
    for (const field of ["id", "key"] as const) {
      const seen = new Set<string>();
      codes.forEach((code, i) => {
        const value = code[field].toLowerCase();
        if (seen.has(value))
          context.addIssue({
            code: "custom",
            path: [i, field],
            message: `${field} "${code[field]}" is used by two codes: give each code its own`,
          });
        seen.add(value);
      });
    }
  });

export const schemeSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** False for the default scheme: copy it to change it. */
  editable: z.boolean(),
  copiedFrom: z.string().nullable(),
  codes: z.array(schemeCodeSchema),
  sources: z.array(
    z.object({ author: z.string(), year: z.union([z.number(), z.string()]), title: z.string() }),
  ),
  createdAt: z.number().nullable(),
  updatedAt: z.number().nullable(),
});
export type SchemeView = z.infer<typeof schemeSchema>;
