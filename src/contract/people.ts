import { z } from "zod";

/** Someone named in a reply: enough to show who, never their account details. */
export const personSchema = z.object({ id: z.string(), name: z.string() });
export type Person = z.infer<typeof personSchema>;
