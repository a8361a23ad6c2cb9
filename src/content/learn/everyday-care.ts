import { h, list, p } from "./blocks.js";
import type { Article } from "./types.js";

export const everydayCare: Article = {
  slug: "everyday-care-together",
  topic: "everyday-care",
  minutes: 2,
  title: {
    en: "Everyday care, done together",
    es: "Los cuidados de cada día, compartidos",
  },
  summary: {
    en: "Feeding, bathing, dressing and changing are not chores between the good moments; they are where much of the connection happens.",
    es: "Dar de comer, bañar, vestir y cambiar pañales no son tareas entre los buenos momentos: son donde sucede gran parte del vínculo.",
  },
  body: {
    en: [
      p(
        "Occupational therapists use the word occupation for the everyday things people do that fill their days and give them meaning: eating, washing, getting dressed, playing, resting. A baby's day is full of them, and a baby can do almost none of them alone.",
      ),
      p(
        "When two people take part in the same activity, each shaping what the other does, occupational scientists call it a co-occupation. Doris Pierce described co-occupations as shared in three ways: in the body, in feeling, and in purpose. A feed is a clear example. Your baby roots and sucks and pauses; you hold, wait and adjust; each of you responds to the other, and often you feel something together too.",
      ),
      p(
        "Writers on the occupations of mothering, such as Susan Esdaile and Judith Olson, have shown how much of caring for a baby is this kind of shared doing, and how it shapes the relationship on both sides. It works the same way for any caregiver: the person who usually does the bath often becomes the bath person in the baby's eyes.",
      ),
      h("Small moments inside care"),
      list(
        "Feeding: a pause to look at each other, a few words between sips.",
        "Diaper changes: saying what you are doing, a round of peekaboo with the clean diaper.",
        "Bathing: the warm water, your hand under their head, a song you always sing.",
        "Dressing: a tickle through a sleeve, a pause before the head pops through.",
        "Getting ready for sleep: the same few steps each night, done slowly.",
      ),
      p(
        "None of this needs extra time. It is the care you already give, with a little attention folded in. Babies take in your voice, your face and your touch while their practical needs are met, and over time these repeated routines become some of the most familiar, reassuring parts of their day.",
      ),
      p(
        "On hard days, care can just be care. Getting through a feed or a night change is enough, and there will be other chances.",
      ),
      p(
        "This is why Attune asks you to log the care you share and the moments inside it, not how well it went. Looking back, you may notice which routines have become your baby's favorite times with you, and which ones someone else in the family has made their own.",
      ),
    ],
    es: [
      p(
        "En terapia ocupacional se llama ocupación a las cosas cotidianas que llenan el día y le dan sentido: comer, lavarse, vestirse, jugar, descansar. El día de un bebé está lleno de ellas, y casi ninguna puede hacerla sin ayuda.",
      ),
      p(
        "Cuando dos personas participan en la misma actividad y cada una influye en lo que hace la otra, la ciencia ocupacional lo llama coocupación. Doris Pierce explicó que una coocupación se comparte de tres maneras: en el cuerpo, en lo que se siente y en el propósito. Una toma es un buen ejemplo. Tu bebé busca, succiona y hace pausas; tú sostienes, esperas y te ajustas; cada uno responde al otro, y a menudo los dos sienten algo a la vez.",
      ),
      p(
        "Autoras que han estudiado las ocupaciones de la crianza, como Susan Esdaile y Judith Olson, han mostrado cuánto del cuidado de un bebé es este hacer compartido y cómo va dando forma a la relación por ambos lados. Pasa lo mismo con cualquier persona que cuida: quien suele encargarse del baño a menudo se convierte, a ojos del bebé, en «la persona del baño».",
      ),
      h("Pequeños momentos dentro del cuidado"),
      list(
        "La toma: una pausa para mirarse, unas palabras entre sorbo y sorbo.",
        "El cambio de pañal: contarle lo que vas haciendo, esconderte tras el pañal limpio y reaparecer.",
        "El baño: el agua tibia, tu mano bajo su cabeza, la canción de siempre.",
        "Vestirse: unas cosquillas a través de la manga, una pausa antes de que asome la cabeza.",
        "Prepararse para dormir: los mismos pasos cada noche, sin prisa.",
      ),
      p(
        "Nada de esto requiere tiempo extra. Es el cuidado que ya das, con un poco de atención dentro. Mientras atiendes sus necesidades, tu bebé recibe tu voz, tu cara y tu tacto, y con el tiempo esas rutinas repetidas se convierten en algunos de los momentos más conocidos y tranquilizadores de su día.",
      ),
      p(
        "En los días difíciles, el cuidado puede ser solo cuidado. Sacar adelante una toma o un cambio de madrugada ya es suficiente, y habrá otras ocasiones.",
      ),
      p(
        "Por eso Attune te invita a anotar los cuidados que compartes y los momentos que hay dentro, no qué tal salieron. Al mirar atrás quizá descubras qué rutinas se han convertido en los ratos favoritos de tu bebé contigo, y cuáles ha hecho suyas otra persona de la familia.",
      ),
    ],
  },
  sources: ["pierce2009", "esdaileOlson2004"],
};
