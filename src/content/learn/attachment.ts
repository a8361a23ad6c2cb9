import { h, list, p } from "./blocks.js";
import type { Article } from "./types.js";

export const attachment: Article = {
  slug: "attachment-quality-of-care",
  topic: "attachment",
  minutes: 2,
  title: {
    en: "Attachment: the how matters more than the how long",
    es: "El apego: importa más el cómo que el cuánto",
  },
  summary: {
    en: "Babies build trust from many small moments of being noticed and answered, not from a count of hours.",
    es: "Tu bebé aprende a confiar gracias a muchos momentos pequeños en los que alguien se fija en sus señales y responde, no a un recuento de horas.",
  },
  body: {
    en: [
      p(
        "Attachment is the bond a baby forms with the few people who care for them most. It is not something a parent hands over in one go, and it is not a score. It grows out of thousands of ordinary moments: a cry that gets answered, a face that looks back, arms that pick up.",
      ),
      h("What the research found"),
      p(
        "Mary Ainsworth spent many hours watching mothers and babies at home. The babies who later seemed most secure were not simply the ones who were held the most. They were the ones whose signals were noticed and answered in a way that fitted: fed when hungry, given a rest when it all got too much, played with when ready to play. A later review that pooled 66 studies found a real but moderate link: the more sensitively a mother responded, the more likely her baby was to be securely attached. Sensitivity is one important part of what builds security, not the only one. Other sides of care, such as warmth, moments shared in step and emotional support, mattered about as much.",
      ),
      p(
        "A securely attached baby uses the people they trust as a secure base. They wander off to explore, look or crawl back to check in, then set off again. Your steady presence is what makes the world feel safe enough to explore.",
      ),
      h("Getting it wrong is part of it"),
      p(
        "Nobody reads a baby right every time. Edward Tronick, who filmed parents and babies playing face to face, found that even happy pairs often slip out of step: a smile meets a glance at the phone, a game goes on a beat too long. What counts is what happens next. When a parent notices and comes back, softens their voice, gives the baby a pause and tries again, the two find each other once more. Tronick called this repair. Each repair teaches a baby that upsets can be mended and that people come back.",
      ),
      h("What sensitive care can look like"),
      list(
        "Noticing a signal, even a small one, and wondering what it means.",
        "Answering in a way that fits what your baby seems to want, and sometimes that is a rest.",
        "Coming back after a miss, without needing to get it right the first time.",
        "Sharing care with other steady people. Babies can attach to several.",
      ),
      p(
        "So if you work, share care, or cannot be with your baby all day, the time you do have still counts. A few minutes of real attention inside a feed or a diaper change are part of what attachment is made of.",
      ),
    ],
    es: [
      p(
        "El apego es el vínculo que un bebé forma con las pocas personas que más lo cuidan. No es algo que se da de una vez para siempre, ni una nota. Crece a partir de miles de momentos corrientes: un llanto que recibe respuesta, una cara que le devuelve la mirada, unos brazos que lo levantan.",
      ),
      h("Lo que encontró la investigación"),
      p(
        "Mary Ainsworth pasó muchísimas horas observando a madres y bebés en sus casas. Los bebés que más tarde parecían más seguros no eran simplemente los que pasaban más tiempo en brazos. Eran aquellos cuyas señales se notaban y se respondían de una forma que encajaba: comer cuando tenían hambre, descansar cuando todo era demasiado, jugar cuando tenían ganas. Una revisión posterior, que reunió 66 estudios, halló una relación real pero moderada: cuanto más sensible era la respuesta de la madre, más probable era que su bebé tuviera un apego seguro. La sensibilidad es una parte importante de lo que construye esa seguridad, pero no la única. Otros aspectos del cuidado, como el cariño, los momentos compartidos al mismo ritmo y el apoyo emocional, pesaron más o menos lo mismo.",
      ),
      p(
        "Un bebé con un apego seguro usa a las personas en quienes confía como base segura. Se aleja para explorar, mira o gatea de vuelta para comprobar que sigues ahí y vuelve a salir. Tu presencia constante es lo que hace que el mundo parezca lo bastante seguro para descubrirlo.",
      ),
      h("Equivocarse también forma parte"),
      p(
        "Nadie entiende a un bebé a la primera todas las veces. Edward Tronick, que grabó a madres, padres y bebés jugando cara a cara, vio que hasta las parejas más felices se desacompasan a menudo: una sonrisa se cruza con una mirada al teléfono, un juego dura un poco más de la cuenta. Lo importante es lo que pasa después. Cuando te das cuenta y vuelves, suavizas la voz, le das una pausa y lo intentas otra vez, los dos vuelven a encontrarse. Tronick lo llamó reparación. Cada reparación le enseña a tu bebé que los disgustos se pueden arreglar y que la gente vuelve.",
      ),
      h("Cómo puede ser un cuidado sensible"),
      list(
        "Notar una señal, aunque sea pequeña, y preguntarte qué querrá decir.",
        "Responder de una forma que encaje con lo que tu bebé parece querer; a veces, eso es un descanso.",
        "Volver después de un desencuentro, sin necesidad de acertar a la primera.",
        "Compartir el cuidado con otras personas constantes. Los bebés pueden apegarse a varias.",
      ),
      p(
        "Así que, si trabajas, compartes el cuidado o no puedes estar con tu bebé todo el día, el tiempo que sí compartes con tu bebé cuenta. Unos minutos de atención de verdad durante una toma o un cambio de pañal forman parte de aquello de lo que está hecho el apego.",
      ),
    ],
  },
  sources: ["ainsworth1978", "bowlby1988", "deWolffVanIjzendoorn1997", "tronickGianino1986"],
};
