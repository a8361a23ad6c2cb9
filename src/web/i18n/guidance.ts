// The Guide's words, added when a guide page first loads, so the sign-in screen does not carry them.
// (Both languages, as in index.ts and log.ts: switching must be instant and work offline.)
import i18next from "i18next";
import guidanceEn from "./guidance.en.json";
import guidanceEs from "./guidance.es.json";

i18next.addResourceBundle("en", "translation", guidanceEn, true, false);
i18next.addResourceBundle("es", "translation", guidanceEs, true, false);
