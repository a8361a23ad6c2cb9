import { emergencyLine } from "./emergency-line.js";
import type { HelpLine } from "./types.js";

// Ireland. Samaritans' 116 123 was assigned by ComReg and is free and answered around the clock (Dáil
// written answer, 10 December 2013; Samaritans, 2015). 50808 is the HSE-funded crisis text service; the
// Minister for Mental Health's 2023 statement gives the word HELLO. Checked 2026-12-07.
export const ireland: readonly HelpLine[] = [
  {
    key: "ie_samaritans",
    name: "Samaritans Ireland",
    kind: "crisis",
    call: "116 123",
    url: "https://www.samaritans.org/ireland/samaritans-ireland/",
    hours: "24/7",
    languages: ["en"],
    note: {
      en: "Free, any time, day or night, to talk about whatever you are going through.",
      es: "Gratis, a cualquier hora del día o de la noche, para hablar de lo que estés viviendo.",
    },
    source: "samaritansIreland",
    checked: "2026-12-07",
  },
  {
    key: "ie_50808",
    name: "50808 crisis text line",
    kind: "crisis",
    text: { number: "50808", body: "HELLO" },
    url: "https://text50808.ie/",
    hours: "24/7",
    languages: ["en"],
    note: {
      en: "Text HELLO to 50808 to reach a trained volunteer, free and anonymous, any time. Funded by the HSE.",
      es: "Envía HELLO al 50808 para hablar por mensajes con una persona voluntaria capacitada, gratis y de forma anónima, a cualquier hora. Lo financia el HSE.",
    },
    source: "text50808",
    checked: "2026-12-07",
  },
  emergencyLine("IE", "2026-12-07"),
];
