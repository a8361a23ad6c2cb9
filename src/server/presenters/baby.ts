import type { Baby } from "../../contract/families.js";

/**
 * What every reader outside the family's own pages is told about a baby: who, and the dates their age is
 * counted from. The sex is added only where the reader needs it (the family's own export).
 */
export const babyFacts = (b: Baby) => ({
  id: b.id,
  name: b.name,
  status: b.status,
  birthDate: b.birthDate,
  dueDate: b.dueDate,
  gestationalWeeks: b.gestationalWeeks,
});
