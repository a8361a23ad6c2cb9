import { bilingual } from "../../content/bilingual.js";
import { type TermWords, termWords } from "../../content/directory/terms.js";
import { facets } from "../../domain/directory/taxonomy.js";
import { uuidv5 } from "./ids.js";

/**
 * Attune's vocabulary as HSDS taxonomies: one taxonomy per facet a listing is filtered by, its terms the
 * facet's keys. Ids are UUIDv5 of fixed names (ids.ts), so they are the same on every Attune server and
 * never change; a term's `code` is the key the rest of the API uses ("therapy", "pmh_c"). Names are the
 * directory's own words (src/content/directory/terms.ts), in English or, with ?lang=es, Spanish.
 * Languages are not a taxonomy here: HSDS has its own `language` object with ISO 639 codes.
 */
export type HsdsFacet = keyof typeof facets;
export const hsdsFacets = Object.keys(facets) as HsdsFacet[];

export const hsdsLanguages = ["en", "es"] as const;
export type HsdsLanguage = (typeof hsdsLanguages)[number];

/** Each taxonomy's name and what it holds, one row a facet: [English, Spanish]. */
const taxonomyNames = bilingual<HsdsFacet>({
  service: ["Attune services", "Servicios de Attune"],
  focus: ["Attune focus areas", "Áreas de especialidad de Attune"],
  credential: ["Attune credentials", "Acreditaciones de Attune"],
  approach: ["Attune therapy approaches", "Enfoques terapéuticos de Attune"],
  insurance: ["Attune insurance and payment", "Seguros y formas de pago de Attune"],
});
const taxonomyDescriptions = bilingual<HsdsFacet>({
  service: [
    "What a perinatal provider offers families: therapy, lactation support, doula care and more.",
    "Lo que un profesional perinatal ofrece a las familias: terapia, apoyo a la lactancia, acompañamiento de doula y más.",
  ],
  focus: [
    "The experiences a provider specialises in, such as birth trauma or pregnancy and infant loss.",
    "Las experiencias en las que se especializa un profesional, como el trauma del parto o la pérdida gestacional y neonatal.",
  ],
  credential: [
    "Licences, registrations and certifications a provider holds; a directory moderator can check each one.",
    "Licencias, registros y certificaciones de un profesional; una persona moderadora del directorio puede verificar cada una.",
  ],
  approach: [
    "Ways of working a provider is trained in, such as EMDR, CBT or Circle of Security.",
    "Formas de trabajo en las que se ha formado un profesional, como EMDR, TCC o Círculo de Seguridad.",
  ],
  insurance: [
    "Insurance plans a provider accepts, the NHS, or paying directly.",
    "Seguros médicos que acepta un profesional, el NHS o el pago directo.",
  ],
});

export interface VocabularyTerm {
  id: string;
  facet: HsdsFacet;
  /** The key used everywhere else in Attune ("therapy", "pmh_c"). */
  code: string;
  taxonomyId: string;
}

export const taxonomyIdOf = (facet: HsdsFacet) => uuidv5(`taxonomy/${facet}`);

/** The unit of the capacity that says whether a provider takes new clients (HSDS 3.1 service_capacity). */
export const NEW_CLIENTS_UNIT = "new_clients";
export const newClientsUnitId = uuidv5(`unit/${NEW_CLIENTS_UNIT}`);
export const termIdOf = (facet: HsdsFacet, code: string) => uuidv5(`term/${facet}/${code}`);

/** Every term, taxonomy by taxonomy in facet order, each taxonomy's terms in the domain's order. */
export const vocabularyTerms: readonly VocabularyTerm[] = hsdsFacets.flatMap((facet) =>
  facets[facet].map((code) => ({
    id: termIdOf(facet, code),
    facet,
    code,
    taxonomyId: taxonomyIdOf(facet),
  })),
);

const termsById = new Map(vocabularyTerms.map((t) => [t.id, t]));
const facetsByTaxonomyId = new Map(hsdsFacets.map((f) => [taxonomyIdOf(f), f]));

export const termById = (id: string) => termsById.get(id.toLowerCase());
export const facetOfTaxonomy = (id: string) => facetsByTaxonomyId.get(id.toLowerCase());

export const taxonomyName = (facet: HsdsFacet, lang: HsdsLanguage) => taxonomyNames[facet][lang];
export const taxonomyDescription = (facet: HsdsFacet, lang: HsdsLanguage) =>
  taxonomyDescriptions[facet][lang];

/** A term's words: the domain's words table is keyed by facet, then by the facet's own key type. */
export function termName(facet: HsdsFacet, code: string, lang: HsdsLanguage): string {
  const words = (termWords[facet] as Record<string, TermWords>)[code];
  return words ? words[lang] : code;
}
