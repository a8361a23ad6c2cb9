import {
  type HsdsFacet,
  type HsdsLanguage,
  taxonomyDescription,
  taxonomyIdOf,
  taxonomyName,
  termName,
  type VocabularyTerm,
} from "../../hsds/vocabulary.js";
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from "./schemas.js";

/** Bumped when a taxonomy's terms change meaning (adding terms does not change the old ones). */
const VOCABULARY_VERSION = "1";

export function hsdsTaxonomy(facet: HsdsFacet, lang: HsdsLanguage): HsdsTaxonomy {
  return {
    id: taxonomyIdOf(facet),
    name: taxonomyName(facet, lang),
    description: taxonomyDescription(facet, lang),
    version: VOCABULARY_VERSION,
  };
}

export function hsdsTaxonomyTerm(term: VocabularyTerm, lang: HsdsLanguage): HsdsTaxonomyTerm {
  const name = termName(term.facet, term.code, lang);
  const taxonomy = taxonomyName(term.facet, lang);
  return {
    id: term.id,
    code: term.code,
    name,
    // HSDS requires a description; the taxonomy's name says what kind of term this is.
    description: `${taxonomy}: ${name}`,
    taxonomy,
    taxonomy_id: term.taxonomyId,
    taxonomy_detail: hsdsTaxonomy(term.facet, lang),
    language: lang,
  };
}
