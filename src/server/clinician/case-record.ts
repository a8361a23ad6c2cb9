import type { OpenCase } from "../../db/repositories/cases.js";
import type { Consent } from "../../db/repositories/consents.js";
import type { Referral } from "../../db/repositories/referrals.js";
import type { ScoredAnswer, Screening } from "../../db/repositories/screenings.js";
import type { AppContext } from "../context.js";
import { type CaseSummary, caseSummaries } from "./case-summaries.js";

/** How many of the clinician's own reads and writes of the case an export carries, newest first. */
export const CASE_AUDIT_LIMIT = 200;
/** Referrals per case are a handful; this only bounds a runaway case. */
const REFERRAL_LIMIT = 1000;

export interface CaseAuditRow {
  id: string;
  at: number;
  action: string;
  ip: string | null;
  details: Record<string, unknown>;
}

/** Everything the clinician may see of a case for its FHIR export, read in one place. */
export interface CaseRecord {
  openCase: OpenCase;
  clinician: { id: string; name: string };
  familyName: string;
  caregivers: CaseSummary["caregivers"];
  babies: CaseSummary["babies"];
  /** Shared check-ins with their answers; empty unless the family shares the "screenings" scope. */
  screenings: { screening: Screening; answers: ScoredAnswer[] }[];
  /** The referrals made in this case (the family's once made, reached here through the open case). */
  referrals: Referral[];
  /** The family's active shares with this clinician: what makes the case open now. */
  shares: Consent[];
  /** This clinician's reads and writes of this case, newest first. */
  audit: CaseAuditRow[];
}

export async function caseRecord(ctx: AppContext, open: OpenCase, now = Date.now()): Promise<CaseRecord> {
  const [[summary], clinician, screeningIds, referrals, consents, auditRows] = await Promise.all([
    caseSummaries(ctx.caseReads, [open], now),
    ctx.users.findById(open.clinicianId),
    // The one rule for shared results (db/repositories/case-reads.ts), as on the caseload and the charts.
    ctx.caseReads.sharedScreeningIds(open),
    ctx.referrals.list({ caseId: open.id, limit: REFERRAL_LIMIT }),
    ctx.consents.forFamilies([open.familyId], now),
    ctx.caseReads.caseAudit(open, CASE_AUDIT_LIMIT),
  ]);
  const screenings = [];
  for (const id of screeningIds) {
    const screening = await ctx.screenings.get(id);
    if (screening) screenings.push({ screening, answers: await ctx.screenings.answers(id) });
  }
  return {
    openCase: open,
    clinician: { id: open.clinicianId, name: clinician?.name ?? "" },
    familyName: summary?.familyName ?? "",
    caregivers: summary?.caregivers ?? [],
    babies: summary?.babies ?? [],
    screenings,
    referrals,
    shares: consents.filter((c) => c.clinicianId === open.clinicianId && c.state === "active"),
    audit: auditRows.map((r) => ({
      id: r.id,
      at: Number(r.at),
      action: r.action,
      ip: r.ip,
      details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : {},
    })),
  };
}
