import { h, list, p } from "./blocks.js";
import type { Article } from "./types.js";

export const understandingCrying: Article = {
  slug: "understanding-crying",
  topic: "crying",
  minutes: 2,
  title: {
    en: "Understanding crying, and the PURPLE weeks",
    es: "Entender el llanto y las semanas PURPLE",
  },
  summary: {
    en: "Crying builds in the early weeks, peaks around two months and then eases; knowing the pattern, and having a plan for the hardest moments, helps.",
    es: "El llanto aumenta en las primeras semanas, llega a su punto máximo hacia los dos meses y luego baja; conocer el patrón y tener un plan para los peores momentos ayuda.",
  },
  body: {
    en: [
      p(
        "Crying is how a baby says that something is not right: hunger, tiredness, a wet diaper, too much going on, discomfort, or simply wanting to be held. Often you can find the reason. Sometimes you cannot, and that is not your fault.",
      ),
      h("The Period of PURPLE Crying"),
      p(
        "Pediatrician Ronald Barr and the National Center on Shaken Baby Syndrome describe a stage that many healthy babies go through, from about two weeks of age until three or four months. They call it the Period of PURPLE Crying. Each letter stands for part of what it is like:",
      ),
      list(
        "Peak: crying builds week by week, is at its most around two months, then eases.",
        "Unexpected: it can start and stop for no reason you can see.",
        "Resists soothing: your baby may keep crying whatever you try.",
        "Pain-like face: your baby may look as if they are in pain, even when they are not.",
        "Long-lasting: some babies cry for hours a day, sometimes five hours or more.",
        "Evening: crying often gathers in the late afternoon and evening.",
      ),
      p(
        "The word “period” is there to say that it ends. This stage is a normal part of development, not a sign that something is wrong with your baby or with your care.",
      ),
      h("Things that may help"),
      list(
        "Check the basics: hunger, diaper, too warm or too cold, tiredness.",
        "Hold your baby close, rock or walk slowly, make a steady shushing sound, or go outside together.",
        "Lower the lights and the noise if your baby seems overwhelmed.",
        "Take turns with someone else if you can.",
      ),
      p(
        "Call your doctor if the cry sounds different from usual, or comes with a fever, vomiting, poor feeding, unusual sleepiness, or anything else that worries you.",
      ),
      h("It is OK to step away"),
      p(
        "Long crying can wear anyone down, and feeling angry or desperate does not make you a bad parent. If it gets too much, lay your baby on their back in a safe crib, leave the room, and give yourself a few minutes to breathe. Check on them every five to ten minutes. Call or message someone you trust, or tap “Need help now?”. A baby crying in a safe crib for a few minutes is safe.",
      ),
      p(
        "Never shake a baby. Shaking, even once and even for a moment, can cause serious brain injury or death. Make sure everyone who looks after your baby knows this, and knows that putting the baby down and stepping away is always OK.",
      ),
    ],
    es: [
      p(
        "El llanto es la forma en que un bebé dice que algo no va bien: hambre, cansancio, un pañal mojado, demasiados estímulos, alguna molestia o, simplemente, ganas de estar en brazos. Muchas veces encuentras el motivo. Otras no, y no es culpa tuya.",
      ),
      h("El periodo del llanto PURPLE"),
      p(
        "El pediatra Ronald Barr y el National Center on Shaken Baby Syndrome (centro estadounidense para la prevención del síndrome del bebé sacudido) describen una etapa por la que pasan muchos bebés sanos, desde las dos semanas de vida hasta los tres o cuatro meses. La llaman el periodo del llanto PURPLE, por las iniciales de seis palabras en inglés:",
      ),
      list(
        "Peak (pico): el llanto aumenta semana a semana, alcanza su máximo hacia los dos meses y luego baja.",
        "Unexpected (inesperado): puede empezar y parar sin ningún motivo que se vea.",
        "Resists soothing (se resiste al consuelo): tu bebé puede seguir llorando hagas lo que hagas.",
        "Pain-like face (cara de dolor): puede parecer que le duele algo, aunque no sea así.",
        "Long-lasting (duradero): algunos bebés lloran horas al día, a veces cinco horas o más.",
        "Evening (tarde y noche): el llanto suele concentrarse al final de la tarde y por la noche.",
      ),
      p(
        "La palabra «periodo» está ahí para recordar que termina. Esta etapa es una parte normal del desarrollo, no una señal de que algo vaya mal con tu bebé ni con tus cuidados.",
      ),
      h("Cosas que pueden ayudar"),
      list(
        "Revisa lo básico: hambre, pañal, calor o frío, cansancio.",
        "Abrázalo contra tu cuerpo, mécelo o camina despacio, haz un «shhh» suave y constante, o sal a dar un paseo con tu bebé.",
        "Baja la luz y el ruido si parece que todo lo abruma.",
        "Túrnate con otra persona si puedes.",
      ),
      p(
        "Llama al médico de tu bebé si el llanto suena distinto de lo habitual, o si viene con fiebre, vómitos, rechazo del pecho o del biberón, somnolencia poco habitual o cualquier otra cosa que te preocupe.",
      ),
      h("Está bien alejarte un momento"),
      p(
        "Un llanto largo agota a cualquiera, y sentir rabia o desesperación no te convierte en mala madre o mal padre. Si ya no puedes más, acuesta a tu bebé boca arriba en una cuna segura, sal de la habitación y date unos minutos para respirar. Ve a verlo cada cinco o diez minutos. Llama o escribe a alguien de confianza, o toca «¿Necesitas ayuda ahora?». Un bebé que llora unos minutos en una cuna segura está a salvo.",
      ),
      p(
        "Nunca sacudas a un bebé. Sacudirlo, aunque sea una vez y un instante, puede causarle una lesión cerebral grave o la muerte. Asegúrate de que todas las personas que cuidan de tu bebé lo saben, y de que saben que dejarlo en un lugar seguro y alejarse un momento siempre está bien.",
      ),
    ],
  },
  sources: ["barr2009", "purpleCrying", "cdcAbusiveHeadTrauma", "iconCope", "aapAbusiveHeadTrauma"],
};
