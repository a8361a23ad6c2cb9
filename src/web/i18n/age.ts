// A baby's age in words, one phrase for every room that shows it (the family's app, the Guide, the
// clinician's case file), added by the age helper that uses it so each of those pages has it. (Both
// languages, as in index.ts: switching must be instant and work offline.)
import i18next from "i18next";
import ageEn from "./age.en.json";
import ageEs from "./age.es.json";

i18next.addResourceBundle("en", "translation", ageEn, true, false);
i18next.addResourceBundle("es", "translation", ageEs, true, false);
