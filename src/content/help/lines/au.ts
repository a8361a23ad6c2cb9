import { emergencyLine } from "./emergency-line.js";
import type { HelpLine } from "./types.js";

// Australia. Lifeline answers 13 11 14 around the clock, and texts at 0477 13 11 14; calls from a mobile are
// free. PANDA's helpline is for expecting and new parents and says itself that it is not a crisis service.
// Checked 2026-12-07.
export const australia: readonly HelpLine[] = [
  {
    key: "au_lifeline",
    name: "Lifeline",
    kind: "crisis",
    call: "13 11 14",
    text: { number: "0477 13 11 14" },
    url: "https://www.lifeline.org.au/",
    hours: "24/7",
    languages: ["en"],
    note: {
      en: "Crisis support any time, by phone or text. Free from a mobile. For another language, call 131 450 and ask for Lifeline.",
      es: "Apoyo en crisis a cualquier hora, por teléfono o mensaje. Gratis desde un celular. Para otro idioma, llama al 131 450 y pide Lifeline.",
    },
    source: "lifelineAustralia",
    checked: "2026-12-07",
  },
  emergencyLine("AU", "2026-12-07"),
  {
    key: "au_panda",
    name: "PANDA National Perinatal Mental Health Helpline",
    kind: "perinatal",
    call: "1300 726 306",
    url: "https://panda.org.au/",
    hours: "limited",
    languages: ["en"],
    note: {
      en: "Free support for expecting and new parents, Monday to Friday 9 am–7:30 pm and Saturday 9 am–4 pm (AEST), public holidays too. Not a crisis line: in a crisis call Lifeline or 000.",
      es: "Apoyo gratuito para quienes esperan un bebé o acaban de tenerlo, de lunes a viernes de 9:00 a 19:30 y los sábados de 9:00 a 16:00 (hora del este de Australia), también los días festivos. No es una línea de crisis: en una crisis llama a Lifeline o al 000.",
    },
    source: "pandaHelpline",
    checked: "2026-12-07",
  },
];
