/**
 * Bonding ideas that begin between nine and twelve months (corrected age): pointing and shared attention,
 * exploring from a safe base, games the baby leads, meals together and naming big feelings.
 */
import type { Idea } from "./types.js";

export const months9to12Ideas: readonly Idea[] = [
  {
    id: "follow-their-point",
    ageBands: ["9-12m"],
    occasions: ["any_time", "walk"],
    text: {
      en: "When your baby points, look where they point, then name it: “Yes, a bird! Up in the tree.”",
      es: "Cuando tu bebé señale, mira hacia donde señala y ponle nombre: “¡Sí, un pájaro! Arriba, en el árbol”.",
    },
    why: {
      en: "Pointing is how babies share their interest with you, and your answer shows them it worked.",
      es: "Señalar es la forma en que el bebé comparte contigo lo que le interesa, y tu respuesta le muestra que funcionó.",
    },
    source: "tomasello2007",
  },
  {
    id: "point-and-see",
    ageBands: ["9-12m"],
    occasions: ["play", "walk"],
    text: {
      en: "Point at something interesting, say “Look!”, and see if your baby follows your finger.",
      es: "Señala algo interesante, di “¡Mira!” y observa si tu bebé sigue tu dedo.",
    },
    why: {
      en: "Looking at the same thing together is a foundation of early communication.",
      es: "Mirar juntos lo mismo es una de las bases de la comunicación temprana.",
    },
    source: "tomasello2007",
  },
  {
    id: "baby-leads-peekaboo",
    ageBands: ["9-12m"],
    occasions: ["play"],
    text: {
      en: "Put a cloth over your own head and wait for your baby to pull it off. Be amazed every time.",
      es: "Ponte una tela sobre la cabeza y espera a que tu bebé te la quite. Sorpréndete cada vez.",
    },
    why: {
      en: "As babies grow, they start taking the lead in games like peekaboo.",
      es: "A medida que crecen, los bebés empiezan a llevar la iniciativa en juegos como el de esconderse.",
    },
    source: "brunerSherwood1976",
  },
  {
    id: "explore-and-look-back",
    ageBands: ["9-12m"],
    occasions: ["play", "walk"],
    text: {
      en: "When your baby crawls off to explore, stay where they can see you, and smile when they look back.",
      es: "Cuando tu bebé se aleje gateando para explorar, quédate donde pueda verte y sonríele cuando se dé la vuelta a mirarte.",
    },
    why: {
      en: "Babies explore more freely when they can check in with a secure base.",
      es: "Los bebés exploran con más libertad cuando pueden comprobar que su base segura sigue ahí.",
    },
    source: "bowlby1988",
  },
  {
    id: "meals-at-the-table",
    ageBands: ["9-12m"],
    occasions: ["feeding"],
    text: {
      en: "When you can, eat at the table together, offer soft finger foods, and chat about tastes and colors.",
      es: "Cuando puedas, come con tu bebé a la mesa: ofrécele alimentos blandos para tomar con la mano y charla sobre sabores y colores.",
    },
    why: {
      en: "By now many babies enjoy feeding themselves, and family meals are good company.",
      es: "A esta edad muchos bebés disfrutan comiendo solos, y las comidas en familia son buena compañía.",
    },
    source: "aapStartingSolids",
  },
  {
    id: "more-or-all-done",
    ageBands: ["9-12m"],
    occasions: ["feeding"],
    text: {
      en: "At meals, ask “More?” or “All done?” and wait for your baby's answer: a reach, a push away, a sound.",
      es: "En las comidas, pregunta “¿Más?” o “¿Ya terminaste?” y espera su respuesta: estirar la mano, apartar la comida, un sonido.",
    },
    why: {
      en: "Pushing or turning away is a clear cue, and answering it builds trust at mealtimes.",
      es: "Apartar la comida o girar la cara es una señal clara, y responderla crea confianza en las comidas.",
    },
    source: "barnard1978",
  },
  {
    id: "dressing-push-through",
    ageBands: ["9-12m"],
    occasions: ["dressing"],
    text: {
      en: "Ask your baby to help: “Push your arm through!” Cheer when their hand appears.",
      es: "Pídele ayuda a tu bebé: “¡Mete el brazo!”. Celébralo cuando aparezca su mano.",
    },
    why: {
      en: "Inviting your baby into the routine makes it something you do together.",
      es: "Invitar a tu bebé a participar convierte la rutina en algo que hacen juntos.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "bath-sponge-turns",
    ageBands: ["9-12m"],
    occasions: ["bath"],
    text: {
      en: "Give your baby cups and a sponge in the bath, keep one hand on them, and take turns squeezing and pouring.",
      es: "Dale a tu bebé vasos y una esponja en el baño, mantén una mano sobre él y túrnate con él para exprimir y verter agua.",
    },
    why: {
      en: "Games where you take turns are serve and return your baby can start.",
      es: "Los juegos por turnos son un ida y vuelta que tu bebé puede empezar.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "partner-bath-night",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["bath"],
    text: {
      en: "If you're the partner, make bath night yours: one hand always on your baby, and a bath song of your own.",
      es: "Si eres la pareja, haz tuya la noche del baño: una mano siempre sobre tu bebé y una canción de baño propia.",
    },
    why: {
      en: "Fathers who do hands-on care show brain changes that support caregiving.",
      es: "Los padres que se ocupan del cuidado directo muestran cambios cerebrales que apoyan la crianza.",
    },
    source: "abraham2014",
  },
  {
    id: "lift-the-flap",
    ageBands: ["9-12m"],
    occasions: ["bedtime", "play"],
    text: {
      en: "Read a lift-the-flap book and let your baby open the flaps. Gasp at whatever is behind each one.",
      es: "Lee un libro con solapas y deja que tu bebé las abra. Sorpréndete con lo que haya detrás de cada una.",
    },
    why: {
      en: "Books your baby can handle make reading something you share, not just something they hear.",
      es: "Los libros que tu bebé puede manipular hacen de la lectura algo compartido, no solo algo que escucha.",
    },
    source: "high2014",
  },
  {
    id: "name-big-feelings",
    ageBands: ["9-12m"],
    occasions: ["any_time"],
    text: {
      en: "Put big feelings into words as they happen: “You're upset the tower fell down. That's so frustrating.”",
      es: "Pon en palabras los sentimientos intensos en el momento: “Te da rabia que se cayera la torre. Qué frustrante”.",
    },
    why: {
      en: "Talking about what your baby feels and thinks goes with secure attachment.",
      es: "Hablar de lo que tu bebé siente y piensa va de la mano de un apego seguro.",
    },
    source: "meins2001",
  },
  {
    id: "walk-treasure",
    ageBands: ["9-12m"],
    occasions: ["walk"],
    text: {
      en: "On a walk, let your baby hold a big leaf you found together and talk about it: its color, its crunch.",
      es: "En el paseo, deja que tu bebé sostenga una hoja grande del camino y háblale de ella: su color, cómo cruje.",
    },
    why: {
      en: "Words about the thing in your baby's hand, right now, are the ones they learn from best.",
      es: "Las palabras sobre lo que tu bebé tiene en la mano, en ese momento, son de las que mejor aprende.",
    },
    source: "kuhl2004",
  },
  {
    id: "dance-together",
    ageBands: ["9-12m"],
    occasions: ["play", "any_time"],
    text: {
      en: "Put on music and dance with your baby in your arms, or hold their hands while they bounce.",
      es: "Pon música y baila con tu bebé en brazos, o sostén sus manos mientras se balancea.",
    },
    why: {
      en: "Babies move to the rhythm of music, and seem to enjoy it more the more they move in time.",
      es: "Los bebés se mueven al ritmo de la música, y parecen disfrutar más cuanto más siguen el compás.",
    },
    source: "zentnerEerola2010",
  },
  {
    id: "give-and-take",
    ageBands: ["9-12m"],
    occasions: ["play"],
    text: {
      en: "Hold out your hand: “Can I have the ball?” Say thank you, then hand it back for another round.",
      es: "Extiende la mano: “¿Me das la pelota?”. Dale las gracias y devuélvesela para otra ronda.",
    },
    why: {
      en: "Giving and taking is one of the first games babies play by the rules of a conversation.",
      es: "Dar y recibir es uno de los primeros juegos que el bebé juega con las reglas de una conversación.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "goodnight-room",
    ageBands: ["9-12m"],
    occasions: ["bedtime"],
    text: {
      en: "Say goodnight to things in the room together, the lamp, the window, then lay your baby down on their back in a clear crib.",
      es: "Junto a tu bebé, dales las buenas noches a las cosas del cuarto, la lámpara, la ventana, y luego acuéstalo boca arriba en una cuna despejada.",
    },
    why: {
      en: "A calm ritual eases the way to sleep, and back to sleep in an empty crib is safest through the first year.",
      es: "Un ritual tranquilo facilita el camino al sueño, y dormir boca arriba en una cuna vacía es lo más seguro durante el primer año.",
    },
    source: "moon2022",
  },
  {
    id: "tower-to-topple",
    ageBands: ["9-12m"],
    occasions: ["play"],
    text: {
      en: "Build a tower of cups or blocks and let your baby knock it down. Cheer, then build it again.",
      es: "Construye una torre de vasos o bloques y deja que tu bebé la derribe. Celébralo y vuelve a construirla.",
    },
    why: {
      en: "Your baby acts, you answer, and the game goes round again: serve and return.",
      es: "Tu bebé actúa, tú respondes y el juego vuelve a empezar: eso es ida y vuelta.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "tired-welcome-hug",
    ageBands: ["9-12m"],
    occasions: ["any_time"],
    text: {
      en: "Tired day? When your baby crawls over to you, a smile and a quick hug is all they came for.",
      es: "¿Día de cansancio? Cuando tu bebé se acerque gateando, una sonrisa y un abrazo rápido es todo lo que busca.",
    },
    why: {
      en: "Babies check in with their safe base and then set off again; a brief welcome is enough.",
      es: "Los bebés vuelven a su base segura para recargar y luego siguen explorando; basta con una breve bienvenida.",
    },
    source: "bowlby1988",
  },
  {
    id: "grandparent-ritual",
    ageBands: ["9-12m"],
    occasions: ["any_time"],
    text: {
      en: "If you're a grandparent, keep a little ritual for each visit, the same greeting or the same song.",
      es: "Si eres abuelo o abuela, ten un pequeño ritual para cada visita: el mismo saludo o la misma canción.",
    },
    why: {
      en: "Babies build bonds with the familiar people in their lives, and rituals make you familiar.",
      es: "Los bebés crean vínculos con las personas conocidas de su vida, y los rituales hacen que te reconozcan.",
    },
    source: "schafferEmerson1964",
  },
  {
    id: "wave-bye-bye",
    ageBands: ["9-12m"],
    occasions: ["walk", "bath"],
    text: {
      en: "Wave bye-bye to people, dogs and buses, or to the bath water as it drains while you hold your baby with one hand.",
      es: "Di adiós con la mano a la gente, a los perros y a los autobuses, o al agua del baño cuando se vaya, mientras sostienes a tu bebé con una mano.",
    },
    why: {
      en: "Gestures like waving and pointing are among babies' first ways of sharing with you.",
      es: "Gestos como decir adiós con la mano o señalar están entre las primeras formas en que el bebé comparte contigo.",
    },
    source: "tomasello2007",
  },
  {
    id: "where-is-your-nose",
    ageBands: ["9-12m"],
    occasions: ["diaper", "dressing"],
    text: {
      en: "During a change, ask “Where's your nose?” and touch it together. Soon your baby may show you.",
      es: "Durante el cambio, pregunta “¿Dónde está tu nariz?” y tócala junto con él. Pronto tu bebé te la mostrará.",
    },
    why: {
      en: "The same words, asked in the same routine, help babies connect words with meanings.",
      es: "Las mismas palabras, en la misma rutina, ayudan al bebé a unir palabras y significados.",
    },
    source: "kuhl2004",
  },
  {
    id: "morning-hello-song",
    ageBands: ["9-12m"],
    occasions: ["dressing", "any_time"],
    text: {
      en: "Greet your baby in the morning with a short hello song that has their name in it.",
      es: "Recibe a tu bebé por la mañana con una cancioncita de buenos días que lleve su nombre.",
    },
    why: {
      en: "Songs sung directly to babies capture their attention more than songs they just overhear.",
      es: "Las canciones cantadas directamente al bebé captan más su atención que las que solo oye de fondo.",
    },
    source: "trehubTrainor1998",
  },
];
