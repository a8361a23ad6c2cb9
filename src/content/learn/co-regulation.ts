import { h, list, p } from "./blocks.js";
import type { Article } from "./types.js";

export const coRegulation: Article = {
  slug: "co-regulation",
  topic: "regulation",
  minutes: 2,
  title: {
    en: "Co-regulation: your baby borrows your calm",
    es: "Corregulación: tu bebé toma prestada tu calma",
  },
  summary: {
    en: "A young baby cannot settle big feelings alone yet, so they lean on your calm until they can do more of it themselves.",
    es: "Un bebé pequeño todavía no puede calmarse solo, así que se apoya en tu calma hasta que pueda hacerlo por su cuenta.",
  },
  body: {
    en: [
      p(
        "Grown-ups have ways to settle themselves: a deep breath, a walk, a word with a friend. A new baby has hardly any. Their nervous system is still young, so hunger, noise, a cold room or a strong feeling can tip them from calm to upset in moments, and they cannot find their way back on their own.",
      ),
      p(
        "That is where you come in. When you pick up an upset baby, slow your breathing, hum, sway or hold them close, their body starts to pick up your rhythm. Researchers such as Ruth Feldman have studied how the gaze, voices, touch and even heart rhythms of parents and babies fall into step during close moments. This back and forth is called co-regulation: two nervous systems working together, with the calmer one lending the other some steadiness.",
      ),
      h("How it works, day to day"),
      list(
        "Your baby sends a signal: a frown, a turn of the head, a whimper, a cry.",
        "You notice it and make a guess about what it means.",
        "You respond: slow down, offer a feed, dim the light, hold them, or give a little quiet.",
        "Your baby settles a bit, or tells you to try something else, and you try again.",
      ),
      p(
        "Over months and years, these many small rounds become part of how your child learns to calm down. Edward Tronick described babies and parents as a team that regulates together, with the baby slowly taking on more of the work. Toddlers who have been helped to settle many times start to use some of the same tools themselves: reaching for a hug, sucking a thumb, looking away for a moment. Calming yourself grows out of being calmed, not instead of it.",
      ),
      h("You do not have to be perfectly calm"),
      p(
        "Babies borrow whatever steadiness you have to give: a slower voice, a softer hold, a quieter room. On days when you are running on empty, it is fine to hand over to someone else for a while, or to lay your baby down somewhere safe and take a few breaths. Looking after your own calm is part of looking after theirs.",
      ),
      p(
        "Reading signals gets easier with practice. Attune's cue guide shows some of the ways babies say “more, please”, “I need a break” and “I'm hungry”, so the guessing can get a little lighter over time.",
      ),
    ],
    es: [
      p(
        "Las personas adultas tenemos maneras de calmarnos: respirar hondo, dar un paseo, hablar con alguien. Un bebé recién nacido casi no tiene ninguna. Su sistema nervioso aún es muy joven, así que el hambre, el ruido, el frío o una emoción fuerte pueden hacerle pasar de la calma al disgusto en un momento, y no sabe volver por sí solo.",
      ),
      p(
        "Ahí entras tú. Cuando tomas en brazos a tu bebé alterado, respiras más despacio, tarareas, te meces o lo abrazas, su cuerpo empieza a seguir tu ritmo. Investigadoras como Ruth Feldman han estudiado cómo la mirada, la voz, el tacto e incluso el ritmo del corazón de madres, padres y bebés se acompasan en los momentos de cercanía. Este ir y venir se llama corregulación: dos sistemas nerviosos que trabajan juntos, y el que está más tranquilo le presta estabilidad al otro.",
      ),
      h("Cómo funciona en el día a día"),
      list(
        "Tu bebé envía una señal: frunce el ceño, gira la cabeza, gimotea, llora.",
        "Tú la notas e intentas adivinar qué significa.",
        "Respondes: vas más despacio, le ofreces una toma, bajas la luz, lo tomas en brazos o le das un poco de silencio.",
        "Tu bebé se calma un poco, o te indica que pruebes otra cosa, y vuelves a intentarlo.",
      ),
      p(
        "Con los meses y los años, estas pequeñas rondas pasan a formar parte de cómo tu hijo o tu hija aprende a calmarse. Edward Tronick describió al bebé y a quien lo cuida como un equipo que se regula en conjunto, en el que el bebé va asumiendo poco a poco una parte mayor del trabajo. Los niños pequeños a los que se ha ayudado a calmarse muchas veces empiezan a usar algunas de esas herramientas por su cuenta: buscar un abrazo, chuparse el dedo, apartar la mirada un momento. Calmarse por su cuenta es algo que se aprende a base de haber recibido calma muchas veces.",
      ),
      h("No hace falta que estés en perfecta calma"),
      p(
        "Tu bebé toma prestada la estabilidad que tengas para dar: una voz más lenta, un abrazo más suave, una habitación más tranquila. Los días en que ya no te quedan fuerzas, está bien pasarle el relevo a otra persona un rato, o dejar a tu bebé en un lugar seguro y respirar unos minutos. Cuidar tu propia calma también es cuidar la suya.",
      ),
      p(
        "Leer las señales se vuelve más fácil con la práctica. La guía de señales de Attune muestra algunas de las formas en que los bebés dicen «más, por favor», «necesito un descanso» y «tengo hambre», para que adivinar pese un poco menos con el tiempo.",
      ),
    ],
  },
  sources: ["feldman2007", "tronick1989", "barnard1978"],
};
