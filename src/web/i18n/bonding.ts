// The words of "When bonding feels hard" (the page around its content), added when that page first loads, so
// the sign-in screen does not carry them. (Both languages, as in index.ts and wellbeing.ts: switching must be
// instant and work offline.)
import i18next from "i18next";
import bondingEn from "./bonding.en.json";
import bondingEs from "./bonding.es.json";

i18next.addResourceBundle("en", "translation", bondingEn, true, false);
i18next.addResourceBundle("es", "translation", bondingEs, true, false);
