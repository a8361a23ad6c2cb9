// Erasure's words (deleting an account, a family; handing a family over), added where those sections load.
// (Both languages, as in sharing.ts.)
import i18next from "i18next";
import erasureEn from "./erasure.en.json";
import erasureEs from "./erasure.es.json";

i18next.addResourceBundle("en", "translation", erasureEn, true, false);
i18next.addResourceBundle("es", "translation", erasureEs, true, false);
