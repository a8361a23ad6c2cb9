// The crying helper's words, added when the helper first loads, so neither the sign-in screen nor Today
// carries them (Today's way into the helper is in ideas.ts). (Both languages, as in index.ts: switching must
// be instant and work offline, and the helper above all must open without a network.)
import i18next from "i18next";
import cryingEn from "./crying.en.json";
import cryingEs from "./crying.es.json";

i18next.addResourceBundle("en", "translation", cryingEn, true, false);
i18next.addResourceBundle("es", "translation", cryingEs, true, false);
