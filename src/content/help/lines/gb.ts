import type { HelpLine } from "./types.js";

// United Kingdom. Shout (text SHOUT to 85258) is a free crisis text service for anyone in the UK, 24/7
// (Shout FAQ, updated 4 November 2024); the word PANDAS on the same number is the PANDAS Foundation's
// perinatal route. The NSPCC Helpline is for adults worried about a child and for parents and carers.
// Checked 2026-12-07 (Shout, NSPCC); the rest 2026-11-22.
export const unitedKingdom: readonly HelpLine[] = [
  {
    key: "gb_samaritans",
    name: "Samaritans",
    kind: "crisis",
    call: "116 123",
    url: "https://www.samaritans.org/",
    hours: "24/7",
    languages: ["en"],
    note: {
      en: "Free, any time, to talk about whatever you are going through.",
      es: "Gratis y a cualquier hora, para hablar de lo que estés viviendo.",
    },
    source: "samaritans",
    checked: "2026-12-07",
  },
  {
    key: "gb_shout",
    name: "Shout",
    kind: "crisis",
    text: { number: "85258", body: "SHOUT" },
    url: "https://giveusashout.org/",
    hours: "24/7",
    languages: ["en"],
    note: {
      en: "Text SHOUT to 85258 for free, confidential support from a trained volunteer, any time, if you are struggling to cope.",
      es: "Envía SHOUT al 85258 para recibir apoyo gratuito y confidencial de una persona voluntaria capacitada, a cualquier hora, si te cuesta salir adelante.",
    },
    source: "shout85258",
    checked: "2026-12-07",
  },
  {
    key: "gb_nhs_111_mental_health",
    name: "NHS 111, mental health option",
    kind: "crisis",
    call: "111",
    url: "https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/",
    hours: "24/7",
    languages: ["en"],
    note: {
      en: "In England, call 111 and choose the mental health option (option 2) for urgent mental health help.",
      es: "En Inglaterra, llama al 111 y elige la opción de salud mental (opción 2) para ayuda urgente de salud mental.",
    },
    source: "nhsUrgentMentalHealth",
    checked: "2026-11-22",
  },
  {
    key: "gb_999",
    name: "999",
    kind: "emergency",
    call: "999",
    hours: "24/7",
    languages: ["en"],
    note: {
      en: "If you or your baby are in immediate danger, call 999 or go to A&E.",
      es: "Si tú o tu bebé están en peligro inmediato, llama al 999 o ve a urgencias (A&E).",
    },
    source: "nhs999",
    checked: "2026-11-22",
  },
  {
    key: "gb_pandas_text",
    name: "PANDAS Foundation text service",
    kind: "perinatal",
    text: { number: "85258", body: "PANDAS" },
    url: "https://pandasfoundation.org.uk/",
    hours: "24/7",
    languages: ["en"],
    note: {
      en: "Text PANDAS to 85258 for free, confidential support with perinatal mental health.",
      es: "Envía PANDAS por mensaje al 85258 para apoyo gratuito y confidencial en salud mental perinatal.",
    },
    source: "pandasFoundation",
    checked: "2026-11-22",
  },
  {
    key: "gb_nspcc",
    name: "NSPCC Helpline",
    kind: "support",
    call: "0808 800 5000",
    url: "https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/nspcc-helpline/",
    hours: "limited",
    languages: ["en"],
    note: {
      en: "Free advice for parents and carers who are struggling, and for anyone worried about a child. Not a crisis line: in a crisis call Samaritans or 999.",
      es: "Orientación gratuita para madres, padres y cuidadores que lo están pasando mal, y para cualquier persona preocupada por un niño. No es una línea de crisis: en una crisis llama a Samaritans o al 999.",
    },
    source: "nspccHelpline",
    checked: "2026-12-07",
  },
];
