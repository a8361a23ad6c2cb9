import { emergencyLine } from "./emergency-line.js";
import type { HelpLine } from "./types.js";

// Mexico. Línea de la Vida, run by the Secretaría de Salud through CONASAMA, answers free of charge 24 hours
// a day, every day, including for thoughts of suicide. Checked 2026-12-07.
export const mexico: readonly HelpLine[] = [
  {
    key: "mx_linea_de_la_vida",
    name: "Línea de la Vida",
    kind: "crisis",
    call: "800 911 2000",
    url: "https://www.gob.mx/salud/conasama",
    hours: "24/7",
    languages: ["es"],
    note: {
      en: "Mexico's free national line for emotional crises, thoughts of suicide and addictions, run by the Ministry of Health.",
      es: "La línea nacional y gratuita de México para crisis emocionales, pensamientos de suicidio y adicciones, de la Secretaría de Salud.",
    },
    source: "lineaDeLaVida",
    checked: "2026-12-07",
  },
  emergencyLine("MX", "2026-12-07"),
];
