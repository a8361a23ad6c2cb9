import { emergencyLine } from "./emergency-line.js";
import type { HelpLine } from "./types.js";

// Spain. 024 is the Ministry of Health's national line for suicidal behaviour, free, confidential and
// answered 24 hours a day, every day of the year, since May 2022; people close to someone at risk can call
// too. Checked 2026-12-07.
export const spain: readonly HelpLine[] = [
  {
    key: "es_024",
    name: "024 Línea de atención a la conducta suicida",
    kind: "crisis",
    call: "024",
    url: "https://www.sanidad.gob.es/linea024/",
    hours: "24/7",
    languages: ["es"],
    note: {
      en: "Spain's free, confidential line for anyone with thoughts of suicide, and for the people close to them. It does not appear on your phone bill.",
      es: "La línea gratuita y confidencial de España para cualquier persona con pensamientos de suicidio, y para quienes la rodean. No aparece en tu factura del teléfono.",
    },
    source: "linea024",
    checked: "2026-12-07",
  },
  emergencyLine("ES", "2026-12-07"),
];
