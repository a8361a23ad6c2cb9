import { defaultScheme } from "../../content/coding/default-scheme.js";
import type { CodingSchemesRepository } from "../../db/repositories/coding-schemes.js";
import { DEFAULT_SCHEME_ID, type Scheme } from "../../domain/coding/scheme.js";

/**
 * The scheme a session is coded with: the default one, or one of the clinician's own. Another clinician's
 * scheme is not theirs to code with, so it is not found, like one that does not exist.
 */
export async function schemeFor(
  schemes: CodingSchemesRepository,
  schemeId: string,
  clinicianId: string,
): Promise<Scheme | undefined> {
  if (schemeId === DEFAULT_SCHEME_ID) return defaultScheme;
  const own = await schemes.get(schemeId);
  return own && own.ownerId === clinicianId ? own : undefined;
}
