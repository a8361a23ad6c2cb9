/**
 * The regions Attune has checked crisis, emergency and support numbers for (ISO 3166-1 alpha-2; GB is the
 * United Kingdom). A domain word because it decides what a person at risk is shown: a family's setting, a
 * person's own preference and every crisis block are one of these. The numbers themselves are content
 * (src/content/help).
 */
export const helpRegions = ["US", "GB", "IE", "ES", "MX", "CA", "AU"] as const;
export type HelpRegion = (typeof helpRegions)[number];

export const isHelpRegion = (value: unknown): value is HelpRegion =>
  typeof value === "string" && (helpRegions as readonly string[]).includes(value);
