// The words of "Bring your history", added when its page loads. (Both languages, as in index.ts.)
import i18next from "i18next";
import importsEn from "./imports.en.json";
import importsEs from "./imports.es.json";

i18next.addResourceBundle("en", "translation", importsEn, true, false);
i18next.addResourceBundle("es", "translation", importsEs, true, false);
