import { createHash } from "node:crypto";
import type { ScoredAnswer, Screening } from "../../db/repositories/screenings.js";
import { type InstrumentDefinition, ORDINAL_VALUE_URL } from "../../domain/screening/definition.js";

/**
 * A screening as a FHIR R4 Bundle (type "collection") for taking to another system: the
 * QuestionnaireResponse (each answer's coding with its score as FHIR's ordinalValue) and an Observation for
 * the total and for each subscale, with the LOINC code where the definition has one (PHQ-9 total 44261-6,
 * GAD-7 total 70274-6) and otherwise an Attune code. People are named by opaque Attune identifiers, not by
 * Patient resources: the bundle carries no name, email or birth date.
 */
const SURVEY = {
  coding: [
    {
      system: "http://terminology.hl7.org/CodeSystem/observation-category",
      code: "survey",
      display: "Survey",
    },
  ],
};

/** A stable UUID for a resource derived from the screening, so the same export gives the same ids. */
function derivedUuid(seed: string): string {
  const h = createHash("sha256").update(seed).digest("hex");
  const variant = ((Number.parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  // Version 8 (RFC 9562: custom) marks it as derived rather than random or time-based.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

/** A FHIR Reference: to a resource in the same bundle, or by identifier to one outside it. */
export type FhirReference =
  | { reference: string; display?: string }
  | { identifier: { system: string; value: string } };

/**
 * Who a screening is by and about. On its own (screeningBundle) both are opaque Attune identifiers; inside a
 * bundle that carries Patient resources (the case export) they are references to those.
 */
export interface ScreeningPeople {
  author: FhirReference;
  subject: FhirReference;
}

/** The screening's QuestionnaireResponse and its Observations, as bundle entries. */
export function screeningEntries(
  s: Screening,
  answers: ScoredAnswer[],
  d: InstrumentDefinition,
  people?: ScreeningPeople,
) {
  const when = new Date(s.completedAt).toISOString();
  const person = people?.author ?? { identifier: { system: "urn:attune:user", value: s.userId } };
  const subject =
    people?.subject ?? (s.babyId ? { identifier: { system: "urn:attune:baby", value: s.babyId } } : person);
  // Wording that may not be redistributed (the EPDS) stays on the server's own screens.
  const withWording = d.attune.licence.kind !== "permission_required";
  const responseUrl = `urn:uuid:${s.id}`;

  const response = {
    resourceType: "QuestionnaireResponse",
    id: s.id,
    questionnaire: `${d.url}|${s.instrumentVersion}`,
    status: "completed",
    subject,
    authored: when,
    author: person,
    source: person,
    item: answers.map((a) => {
      const item = d.item.find((i) => i.linkId === a.item);
      const option = item?.answerOption[a.option];
      const coding = option?.valueCoding;
      return {
        linkId: a.item,
        ...(withWording && item ? { text: item.text } : {}),
        answer: [
          {
            valueCoding: {
              ...(coding?.system ? { system: coding.system } : {}),
              code: coding?.code ?? String(a.option),
              ...(withWording && coding ? { display: coding.display } : {}),
              extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: a.score }],
            },
          },
        ],
      };
    }),
  };

  const scaleCode = (key: string, label: string) => ({
    system: `${d.url}:scale`,
    code: key,
    display: label,
  });
  const bandOf = (scale: string) => s.bands.find((b) => b.scale === scale);
  const observation = (
    key: string,
    label: string,
    value: number,
    loinc?: { system?: string; code: string },
  ) => {
    const band = bandOf(key);
    const id = derivedUuid(`${s.id}:${key}`);
    return {
      fullUrl: `urn:uuid:${id}`,
      resource: {
        resourceType: "Observation",
        id,
        status: "final",
        category: [SURVEY],
        code: {
          coding: [
            loinc ? { system: loinc.system ?? "http://loinc.org", code: loinc.code } : scaleCode(key, label),
          ],
          text: label,
        },
        subject,
        effectiveDateTime: when,
        issued: when,
        performer: [person],
        valueInteger: value,
        ...(band
          ? {
              interpretation: [
                {
                  coding: [{ system: `${d.url}:band`, code: band.key, display: band.label.en }],
                  text: band.label.en,
                },
              ],
            }
          : {}),
        derivedFrom: [{ reference: responseUrl }],
      },
    };
  };

  const { total, subscales } = d.attune.scoring;
  return [
    { fullUrl: responseUrl, resource: response },
    observation("total", total.label.en, s.total, total.code),
    ...subscales
      .filter((sc) => s.subscales[sc.key] !== undefined)
      .map((sc) => observation(sc.key, sc.label.en, s.subscales[sc.key] as number)),
  ];
}

export function screeningBundle(
  s: Screening,
  answers: ScoredAnswer[],
  d: InstrumentDefinition,
  now = Date.now(),
) {
  return {
    resourceType: "Bundle" as const,
    id: derivedUuid(`${s.id}:bundle`),
    identifier: { system: "urn:attune:screening", value: s.id },
    type: "collection" as const,
    timestamp: new Date(now).toISOString(),
    entry: screeningEntries(s, answers, d),
  };
}
