// The check-ins' and the help page's words, added when those pages first load, so the sign-in screen does
// not carry them. (Both languages, as in index.ts and guidance.ts: switching must be instant and offline.)
import i18next from "i18next";
import wellbeingEn from "./wellbeing.en.json";
import wellbeingEs from "./wellbeing.es.json";

i18next.addResourceBundle("en", "translation", wellbeingEn, true, false);
i18next.addResourceBundle("es", "translation", wellbeingEs, true, false);
