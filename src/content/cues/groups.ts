import type { Localized } from "../learn/types.js";
import type { CueGroup } from "./types.js";

/** Shown above the whole guide. */
export const cueGuideIntro: Localized = {
  en: "Babies talk with their faces, hands and bodies long before they have words. Every baby is different, and one sign can mean more than one thing, so look at several signs together and at what just happened. Guessing wrong is fine: watch what your baby does next and try again.",
  es: "Los bebés hablan con la cara, las manos y el cuerpo mucho antes de tener palabras. Cada bebé es distinto y una misma señal puede significar varias cosas, así que fíjate en varias señales juntas y en lo que acaba de pasar. No pasa nada por equivocarte: mira qué hace tu bebé después y vuelve a probar.",
};

/** Engagement and disengagement are both read the same way: the clear signs first, then the subtle ones. */
const clearThenSubtle: CueGroup["sections"] = [
  { level: "obvious", title: { en: "Clear signs", es: "Señales claras" } },
  { level: "subtle", title: { en: "Subtle signs", es: "Señales sutiles" } },
];

export const cueGroups: readonly CueGroup[] = [
  {
    id: "engagement",
    title: { en: "Ready to connect", es: "Con ganas de conectar" },
    intro: {
      en: "These signs say your baby is open to you: to talking, singing, play or a feed. Some are easy to spot; the subtle ones are quieter and easy to miss.",
      es: "Estas señales dicen que tu bebé tiene ganas de estar contigo: de hablar, cantar, jugar o comer. Algunas se ven enseguida; las sutiles son más discretas y es fácil pasarlas por alto.",
    },
    sections: clearThenSubtle,
  },
  {
    id: "disengagement",
    title: { en: "Needing a break", es: "Necesita un descanso" },
    intro: {
      en: "These signs say your baby needs a pause: things are too much, too fast, or they are getting tired. It is not rejection. Slowing down, waiting a moment and then trying again is exactly what helps. The subtle signs usually come first; if they are missed, the clearer ones follow.",
      es: "Estas señales dicen que tu bebé necesita una pausa: todo es demasiado, va muy rápido o se está cansando. No es un rechazo. Ir más despacio, esperar un momento y volver a intentarlo es justo lo que ayuda. Las señales sutiles suelen llegar primero; si pasan desapercibidas, vienen las más claras.",
    },
    sections: clearThenSubtle,
  },
  {
    id: "hunger",
    title: { en: "Hungry", es: "Tiene hambre" },
    // The early, mid and late stages and "calm me, then feed me" follow Queensland Health's feeding cues.
    intro: {
      en: "Hunger builds in stages. The early signs are the easiest time to feed, while your baby is calm enough to latch or take the bottle. Crying is a late sign.",
      es: "El hambre va creciendo por etapas. Las primeras señales son el mejor momento para darle de comer, mientras tu bebé está lo bastante tranquilo para agarrarse al pecho o tomar el biberón. El llanto es una señal tardía.",
    },
    sections: [
      { level: "early", title: { en: "Early signs", es: "Primeras señales" } },
      { level: "mid", title: { en: "Getting hungrier", es: "Cada vez más hambre" } },
      {
        level: "late",
        title: { en: "Late signs", es: "Señales tardías" },
        note: {
          en: "Calm first, then feed. A crying baby finds it hard to feed, so hold them close, skin to skin if you like, talk softly or rock until they settle a little, then offer the feed.",
          es: "Primero calma, luego comida. A un bebé que llora le cuesta comer, así que abrázalo contra tu cuerpo, piel con piel si quieres, háblale bajito o mécelo hasta que se tranquilice un poco, y entonces ofrécele la toma.",
        },
      },
    ],
    sources: ["queenslandHealthFeedingCues"],
  },
  {
    id: "tired",
    title: { en: "Getting tired", es: "Empieza a tener sueño" },
    intro: {
      en: "Catching tiredness early often makes settling easier. When you notice these signs, it can help to dim the lights, lower the noise and start your usual wind-down.",
      es: "Notar el cansancio a tiempo suele facilitar que se duerma. Cuando veas estas señales, puede ayudar bajar la luz y el ruido y empezar la rutina de siempre para ir a dormir.",
    },
    sections: [],
  },
];
