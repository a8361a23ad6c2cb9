// The whole family's data, out and back in: words added when the Family page or onboarding's import loads.
import i18next from "i18next";
import familyDataEn from "./familydata.en.json";
import familyDataEs from "./familydata.es.json";

i18next.addResourceBundle("en", "translation", familyDataEn, true, false);
i18next.addResourceBundle("es", "translation", familyDataEs, true, false);
