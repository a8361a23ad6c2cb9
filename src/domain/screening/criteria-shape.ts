import { z } from "zod";

/**
 * A counted-criteria result (CriteriaResult in score.ts) as zod fields, for the schemas that carry one: the
 * family export (checked on import, so with limits) and a screening reply. Each adds its own specifiers.
 */
export const criteriaFindings = {
  met: z.record(z.string(), z.boolean()),
  allRequiredMet: z.boolean(),
  excluded: z.boolean(),
  criteriaMet: z.boolean(),
};
