import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { normalizeRegion } from "../content/help/crisis.js";
import { regionFromLanguages } from "./routes/guidance.js";

/**
 * Which region's help lines to show: the one asked for, else the region in Accept-Language, else the US.
 * Any two-letter code is accepted (UK means GB): a region Attune has no lines for still gets an answer that
 * says where to turn, because refusing a person looking for help is never the right reply.
 */
export const regionParam = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "a two-letter region code such as US, GB (or UK), IE, ES, MX, CA, AU")
  .describe("Region for help lines (ISO 3166, UK accepted). Default: the region in Accept-Language, else US");

export function regionOf(request: FastifyRequest, asked?: string): string {
  if (asked) return normalizeRegion(asked);
  return regionFromLanguages(request.headers["accept-language"]) ?? "US";
}
