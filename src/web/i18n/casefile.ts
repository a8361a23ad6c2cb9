// The case formulation and the clinician's notes, for the case page, added when it first loads.
// (Both languages, as in sharing.ts.)
import i18next from "i18next";
import caseFileEn from "./casefile.en.json";
import caseFileEs from "./casefile.es.json";

i18next.addResourceBundle("en", "translation", caseFileEn, true, false);
i18next.addResourceBundle("es", "translation", caseFileEs, true, false);
