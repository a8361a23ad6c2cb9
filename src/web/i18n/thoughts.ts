// Thought records' words, added when those pages (or the link to them on Check-ins) first load. (Both
// languages, as in sharing.ts.)
import i18next from "i18next";
import thoughtsEn from "./thoughts.en.json";
import thoughtsEs from "./thoughts.es.json";

i18next.addResourceBundle("en", "translation", thoughtsEn, true, false);
i18next.addResourceBundle("es", "translation", thoughtsEs, true, false);
