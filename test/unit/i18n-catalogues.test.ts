import { describe, expect, it } from "vitest";
import ageEn from "../../src/web/i18n/age.en.json" with { type: "json" };
import ageEs from "../../src/web/i18n/age.es.json" with { type: "json" };
import assignmentsEn from "../../src/web/i18n/assignments.en.json" with { type: "json" };
import assignmentsEs from "../../src/web/i18n/assignments.es.json" with { type: "json" };
import bondingEn from "../../src/web/i18n/bonding.en.json" with { type: "json" };
import bondingEs from "../../src/web/i18n/bonding.es.json" with { type: "json" };
import careTeamEn from "../../src/web/i18n/careteam.en.json" with { type: "json" };
import careTeamEs from "../../src/web/i18n/careteam.es.json" with { type: "json" };
import caseFileEn from "../../src/web/i18n/casefile.en.json" with { type: "json" };
import caseFileEs from "../../src/web/i18n/casefile.es.json" with { type: "json" };
import caseReadsEn from "../../src/web/i18n/casereads.en.json" with { type: "json" };
import caseReadsEs from "../../src/web/i18n/casereads.es.json" with { type: "json" };
import cryingEn from "../../src/web/i18n/crying.en.json" with { type: "json" };
import cryingEs from "../../src/web/i18n/crying.es.json" with { type: "json" };
import directoryEn from "../../src/web/i18n/directory.en.json" with { type: "json" };
import directoryEs from "../../src/web/i18n/directory.es.json" with { type: "json" };
import en from "../../src/web/i18n/en.json" with { type: "json" };
import erasureEn from "../../src/web/i18n/erasure.en.json" with { type: "json" };
import erasureEs from "../../src/web/i18n/erasure.es.json" with { type: "json" };
import es from "../../src/web/i18n/es.json" with { type: "json" };
import familyDataEn from "../../src/web/i18n/familydata.en.json" with { type: "json" };
import familyDataEs from "../../src/web/i18n/familydata.es.json" with { type: "json" };
import fhirEn from "../../src/web/i18n/fhir.en.json" with { type: "json" };
import fhirEs from "../../src/web/i18n/fhir.es.json" with { type: "json" };
import guidanceEn from "../../src/web/i18n/guidance.en.json" with { type: "json" };
import guidanceEs from "../../src/web/i18n/guidance.es.json" with { type: "json" };
import ideasEn from "../../src/web/i18n/ideas.en.json" with { type: "json" };
import ideasEs from "../../src/web/i18n/ideas.es.json" with { type: "json" };
import importsEn from "../../src/web/i18n/imports.en.json" with { type: "json" };
import importsEs from "../../src/web/i18n/imports.es.json" with { type: "json" };
import invitationsEn from "../../src/web/i18n/invitations.en.json" with { type: "json" };
import invitationsEs from "../../src/web/i18n/invitations.es.json" with { type: "json" };
import logEn from "../../src/web/i18n/log.en.json" with { type: "json" };
import logEs from "../../src/web/i18n/log.es.json" with { type: "json" };
import sharingEn from "../../src/web/i18n/sharing.en.json" with { type: "json" };
import sharingEs from "../../src/web/i18n/sharing.es.json" with { type: "json" };
import thoughtsEn from "../../src/web/i18n/thoughts.en.json" with { type: "json" };
import thoughtsEs from "../../src/web/i18n/thoughts.es.json" with { type: "json" };
import wellbeingEn from "../../src/web/i18n/wellbeing.en.json" with { type: "json" };
import wellbeingEs from "../../src/web/i18n/wellbeing.es.json" with { type: "json" };

type Tree = { [key: string]: string | Tree };

function entries(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : entries(v, `${prefix}${k}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? "").sort();

// The main catalogue loads with the app; the family log's words ship in their own, loaded with its screens.
const catalogues = [
  { name: "main", en, es },
  { name: "family log", en: logEn, es: logEs },
  { name: "guide", en: guidanceEn, es: guidanceEs },
  { name: "crying helper", en: cryingEn, es: cryingEs },
  { name: "Today's ideas and ways into the guides", en: ideasEn, es: ideasEs },
  { name: "bringing history from other trackers", en: importsEn, es: importsEs },
  { name: "well-being and help", en: wellbeingEn, es: wellbeingEs },
  { name: "directory", en: directoryEn, es: directoryEs },
  { name: "when bonding feels hard", en: bondingEn, es: bondingEs },
  { name: "sharing and the clinician workspace", en: sharingEn, es: sharingEs },
  { name: "observations and referrals", en: careTeamEn, es: careTeamEs },
  { name: "formulation and notes", en: caseFileEn, es: caseFileEs },
  { name: "what a family shares for its clinician to read", en: caseReadsEn, es: caseReadsEs },
  { name: "invitations to share", en: invitationsEn, es: invitationsEs },
  { name: "things to read or try, and check-in requests", en: assignmentsEn, es: assignmentsEs },
  { name: "the case as FHIR", en: fhirEn, es: fhirEs },
  { name: "thought records", en: thoughtsEn, es: thoughtsEs },
  { name: "the whole family's data, out and back in", en: familyDataEn, es: familyDataEs },
  { name: "erasure: deleting an account, a family, handing a family over", en: erasureEn, es: erasureEs },
  { name: "a baby's age, the same in every room", en: ageEn, es: ageEs },
];

describe.each(catalogues)("the $name translation catalogue", ({ en: english, es: spanish }) => {
  it("has the same keys in English and Spanish", () => {
    expect(
      entries(spanish as Tree)
        .map(([k]) => k)
        .sort(),
    ).toEqual(
      entries(english as Tree)
        .map(([k]) => k)
        .sort(),
    );
  });

  it("keeps every {{placeholder}} in each translation, and leaves no string empty", () => {
    const translated = new Map(entries(spanish as Tree));
    for (const [key, text] of entries(english as Tree)) {
      const es = translated.get(key) ?? "";
      expect(es.trim(), key).not.toBe("");
      expect(placeholders(es), key).toEqual(placeholders(text));
    }
  });
});
