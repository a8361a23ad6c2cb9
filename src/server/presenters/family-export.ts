import { strToU8, zipSync } from "fflate";
import type { Assignment } from "../../db/repositories/assignments.js";
import type { AuditEvent } from "../../db/repositories/audit.js";
import type { Baby } from "../../db/repositories/babies.js";
import type { CheckinRequest } from "../../db/repositories/checkin-requests.js";
import type { Entry } from "../../db/repositories/entries.js";
import type { Family, Member } from "../../db/repositories/families.js";
import type { StoredScreening, StoredThoughtRecord } from "../../db/repositories/family-export.js";
import type { Observation } from "../../db/repositories/observations.js";
import type { Referral } from "../../db/repositories/referrals.js";
import {
  FAMILY_EXPORT_FORMAT,
  FAMILY_EXPORT_VERSION,
  type FamilyExport,
} from "../../domain/family-export.js";
import { babyFacts } from "./baby.js";
import type { ConsentView } from "./consent.js";
import { toCsv } from "./csv.js";
import { referralView } from "./referral.js";

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/** Everything one export is made of, read by the route through the repositories. */
export interface FamilyExportSources {
  attuneVersion: string;
  now: number;
  viewer: { id: string; name: string };
  family: Family;
  members: Member[];
  babies: Baby[];
  /** Oldest first, already as the viewer may see them (another caregiver's feeling left out). */
  entries: Entry[];
  screenings: StoredScreening[];
  thoughtRecords: StoredThoughtRecord[];
  observations: Observation[];
  referrals: Referral[];
  assignments: Assignment[];
  checkinRequests: Omit<CheckinRequest, "caseId" | "familyId">[];
  shares: ConsentView[];
  accessLog: AuditEvent[];
  /** Names of the people the access log names. */
  names: Map<string, string>;
}

/** The one JSON document of a family's data (domain/family-export.ts says what each part is). */
export function familyExportDocument(s: FamilyExportSources): FamilyExport {
  return {
    format: FAMILY_EXPORT_FORMAT,
    formatVersion: FAMILY_EXPORT_VERSION,
    attuneVersion: s.attuneVersion,
    exportedAt: iso(s.now),
    exportedBy: s.viewer,
    family: {
      id: s.family.id,
      name: s.family.name,
      timeZone: s.family.timeZone,
      region: s.family.region,
      customTypes: s.family.customTypes,
      createdAt: s.family.createdAt,
    },
    // Names and relationships, never email addresses: another caregiver's address is theirs to give.
    caregivers: s.members.map((m) => ({
      id: m.userId,
      name: m.name,
      relationship: m.relationship,
      permission: m.permission,
      joinedAt: m.joinedAt,
      you: m.userId === s.viewer.id,
    })),
    babies: s.babies.map((b) => ({
      ...babyFacts(b),
      sex: b.sex as "female" | "male" | "intersex" | null,
    })),
    entries: s.entries.map((e) => ({
      id: e.id,
      babyId: e.babyId,
      caregiverId: e.caregiverId,
      type: e.type as FamilyExport["entries"][number]["type"],
      startedAt: e.startedAt,
      endedAt: e.endedAt,
      details: e.details,
      moments: e.moments as FamilyExport["entries"][number]["moments"],
      cues: e.cues as FamilyExport["entries"][number]["cues"],
      feeling: e.feeling,
      note: e.note,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    })),
    screenings: s.screenings.map((x) => ({
      id: x.id,
      instrumentId: x.instrumentId,
      instrumentVersion: x.instrumentVersion,
      lang: x.lang as "en" | "es",
      subject: x.babyId ? { babyId: x.babyId } : ("self" as const),
      completedAt: iso(x.completedAt),
      total: x.total,
      subscales: x.result.subscales,
      bands: x.result.bands,
      flags: x.result.flags,
      ...(x.result.criteria ? { criteria: x.result.criteria } : {}),
      sharing: { visitSummary: x.forVisit, clinicians: x.forClinicians },
      answers: x.answers,
    })),
    thoughtRecords: s.thoughtRecords.map((r) => ({
      id: r.id,
      situation: r.situation,
      automaticThought: r.automaticThought,
      feelings: r.feelings,
      evidenceFor: r.evidenceFor,
      evidenceAgainst: r.evidenceAgainst,
      balancedThought: r.balancedThought,
      sharedWithClinicians: r.sharedWithClinicians,
      createdAt: iso(r.createdAt),
      updatedAt: iso(r.updatedAt),
    })),
    careTeam: {
      observations: s.observations.map((o) => ({
        id: o.id,
        clinician: o.clinician,
        baby: o.baby,
        caregiver: o.caregiver,
        text: o.text,
        createdAt: iso(o.createdAt),
        seenAt: isoOrNull(o.seenAt),
      })),
      referrals: s.referrals.map((r) => {
        // The provider as the family's own page shows it: a listing's contact only while it is public.
        const { provider } = referralView(r, s.now);
        return {
          id: r.id,
          clinician: r.clinician,
          source: r.source,
          listingId: provider.id,
          name: provider.name,
          contact: provider.contact,
          service: r.service,
          note: r.note,
          status: r.status,
          statusAt: iso(r.statusAt),
          createdAt: iso(r.createdAt),
        };
      }),
      assignments: s.assignments.map((a) => ({
        id: a.id,
        clinician: a.clinician,
        kind: a.kind,
        ref: a.ref,
        note: a.note,
        status: a.status,
        statusAt: isoOrNull(a.statusAt),
        answeredBy: a.answeredBy,
        reflection: a.reflection,
        createdAt: iso(a.createdAt),
      })),
      checkinRequests: s.checkinRequests.map((r) => ({
        id: r.id,
        clinician: r.clinician,
        caregiver: r.caregiver,
        instrumentId: r.instrumentId,
        schedule: r.schedule,
        createdAt: iso(r.createdAt),
        stoppedAt: isoOrNull(r.stoppedAt),
      })),
    },
    shares: s.shares.map((c) => ({
      id: c.id,
      scopes: c.scopes,
      state: c.state,
      createdAt: c.createdAt,
      acceptBy: c.acceptBy,
      acceptedAt: c.acceptedAt,
      expiresAt: c.expiresAt,
      revokedAt: c.revokedAt,
      grantedBy: c.grantedBy,
      clinician: c.clinician,
    })),
    // Who did what and when; where from (IP address, browser) stays on the server.
    accessLog: s.accessLog.map((e) => ({
      id: e.id,
      at: e.at,
      actor: e.actorId ? { id: e.actorId, name: s.names.get(e.actorId) ?? "" } : null,
      action: e.action,
      subjectType: e.subjectType ?? null,
      subjectId: e.subjectId ?? null,
      details: e.details ?? null,
    })),
  };
}

const list = (values: readonly string[]) => values.join(" ");

/** The CSV files of a zip export, one per kind, named by file; each row says who and what by name too. */
export function familyExportCsvs(doc: FamilyExport): Record<string, string> {
  const babyName = new Map(doc.babies.map((b) => [b.id, b.name]));
  const caregiverName = new Map(doc.caregivers.map((c) => [c.id, c.name]));
  const name = (p: { name: string } | null) => p?.name ?? null;
  const { careTeam } = doc;
  return {
    "family.csv": toCsv(
      ["id", "name", "timeZone", "region", "customTypes", "createdAt"],
      [{ ...doc.family, customTypes: doc.family.customTypes.join("; ") }],
    ),
    "caregivers.csv": toCsv(["id", "name", "relationship", "permission", "joinedAt", "you"], doc.caregivers),
    "babies.csv": toCsv(
      ["id", "name", "status", "birthDate", "dueDate", "gestationalWeeks", "sex"],
      doc.babies,
    ),
    "entries.csv": toCsv(
      [
        "id",
        "babyId",
        "baby",
        "caregiverId",
        "caregiver",
        "type",
        "startedAt",
        "endedAt",
        "moments",
        "cues",
        "feeling",
        "note",
        "details",
        "createdAt",
        "updatedAt",
      ],
      doc.entries.map((e) => ({
        ...e,
        baby: babyName.get(e.babyId) ?? null,
        caregiver: caregiverName.get(e.caregiverId) ?? null,
        moments: list(e.moments),
        cues: list(e.cues),
      })),
    ),
    "screenings.csv": toCsv(
      [
        "id",
        "instrumentId",
        "instrumentVersion",
        "subject",
        "baby",
        "lang",
        "completedAt",
        "total",
        "subscales",
        "bands",
        "flags",
        "sharedInVisitSummary",
        "sharedWithClinicians",
        "answers",
      ],
      doc.screenings.map((x) => ({
        ...x,
        subject: x.subject === "self" ? "self" : x.subject.babyId,
        baby: x.subject === "self" ? null : (babyName.get(x.subject.babyId) ?? null),
        bands: list(x.bands.map((b) => `${b.scale}:${b.key}`)),
        flags: list(x.flags.map((f) => `${f.type}:${f.item}`)),
        sharedInVisitSummary: x.sharing.visitSummary,
        sharedWithClinicians: x.sharing.clinicians,
        answers: x.answers.map((a) => `${a.item}=${a.option}`).join(" "),
      })),
    ),
    "thought-records.csv": toCsv(
      [
        "id",
        "createdAt",
        "updatedAt",
        "situation",
        "automaticThought",
        "feelings",
        "evidenceFor",
        "evidenceAgainst",
        "balancedThought",
        "sharedWithClinicians",
      ],
      doc.thoughtRecords.map((r) => ({
        ...r,
        feelings: r.feelings
          .map(
            (f) =>
              `${f.name} ${f.intensity}${f.after === null || f.after === undefined ? "" : `→${f.after}`}`,
          )
          .join("; "),
      })),
    ),
    "observations.csv": toCsv(
      ["id", "createdAt", "clinician", "baby", "caregiver", "text", "seenAt"],
      careTeam.observations.map((o) => ({
        ...o,
        clinician: name(o.clinician),
        baby: name(o.baby),
        caregiver: name(o.caregiver),
      })),
    ),
    "referrals.csv": toCsv(
      [
        "id",
        "createdAt",
        "clinician",
        "source",
        "name",
        "phone",
        "email",
        "website",
        "service",
        "note",
        "status",
        "statusAt",
      ],
      careTeam.referrals.map((r) => ({ ...r, ...r.contact, clinician: name(r.clinician) })),
    ),
    "assignments.csv": toCsv(
      [
        "id",
        "createdAt",
        "clinician",
        "kind",
        "ref",
        "note",
        "status",
        "statusAt",
        "answeredBy",
        "reflection",
      ],
      careTeam.assignments.map((a) => ({
        ...a,
        clinician: name(a.clinician),
        answeredBy: name(a.answeredBy),
      })),
    ),
    "checkin-requests.csv": toCsv(
      [
        "id",
        "createdAt",
        "clinician",
        "caregiver",
        "instrumentId",
        "startsOn",
        "everyWeeks",
        "until",
        "times",
        "stoppedAt",
      ],
      careTeam.checkinRequests.map((r) => ({
        ...r,
        ...r.schedule,
        clinician: name(r.clinician),
        caregiver: r.caregiver.name,
      })),
    ),
    "shares.csv": toCsv(
      [
        "id",
        "state",
        "scopes",
        "clinician",
        "clinicianEmail",
        "grantedBy",
        "createdAt",
        "acceptedAt",
        "expiresAt",
        "revokedAt",
      ],
      doc.shares.map((c) => ({
        ...c,
        scopes: list(c.scopes),
        clinician: name(c.clinician),
        clinicianEmail: c.clinician?.email ?? null,
        grantedBy: name(c.grantedBy),
      })),
    ),
    "access-log.csv": toCsv(
      ["id", "at", "actor", "actorId", "action", "subjectType", "subjectId", "details"],
      doc.accessLog.map((e) => ({ ...e, actor: name(e.actor), actorId: e.actor?.id ?? null })),
    ),
  };
}

const README = `Attune: a family's data

family.json   everything in one file. Another Attune server imports it as a new family
              (Family, "Bring a family here").
*.csv         the same data as tables, one file per kind, for a spreadsheet. Lists inside a cell
              (moments, cues, scopes) are separated by spaces; details are JSON.

Check-ins and thought records are those of the person who exported, never another caregiver's.
The access log says who read or changed what, and when; not from where.
`;

/** The zip export: the JSON document, a CSV per kind and a short README. */
export function familyExportZip(doc: FamilyExport): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "family.json": strToU8(JSON.stringify(doc, null, 2)),
    "README.txt": strToU8(README),
  };
  for (const [file, csv] of Object.entries(familyExportCsvs(doc))) files[file] = strToU8(csv);
  return zipSync(files, { level: 6, mtime: new Date(doc.exportedAt) });
}
