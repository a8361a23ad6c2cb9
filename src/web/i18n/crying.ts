// The crying helper's and the bonding ideas' words, added when Today or the helper first loads, so the
// sign-in screen does not carry them. (Both languages, as in index.ts: switching must be instant and work
// offline, and the helper above all must open without a network.)
import i18next from "i18next";
import cryingEn from "./crying.en.json";
import cryingEs from "./crying.es.json";

i18next.addResourceBundle("en", "translation", cryingEn, true, false);
i18next.addResourceBundle("es", "translation", cryingEs, true, false);
