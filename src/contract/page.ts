import { z } from "zod";

/** One page of a list: its items, and the opaque cursor of the next page (null on the last). */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
