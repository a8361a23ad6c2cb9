import { z } from "zod";
import { crisisLinesFor, type HelpLine, type TextOption } from "../../content/help/crisis.js";

/**
 * Help lines as the API shows them: the data as it is, with both languages of each note, because a person
 * in crisis may read either and the web must not need a second request to show them.
 */
const localizedBoth = z.object({ en: z.string(), es: z.string() });

const textOptionSchema = z.object({
  number: z.string(),
  body: z.string().optional().describe("The word to send, where the service asks for one"),
  languages: z
    .array(z.string())
    .optional()
    .describe("When this text route answers in other languages than the line"),
});

export const helpLineSchema = z.object({
  key: z.string(),
  name: z.string(),
  kind: z
    .enum(["crisis", "emergency", "perinatal", "support"])
    .describe(
      "crisis: for someone at risk now; emergency: immediate danger; perinatal: support in pregnancy and after birth, not for crises; support: other help that is not a crisis line (parents under strain)",
    ),
  call: z.string().optional().describe("Number to call, as dialled in the region"),
  text: textOptionSchema.optional(),
  moreTexts: z
    .array(textOptionSchema)
    .optional()
    .describe("Other ways to text the same line (another word or language)"),
  url: z.string().optional(),
  hours: z.enum(["24/7", "limited"]),
  languages: z.array(z.string()),
  note: localizedBoth,
  source: z.string().describe("Key into the content sources (src/content/sources.ts)"),
  checked: z.string().describe("When this line was last checked against its source (YYYY-MM-DD)"),
});

export const crisisSchema = z
  .object({
    region: z.string(),
    known: z.boolean().describe("False: Attune has no lines for this region and shows where to turn instead"),
    lines: z
      .array(helpLineSchema)
      .describe("Crisis lines first, then the emergency number, then perinatal and other support lines"),
  })
  .describe("Present whenever an answer raised a safety flag: show it at once, before any score");

type TextView = z.infer<typeof textOptionSchema>;

const copyText = ({ languages, ...rest }: TextOption): TextView => ({
  ...rest,
  ...(languages ? { languages: [...languages] } : {}),
});

const present = ({ text, moreTexts, ...line }: HelpLine): z.infer<typeof helpLineSchema> => ({
  ...line,
  languages: [...line.languages],
  note: { ...line.note },
  ...(text ? { text: copyText(text) } : {}),
  ...(moreTexts ? { moreTexts: moreTexts.map(copyText) } : {}),
});

export function crisisView(region: string): z.infer<typeof crisisSchema> {
  const found = crisisLinesFor(region);
  return { region: found.region, known: found.known, lines: found.lines.map(present) };
}
