import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { normalizeRegion } from "../content/help/crisis.js";
import { type HelpRegion, helpRegions } from "../content/help/emergency.js";

/**
 * Which region's help lines to show: the one asked for, else the family's setting, else the region in
 * Accept-Language, else the US. Any two-letter code is accepted (UK means GB): a region Attune has no lines
 * for still gets an answer that says where to turn, because refusing a person looking for help is never the
 * right reply.
 */
export const regionParam = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "a two-letter region code such as US, GB (or UK), IE, ES, MX, CA, AU")
  .describe(
    "Region for help lines (ISO 3166, UK accepted). Default: the family's region, else the region in Accept-Language, else US",
  );

const allowedRegions = helpRegions.join(", ");

/**
 * A family's region setting, stricter than `regionParam`: only regions Attune has checked numbers for,
 * since it decides what every caregiver in the family is shown. null clears it.
 */
export const familyRegionSchema = z
  .enum(helpRegions, {
    error: `must be one of ${allowedRegions} (GB for the United Kingdom), or null for not set`,
  })
  .nullable()
  .describe(
    "Country or region for the family's help lines (crisis and emergency numbers); null: not set, each device guesses",
  );

/** The first region Attune has numbers for in an Accept-Language header ("es-MX,es;q=0.9" → MX). */
export function regionFromLanguages(header: string | undefined): HelpRegion | undefined {
  if (!header) return undefined;
  const tags = header
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag, q: Number.isFinite(q) ? q : 0, i };
    })
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of tags) {
    const region = tag
      .split("-")
      .slice(1)
      .find((s) => s.length === 2)
      ?.toUpperCase();
    if (region && (helpRegions as readonly string[]).includes(region)) return region as HelpRegion;
  }
  return undefined;
}

/**
 * The region when none was asked for: the person's own preference, else the family's setting, else
 * Accept-Language, else the US. The person's choice comes first because it is theirs: a parent may live
 * apart from the family's country, and someone with no family has nothing else to go by.
 */
export function defaultRegion(
  request: FastifyRequest,
  familyRegion?: HelpRegion | null,
  personRegion?: HelpRegion | null,
): HelpRegion {
  return personRegion ?? familyRegion ?? regionFromLanguages(request.headers["accept-language"]) ?? "US";
}

export function regionOf(
  request: FastifyRequest,
  asked?: string,
  familyRegion?: HelpRegion | null,
  personRegion?: HelpRegion | null,
): string {
  if (asked) return normalizeRegion(asked);
  return defaultRegion(request, familyRegion, personRegion);
}

interface RegionSources {
  preferences: { get(userId: string): Promise<{ region: HelpRegion | null }> };
  families: { regionFor(userId: string, babyId?: string): Promise<HelpRegion | null> };
}

/**
 * One person's region for a crisis block or help page: asked for, else their preference, else their
 * family's (the baby's family when the answer is about a baby), else their browser's languages.
 */
export async function personRegionOf(
  request: FastifyRequest,
  from: RegionSources,
  userId: string,
  options: { asked?: string | undefined; babyId?: string | undefined } = {},
): Promise<string> {
  if (options.asked) return normalizeRegion(options.asked);
  const [preferences, familyRegion] = await Promise.all([
    from.preferences.get(userId),
    from.families.regionFor(userId, options.babyId),
  ]);
  return defaultRegion(request, familyRegion, preferences.region);
}
