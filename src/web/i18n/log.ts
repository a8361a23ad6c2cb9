// The family log's words, added when its screens first load, so the sign-in screen does not carry them.
// (Both languages, as in index.ts: switching must be instant and work offline.)
import i18next from "i18next";
import logEn from "./log.en.json";
import logEs from "./log.es.json";

i18next.addResourceBundle("en", "translation", logEn, true, false);
i18next.addResourceBundle("es", "translation", logEs, true, false);
