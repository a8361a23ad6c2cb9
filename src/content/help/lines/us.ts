import { callOrText } from "./call-or-text.js";
import type { HelpLine } from "./types.js";

// United States. 988 by call, text or chat; in Spanish, press 2 on a call or text AYUDA to 988 (988 Lifeline,
// "What to expect"; SAMHSA, 13 July 2023). Childhelp answers calls, texts and chats around the clock and is
// not a reporting line. Checked 2026-12-07 (988's Spanish text and Childhelp); the rest 2026-11-22.
export const unitedStates: readonly HelpLine[] = [
  {
    key: "us_988",
    name: "988 Suicide & Crisis Lifeline",
    kind: "crisis",
    ...callOrText("988"),
    moreTexts: [{ number: "988", body: "AYUDA", languages: ["es"] }],
    url: "https://988lifeline.org/",
    hours: "24/7",
    languages: ["en", "es"],
    note: {
      en: "Free and confidential, for anyone in distress or with thoughts of suicide. In Spanish: press 2 when you call, or text AYUDA to 988.",
      es: "Gratis y confidencial, para cualquier persona angustiada o con pensamientos de suicidio. En español: marca 2 cuando llames, o envía AYUDA al 988.",
    },
    source: "lifeline988Spanish",
    checked: "2026-12-07",
  },
  {
    key: "us_911",
    name: "911",
    kind: "emergency",
    call: "911",
    hours: "24/7",
    languages: ["en", "es"],
    note: {
      en: "If you or your baby are in immediate danger.",
      es: "Si tú o tu bebé están en peligro inmediato.",
    },
    source: "us911",
    checked: "2026-11-22",
  },
  {
    key: "us_mmh_hotline",
    name: "National Maternal Mental Health Hotline",
    kind: "perinatal",
    ...callOrText("1-833-852-6262"),
    url: "https://mchb.hrsa.gov/national-maternal-mental-health-hotline",
    hours: "24/7",
    languages: ["en", "es"],
    note: {
      en: "1-833-TLC-MAMA. Support for pregnant people and new parents, call or text. It is not a crisis line: in a crisis call 988 or 911.",
      es: "1-833-TLC-MAMA. Apoyo para embarazadas y madres y padres recientes, por llamada o texto. No es una línea de crisis: en una crisis llama al 988 o al 911.",
    },
    source: "hrsaMaternalMentalHealthHotline",
    checked: "2026-11-22",
  },
  {
    key: "us_psi_helpline",
    name: "Postpartum Support International HelpLine",
    kind: "perinatal",
    call: "1-800-944-4773",
    text: { number: "800-944-4773" },
    url: "https://postpartum.net/",
    hours: "limited",
    languages: ["en", "es"],
    note: {
      en: "Information, support and local resources from trained volunteers; texts in English to 800-944-4773. Not for emergencies.",
      es: "Información, apoyo y recursos locales de voluntarios capacitados; por llamada marca 1 para español. No es para emergencias.",
    },
    source: "postpartumSupportInternational",
    checked: "2026-11-22",
  },
  {
    key: "us_psi_text_es",
    name: "Postpartum Support International — texto en español",
    kind: "perinatal",
    text: { number: "971-203-7773" },
    url: "https://postpartum.net/",
    hours: "limited",
    languages: ["es"],
    note: {
      en: "Text support in Spanish from Postpartum Support International. Not for emergencies.",
      es: "Apoyo por mensaje de texto en español de Postpartum Support International. No es para emergencias.",
    },
    source: "postpartumSupportInternational",
    checked: "2026-11-22",
  },
  {
    key: "us_childhelp",
    name: "Childhelp National Child Abuse Hotline",
    kind: "support",
    ...callOrText("1-800-422-4453"),
    url: "https://childhelphotline.org/",
    hours: "24/7",
    languages: ["en", "es"],
    note: {
      en: "1-800-4-A-CHILD. Counselors for parents who feel overwhelmed or worried about a child, by call, text or chat, any time; interpreters for many languages. It is not a reporting line and does not call 911.",
      es: "1-800-4-A-CHILD. Consejeros para madres y padres que se sienten desbordados o preocupados por un niño, por llamada, texto o chat, a cualquier hora; con intérpretes en muchos idiomas. No es una línea para denunciar y no llama al 911.",
    },
    source: "childhelpHotline",
    checked: "2026-12-07",
  },
];
