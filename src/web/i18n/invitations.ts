// A clinician's invitations to share, for the caseload, the family's Sharing page and the invitation page,
// added when one of them first loads. (Both languages, as in sharing.ts.)
import i18next from "i18next";
import invitationsEn from "./invitations.en.json";
import invitationsEs from "./invitations.es.json";

i18next.addResourceBundle("en", "translation", invitationsEn, true, false);
i18next.addResourceBundle("es", "translation", invitationsEs, true, false);
