// Things to read or try and check-in requests, for the case page and the family's "From your care team",
// added when those pages first load. (Both languages, as in sharing.ts.)
import i18next from "i18next";
import assignmentsEn from "./assignments.en.json";
import assignmentsEs from "./assignments.es.json";

i18next.addResourceBundle("en", "translation", assignmentsEn, true, false);
i18next.addResourceBundle("es", "translation", assignmentsEs, true, false);
