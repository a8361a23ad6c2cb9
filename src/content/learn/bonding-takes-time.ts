import { h, list, p } from "./blocks.js";
import type { Article } from "./types.js";

export const bondingTakesTime: Article = {
  slug: "bonding-takes-time",
  topic: "bonding",
  minutes: 2,
  title: {
    en: "When bonding takes time",
    es: "Cuando el vínculo tarda en llegar",
  },
  summary: {
    en: "Many parents do not feel a rush of love at first; it is common, it is not a failure, and the bond can still grow.",
    es: "Muchas madres y padres no sienten un flechazo al principio; es frecuente, no es un fracaso y el vínculo puede crecer igual.",
  },
  body: {
    en: [
      p(
        "Films show a parent meeting their baby and falling in love on the spot. For many people it happens more slowly. In a well-known British study, about four in ten first-time mothers said their main feeling on first holding their baby was indifference. For most, affection arrived within days. For some it takes weeks or months, and that is common too.",
      ),
      p(
        "Researchers once believed there was a short window straight after birth when bonding had to happen. Later reviews found no good evidence for it. Bonds between parents and babies are built over time, through care, and there is no moment you can miss.",
      ),
      h("Things that can slow it down"),
      list(
        "Time in neonatal intensive care, apart from your baby, surrounded by machines and worry.",
        "A birth that was frightening, painful or far from what you hoped. Some parents are left with memories that keep coming back.",
        "The big hormone shifts after birth, and the weepy “baby blues” of the first days.",
        "Deep tiredness, pain, or recovering from surgery.",
        "Depression or anxiety, which can flatten feelings or crowd them with worry.",
        "Pressure to be perfect, or the sense that everyone else bonds easily.",
        "Your own early experiences of being cared for.",
      ),
      p(
        "None of these make you a bad parent, and none of them mean the bond will not come. Holding, feeding, bathing, skin-to-skin and simply being near your baby all help it grow. In neonatal units, skin-to-skin “kangaroo” holding is one way parents and premature babies begin to find each other; a long study led by Ruth Feldman found benefits that lasted for years. If that was not possible for you, closeness now still counts.",
      ),
      h("When to talk to someone"),
      p(
        "Slow feelings on their own are common. It is worth talking to your midwife, nurse, health visitor, doctor or a therapist if, after the first few weeks, you still feel distant from your baby, or if you feel low, numb, very anxious, angry with your baby, or keep reliving the birth.",
      ),
      p(
        "These are signs that you deserve support, not signs that you have failed. Help for bonding difficulties, birth trauma, depression and anxiety works, and feeling better often makes room for the bond as well. The article on asking for help explains who you can talk to.",
      ),
    ],
    es: [
      p(
        "En las películas, una madre o un padre conoce a su bebé y se enamora al instante. A muchas personas les pasa más despacio. En un estudio británico muy citado, cerca de cuatro de cada diez madres primerizas contaron que lo que más sintieron al tomar a su bebé en brazos por primera vez fue indiferencia. En la mayoría, el cariño llegó en pocos días. En otras personas tarda semanas o meses, y eso también es frecuente.",
      ),
      p(
        "Durante un tiempo se creyó que justo después del parto había una ventana breve en la que el vínculo tenía que formarse. Revisiones posteriores no encontraron pruebas sólidas de ello. El vínculo entre una familia y su bebé se construye con el tiempo, a través del cuidado, y no hay ningún momento que se pueda perder para siempre.",
      ),
      h("Cosas que pueden hacerlo más lento"),
      list(
        "Una estancia en cuidados intensivos neonatales, con tu bebé lejos de ti, entre máquinas y preocupación.",
        "Un parto que fue aterrador, doloroso o muy distinto de lo que esperabas. Algunas personas se quedan con recuerdos que vuelven una y otra vez.",
        "Los grandes cambios hormonales tras el parto y la «tristeza posparto» de los primeros días, con ganas de llorar sin saber por qué.",
        "Un cansancio profundo, el dolor o la recuperación de una cesárea u otra cirugía.",
        "La depresión o la ansiedad, que pueden apagar los sentimientos o llenarlos de preocupación.",
        "La presión por hacerlo perfecto, o la sensación de que a todo el mundo le resulta fácil.",
        "Tus propias experiencias de cuando eras pequeño o pequeña y te cuidaban.",
      ),
      p(
        "Nada de esto te convierte en una mala madre o un mal padre, ni significa que el vínculo no vaya a llegar. Sostener a tu bebé, darle de comer, bañarlo, el piel con piel y simplemente estar cerca ayudan a que crezca. En las unidades neonatales, el «método canguro», con el bebé piel con piel sobre el pecho, es una forma en que las familias y los bebés prematuros empiezan a encontrarse; un estudio largo dirigido por Ruth Feldman halló beneficios que duraron años. Si no fue posible en tu caso, la cercanía de ahora también cuenta.",
      ),
      h("Cuándo hablar con alguien"),
      p(
        "Que los sentimientos tarden en llegar es, por sí solo, algo frecuente. Vale la pena hablar con tu partera o matrona, tu médico, el personal de enfermería o un profesional de salud mental si, pasadas las primeras semanas, sigues sintiéndote lejos de tu bebé, o si te notas triste, como anestesiada o anestesiado, con mucha ansiedad, con rabia hacia tu bebé, o si revives el parto una y otra vez.",
      ),
      p(
        "Son señales de que mereces apoyo, no de que hayas fallado. La ayuda para las dificultades de vínculo, el trauma del parto, la depresión y la ansiedad funciona, y sentirte mejor suele dejar más espacio para el vínculo. El artículo sobre pedir ayuda explica con quién puedes hablar.",
      ),
    ],
  },
  sources: ["robsonKumar1980", "lamb1982", "feldman2014", "ayers2016", "brockington2006", "oharaMcCabe2013"],
};
