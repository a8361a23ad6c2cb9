// Shared observations and referrals, for the case page and the family's "From your care team", added when
// those pages first load. (Both languages, as in sharing.ts.)
import i18next from "i18next";
import careTeamEn from "./careteam.en.json";
import careTeamEs from "./careteam.es.json";

i18next.addResourceBundle("en", "translation", careTeamEn, true, false);
i18next.addResourceBundle("es", "translation", careTeamEs, true, false);
