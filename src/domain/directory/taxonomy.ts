/**
 * The directory's vocabulary: what a provider offers, what they focus on, the credentials and approaches they
 * hold, and the insurance they take. Keys are stable (they appear in URLs, the API and HSDS taxonomy term ids);
 * words for each key, in English and Spanish, live in src/content/directory/terms.ts.
 *
 * The service and focus lists are the ones the directory issue names, from the perinatal network that built
 * the first trauma-informed directory and the referrals a dyad needs (infant massage, lactation, body-based
 * therapies, perinatal mental health care).
 */
export const serviceTypes = [
  "therapy",
  "psychiatry",
  "lactation",
  "doula",
  "infant_massage",
  "occupational_therapy",
  "physical_therapy",
  "craniosacral_therapy",
  "chiropractic",
  "peer_support",
  "support_group",
  "other",
] as const;
export type ServiceType = (typeof serviceTypes)[number];

export const focusAreas = [
  "birth_trauma",
  "perinatal_mood_anxiety",
  "pregnancy_infant_loss",
  "infertility",
  "nicu_families",
  "dyadic_infant_mental_health",
  "fathers_partners",
  "lgbtq_families",
] as const;
export type FocusArea = (typeof focusAreas)[number];

/**
 * Credentials a moderator can verify. PMH-C (Postpartum Support International) and IBCLC (IBLCE) are the two
 * perinatal ones families look for; the rest are the licensed clinician types in the US and the UK.
 */
export const credentialTypes = [
  "pmh_c",
  "ibclc",
  "psychiatrist",
  "psychologist",
  "pmhnp",
  "lcsw",
  "lmft",
  "lpc",
  "midwife",
  "nurse",
  "occupational_therapist",
  "physical_therapist",
  "chiropractor",
  "hcpc_registered",
  "bacp_registered",
  "nmc_registered",
  "certified_doula",
  "certified_infant_massage",
  "other_licence",
] as const;
export type CredentialType = (typeof credentialTypes)[number];

export const approaches = [
  "cbt",
  "emdr",
  "ipt",
  "child_parent_psychotherapy",
  "act",
  "dbt",
  "somatic",
  "psychodynamic",
  "mindfulness",
  "circle_of_security",
  "video_feedback",
  "watch_wait_wonder",
  "narrative_exposure",
  "trauma_focused_cbt",
] as const;
export type Approach = (typeof approaches)[number];

/** Common plans in the two countries the directory starts with; "self_pay" means no insurance needed. */
export const insurancePlans = [
  "aetna",
  "blue_cross_blue_shield",
  "cigna",
  "kaiser",
  "medicaid",
  "medicare",
  "tricare",
  "united_healthcare",
  "nhs",
  "bupa",
  "axa_health",
  "aviva",
  "vitality",
  "self_pay",
] as const;
export type InsurancePlan = (typeof insurancePlans)[number];

/** The facets a listing is filtered by, each with its allowed keys. Languages are ISO 639-1 codes instead. */
export const facets = {
  service: serviceTypes,
  focus: focusAreas,
  credential: credentialTypes,
  approach: approaches,
  insurance: insurancePlans,
} as const;
export type Facet = keyof typeof facets | "language" | "telehealth";

/** ISO 639-1 (two letters) or 639-3 (three, for languages without a two-letter code, such as "yue"). */
export const languageCode = /^[a-z]{2,3}$/;

/**
 * Where a provider may see clients by video: a country ("US", "GB") or a subdivision of one (ISO 3166-2,
 * "US-CA", "GB-SCT"). A provider licensed across a whole country lists the country.
 */
export const telehealthRegion = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/** A telehealth listing for "US" serves someone asking for "US-CA"; one for "US-NY" does not. */
export function servesRegion(listed: readonly string[], asked: string): boolean {
  const country = asked.split("-")[0] ?? asked;
  return listed.includes(asked) || listed.includes(country);
}
