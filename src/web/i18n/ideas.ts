// The words Today shares with the guide: the way into the crying helper, the bonding idea cards and the
// links from a cue to the cue guide. Kept apart from the crying helper's own words (crying.ts), which only
// its page needs, so the first screen of the log does not carry them. (Both languages, as in index.ts.)
import i18next from "i18next";
import ideasEn from "./ideas.en.json";
import ideasEs from "./ideas.es.json";

i18next.addResourceBundle("en", "translation", ideasEn, true, false);
i18next.addResourceBundle("es", "translation", ideasEs, true, false);
