// The directory's words, added when its pages first load. (Both languages, as in wellbeing.ts.)
import i18next from "i18next";
import directoryEn from "./directory.en.json";
import directoryEs from "./directory.es.json";

i18next.addResourceBundle("en", "translation", directoryEn, true, false);
i18next.addResourceBundle("es", "translation", directoryEs, true, false);
