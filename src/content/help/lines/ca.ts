import { callOrText } from "./call-or-text.js";
import { emergencyLine } from "./emergency-line.js";
import type { HelpLine } from "./types.js";

// Canada. 9-8-8: Suicide Crisis Helpline, call or text, in English and French, 24 hours a day, 7 days a week
// (Government of Canada, 30 November 2023); carriers may not charge for it (CRTC 2022-234). Checked 2026-12-07.
export const canada: readonly HelpLine[] = [
  {
    key: "ca_988",
    name: "9-8-8: Suicide Crisis Helpline",
    kind: "crisis",
    ...callOrText("988"),
    url: "https://988.ca/",
    hours: "24/7",
    languages: ["en", "fr"],
    note: {
      en: "Call or text 9-8-8, free, any time, if you are thinking about suicide or worried about someone. In English and French.",
      es: "Llama o envía un mensaje al 9-8-8, gratis y a cualquier hora, si piensas en el suicidio o te preocupa alguien. En inglés y francés.",
    },
    source: "canada988",
    checked: "2026-12-07",
  },
  emergencyLine("CA", "2026-12-07"),
];
