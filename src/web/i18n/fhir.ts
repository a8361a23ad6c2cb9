// The case file's FHIR export words, added when the case page first loads. (Both languages, as in sharing.ts.)
import i18next from "i18next";
import fhirEn from "./fhir.en.json";
import fhirEs from "./fhir.es.json";

i18next.addResourceBundle("en", "translation", fhirEn, true, false);
i18next.addResourceBundle("es", "translation", fhirEs, true, false);
