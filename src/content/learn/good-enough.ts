import { h, list, p } from "./blocks.js";
import type { Article } from "./types.js";

export const goodEnough: Article = {
  slug: "good-enough-parenting",
  topic: "attachment",
  minutes: 2,
  title: {
    en: "Good enough is good enough",
    es: "Lo bastante bueno es suficiente",
  },
  summary: {
    en: "The pediatrician Donald Winnicott saw that babies do well with a parent who is real and gets it right often enough, not every time.",
    es: "El pediatra Donald Winnicott observó que a los bebés les va bien con alguien real que acierta con bastante frecuencia, no siempre.",
  },
  body: {
    en: [
      p(
        "Donald Winnicott was a British pediatrician and psychoanalyst who spent decades watching mothers and babies. In 1953 he wrote about the “good enough mother”, a phrase that has since helped a great many parents breathe out. He meant it as praise, and it applies just as well to fathers, partners and anyone else who cares for a baby.",
      ),
      p(
        "In Winnicott's view, a newborn needs someone who adapts closely to them: who comes when they cry and feeds them when they are hungry. As the weeks pass, that person adapts a little less completely, simply because they are human. They arrive a moment late, guess wrong, or are too tired to play. Winnicott saw these small, bearable gaps as part of how a baby slowly learns that the world is real, that a need can wait a little, and that they can cope.",
      ),
      h("What this can mean for you"),
      list(
        "You do not need to know why your baby is crying to be a good parent. Staying near and trying things counts.",
        "Missed cues and wrong guesses happen to everyone. Coming back and trying again is what matters.",
        "Boredom, frustration and longing for a break are part of caring for a baby. Feeling them does not make you any less loving.",
        "Asking for help, handing over and resting are part of caring too.",
      ),
      p(
        "Later research echoes Winnicott. In Edward Tronick's studies of parents and babies playing face to face, pairs were out of step a good part of the time, and the repeated experience of finding each other again seemed to be what helped babies grow. A perfect parent, if one existed, would leave no room for that.",
      ),
      p(
        "Good enough does not mean not caring. It describes someone who pays attention, keeps showing up, and mends things when they go wrong. Social media, other parents and your own inner critic may paint a different picture. Babies do not need that picture. They need you, as you are, most of the time.",
      ),
      p(
        "If you are reading this because you worry about getting it right, that worry is itself a sign of how much you care.",
      ),
    ],
    es: [
      p(
        "Donald Winnicott fue un pediatra y psicoanalista británico que pasó décadas observando a madres y bebés. En 1953 escribió sobre la «madre suficientemente buena», una expresión que desde entonces ha ayudado a muchísimas familias a respirar con alivio. Lo dijo como un elogio, y vale igual para padres, parejas y cualquier persona que cuide de un bebé.",
      ),
      p(
        "Para Winnicott, un recién nacido necesita a alguien que se adapte mucho a él: que acuda cuando llora y le dé de comer cuando tiene hambre. Con las semanas, esa persona se adapta un poco menos, simplemente porque es humana. Llega un momento tarde, se equivoca al adivinar o está demasiado cansada para jugar. Winnicott veía estos pequeños desajustes, llevaderos, como parte de cómo un bebé aprende poco a poco que el mundo es real, que una necesidad puede esperar un poco y que es capaz de sobrellevarlo.",
      ),
      h("Qué puede significar para ti"),
      list(
        "No necesitas saber por qué llora tu bebé para cuidarlo bien. Quedarte cerca y probar cosas cuenta.",
        "Todo el mundo se pierde señales y se equivoca. Lo que importa es volver e intentarlo otra vez.",
        "El aburrimiento, la frustración y las ganas de un descanso forman parte de cuidar a un bebé. Sentirlos no te hace querer menos.",
        "Pedir ayuda, pasar el relevo y descansar también son formas de cuidar.",
      ),
      p(
        "La investigación posterior se hace eco de Winnicott. En los estudios de Edward Tronick, en los que madres, padres y bebés jugaban cara a cara, las parejas estaban desacompasadas buena parte del tiempo, y lo que parecía ayudar a crecer a los bebés era la experiencia repetida de volver a encontrarse. Una madre o un padre perfecto, si existiera, no dejaría espacio para eso.",
      ),
      p(
        "Suficientemente bueno no significa despreocupado. Describe a alguien que presta atención, sigue ahí y arregla las cosas cuando salen mal. Las redes sociales, otras familias y tu propia voz crítica pueden pintar otra imagen. Tu bebé no necesita esa imagen. Te necesita a ti, tal como eres, la mayor parte del tiempo.",
      ),
      p(
        "Si estás leyendo esto porque te preocupa hacerlo bien, esa misma preocupación ya muestra cuánto te importa.",
      ),
    ],
  },
  sources: ["winnicott1953", "winnicott1964", "tronickGianino1986"],
};
