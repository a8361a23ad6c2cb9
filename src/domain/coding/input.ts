// What an analysis may be asked: checked before any number is computed, so a mistake is answered with the
// event it is in ("coders[0].events[2]: reach at 12.5 s is after the session's end at 10 s").
import { z } from "zod";

/** More events than a 30-minute session coded densely by two people; beyond it, the request is refused. */
export const MAX_EVENTS = 20_000;
/** Units per session: a day in tenths of a second, far past any interaction a clinician codes. */
export const MAX_UNITS = 1_000_000;
/** Twelve hours: a whole day of recording is already more than anyone codes by hand. */
export const MAX_DURATION = 12 * 3600;

const seconds = z.number().finite();
const code = z.string().trim().min(1).max(60);

export const codedEventSchema = z.object({ code, at: seconds, end: seconds.optional() }).strict();
export const coderSchema = z
  .object({ id: z.string().trim().min(1).max(60), events: z.array(codedEventSchema) })
  .strict();

const describe = (e: z.infer<typeof codedEventSchema>) =>
  e.end === undefined ? `${e.code} at ${e.at} s` : `${e.code} from ${e.at} s to ${e.end} s`;

export const analysisRequestSchema = z
  .object({
    duration: z.number().positive().max(MAX_DURATION).describe("T, the session's length in seconds"),
    unit: z.number().positive().optional().describe("u, seconds per unit (default 1)"),
    window: z.number().positive().max(600).optional().describe("w, seconds after a given onset (default 3)"),
    tolerance: z
      .number()
      .min(0)
      .max(60)
      .optional()
      .describe("±seconds for matching two coders' points (default 1)"),
    coders: z.array(coderSchema).min(1).max(2).describe("One coder, or two for their agreement"),
    pairs: z
      .array(z.object({ given: code, target: code }).strict())
      .max(50)
      .default([])
      .describe("Given → target codes to relate"),
  })
  .strict()
  .superRefine((request, context) => {
    const units = request.duration / (request.unit ?? 1);
    if (units > MAX_UNITS) {
      context.addIssue({
        code: "custom",
        path: ["unit"],
        message: `${Math.ceil(units)} units is more than ${MAX_UNITS}: choose a longer unit`,
      });
    }
    const total = request.coders.reduce((sum, coder) => sum + coder.events.length, 0);
    if (total > MAX_EVENTS) {
      context.addIssue({
        code: "custom",
        path: ["coders"],
        message: `${total} events is more than ${MAX_EVENTS}: analyse a shorter stretch of the session`,
      });
      return;
    }
    request.coders.forEach((coder, c) => {
      coder.events.forEach((event, i) => {
        const path = ["coders", c, "events", i];
        if (event.at < 0 || event.at > request.duration)
          context.addIssue({
            code: "custom",
            path,
            message: `${describe(event)} is outside the session (0 to ${request.duration} s)`,
          });
        else if (event.end !== undefined && event.end < event.at)
          context.addIssue({ code: "custom", path, message: `${describe(event)} ends before it starts` });
        else if (event.end !== undefined && event.end > request.duration)
          context.addIssue({
            code: "custom",
            path,
            message: `${describe(event)} ends after the session's end at ${request.duration} s`,
          });
      });
    });
  });

export type AnalysisRequestInput = z.infer<typeof analysisRequestSchema>;
