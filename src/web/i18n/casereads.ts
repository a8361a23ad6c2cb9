// What the family shares for the clinician to read (check-in charts, thought records, the visit summary), for
// the case page, added when it first loads. (Both languages, as in sharing.ts.)
import i18next from "i18next";
import caseReadsEn from "./casereads.en.json";
import caseReadsEs from "./casereads.es.json";

i18next.addResourceBundle("en", "translation", caseReadsEn, true, false);
i18next.addResourceBundle("es", "translation", caseReadsEs, true, false);
