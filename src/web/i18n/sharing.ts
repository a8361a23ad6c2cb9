// Sharing and the clinician workspace's words, added when those pages first load. (Both languages, as in wellbeing.ts.)
import i18next from "i18next";
import sharingEn from "./sharing.en.json";
import sharingEs from "./sharing.es.json";

i18next.addResourceBundle("en", "translation", sharingEn, true, false);
i18next.addResourceBundle("es", "translation", sharingEs, true, false);
