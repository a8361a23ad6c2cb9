/**
 * Bonding ideas that begin between nine and twelve months (corrected age): pointing and shared attention,
 * exploring from a safe base, games the baby leads, meals together and naming big feelings.
 */
import { idea } from "./idea.js";
import type { Idea } from "./types.js";

export const months9to12Ideas: readonly Idea[] = [
  idea("follow-their-point", ["9-12m"], ["any_time", "walk"], "tomasello2007", {
    text: [
      "When your baby points, look where they point, then name it: “Yes, a bird! Up in the tree.”",
      "Cuando tu bebé señale, mira hacia donde señala y ponle nombre: “¡Sí, un pájaro! Arriba, en el árbol”.",
    ],
    why: [
      "Pointing is how babies share their interest with you, and your answer shows them it worked.",
      "Señalar es la forma en que el bebé comparte contigo lo que le interesa, y tu respuesta le muestra que funcionó.",
    ],
  }),
  idea("point-and-see", ["9-12m"], ["play", "walk"], "tomasello2007", {
    text: [
      "Point at something interesting, say “Look!”, and see if your baby follows your finger.",
      "Señala algo interesante, di “¡Mira!” y observa si tu bebé sigue tu dedo.",
    ],
    why: [
      "Looking at the same thing together is a foundation of early communication.",
      "Mirar juntos lo mismo es una de las bases de la comunicación temprana.",
    ],
  }),
  idea("baby-leads-peekaboo", ["9-12m"], ["play"], "brunerSherwood1976", {
    text: [
      "Put a cloth over your own head and wait for your baby to pull it off. Be amazed every time.",
      "Ponte una tela sobre la cabeza y espera a que tu bebé te la quite. Sorpréndete cada vez.",
    ],
    why: [
      "As babies grow, they start taking the lead in games like peekaboo.",
      "A medida que crecen, los bebés empiezan a llevar la iniciativa en juegos como el de esconderse.",
    ],
  }),
  idea("explore-and-look-back", ["9-12m"], ["play", "walk"], "bowlby1988", {
    text: [
      "When your baby crawls off to explore, stay where they can see you, and smile when they look back.",
      "Cuando tu bebé se aleje gateando para explorar, quédate donde pueda verte y sonríele cuando se dé la vuelta a mirarte.",
    ],
    why: [
      "Babies explore more freely when they can check in with a secure base.",
      "Los bebés exploran con más libertad cuando pueden comprobar que su base segura sigue ahí.",
    ],
  }),
  idea("meals-at-the-table", ["9-12m"], ["feeding"], "aapStartingSolids", {
    text: [
      "When you can, eat at the table together, offer soft finger foods, and chat about tastes and colors.",
      "Cuando puedas, come con tu bebé a la mesa: ofrécele alimentos blandos para tomar con la mano y charla sobre sabores y colores.",
    ],
    why: [
      "By now many babies enjoy feeding themselves, and family meals are good company.",
      "A esta edad muchos bebés disfrutan comiendo solos, y las comidas en familia son buena compañía.",
    ],
  }),
  idea("more-or-all-done", ["9-12m"], ["feeding"], "barnard1978", {
    text: [
      "At meals, ask “More?” or “All done?” and wait for your baby's answer: a reach, a push away, a sound.",
      "En las comidas, pregunta “¿Más?” o “¿Ya terminaste?” y espera su respuesta: estirar la mano, apartar la comida, un sonido.",
    ],
    why: [
      "Pushing or turning away is a clear cue, and answering it builds trust at mealtimes.",
      "Apartar la comida o girar la cara es una señal clara, y responderla crea confianza en las comidas.",
    ],
  }),
  idea("dressing-push-through", ["9-12m"], ["dressing"], "harvardServeReturn", {
    text: [
      "Ask your baby to help: “Push your arm through!” Cheer when their hand appears.",
      "Pídele ayuda a tu bebé: “¡Mete el brazo!”. Celébralo cuando aparezca su mano.",
    ],
    why: [
      "Inviting your baby into the routine makes it something you do together.",
      "Invitar a tu bebé a participar convierte la rutina en algo que hacen juntos.",
    ],
  }),
  idea("bath-sponge-turns", ["9-12m"], ["bath"], "harvardServeReturn", {
    text: [
      "Give your baby cups and a sponge in the bath, keep one hand on them, and take turns squeezing and pouring.",
      "Dale a tu bebé vasos y una esponja en el baño, mantén una mano sobre él y túrnate con él para exprimir y verter agua.",
    ],
    why: [
      "Games where you take turns are serve and return your baby can start.",
      "Los juegos por turnos son un ida y vuelta que tu bebé puede empezar.",
    ],
  }),
  idea("partner-bath-night", ["6-9m", "9-12m"], ["bath"], "abraham2014", {
    text: [
      "If you're the partner, make bath night yours: one hand always on your baby, and a bath song of your own.",
      "Si eres la pareja, haz tuya la noche del baño: una mano siempre sobre tu bebé y una canción de baño propia.",
    ],
    why: [
      "Fathers who do hands-on care show brain changes that support caregiving.",
      "Los padres que se ocupan del cuidado directo muestran cambios cerebrales que apoyan la crianza.",
    ],
  }),
  idea("lift-the-flap", ["9-12m"], ["bedtime", "play"], "high2014", {
    text: [
      "Read a lift-the-flap book and let your baby open the flaps. Gasp at whatever is behind each one.",
      "Lee un libro con solapas y deja que tu bebé las abra. Sorpréndete con lo que haya detrás de cada una.",
    ],
    why: [
      "Books your baby can handle make reading something you share, not just something they hear.",
      "Los libros que tu bebé puede manipular hacen de la lectura algo compartido, no solo algo que escucha.",
    ],
  }),
  idea("name-big-feelings", ["9-12m"], ["any_time"], "meins2001", {
    text: [
      "Put big feelings into words as they happen: “You're upset the tower fell down. That's so frustrating.”",
      "Pon en palabras los sentimientos intensos en el momento: “Te da rabia que se cayera la torre. Qué frustrante”.",
    ],
    why: [
      "Talking about what your baby feels and thinks goes with secure attachment.",
      "Hablar de lo que tu bebé siente y piensa va de la mano de un apego seguro.",
    ],
  }),
  idea("walk-treasure", ["9-12m"], ["walk"], "kuhl2004", {
    text: [
      "On a walk, let your baby hold a big leaf you found together and talk about it: its color, its crunch.",
      "En el paseo, deja que tu bebé sostenga una hoja grande del camino y háblale de ella: su color, cómo cruje.",
    ],
    why: [
      "Words about the thing in your baby's hand, right now, are the ones they learn from best.",
      "Las palabras sobre lo que tu bebé tiene en la mano, en ese momento, son de las que mejor aprende.",
    ],
  }),
  idea("dance-together", ["9-12m"], ["play", "any_time"], "zentnerEerola2010", {
    text: [
      "Put on music and dance with your baby in your arms, or hold their hands while they bounce.",
      "Pon música y baila con tu bebé en brazos, o sostén sus manos mientras se balancea.",
    ],
    why: [
      "Babies move to the rhythm of music, and seem to enjoy it more the more they move in time.",
      "Los bebés se mueven al ritmo de la música, y parecen disfrutar más cuanto más siguen el compás.",
    ],
  }),
  idea("give-and-take", ["9-12m"], ["play"], "harvardServeReturn", {
    text: [
      "Hold out your hand: “Can I have the ball?” Say thank you, then hand it back for another round.",
      "Extiende la mano: “¿Me das la pelota?”. Dale las gracias y devuélvesela para otra ronda.",
    ],
    why: [
      "Giving and taking is one of the first games babies play by the rules of a conversation.",
      "Dar y recibir es uno de los primeros juegos que el bebé juega con las reglas de una conversación.",
    ],
  }),
  idea("goodnight-room", ["9-12m"], ["bedtime"], "moon2022", {
    text: [
      "Say goodnight to things in the room together, the lamp, the window, then lay your baby down on their back in a clear crib.",
      "Junto a tu bebé, dales las buenas noches a las cosas del cuarto, la lámpara, la ventana, y luego acuéstalo boca arriba en una cuna despejada.",
    ],
    why: [
      "A calm ritual eases the way to sleep, and back to sleep in an empty crib is safest through the first year.",
      "Un ritual tranquilo facilita el camino al sueño, y dormir boca arriba en una cuna vacía es lo más seguro durante el primer año.",
    ],
  }),
  idea("tower-to-topple", ["9-12m"], ["play"], "harvardServeReturn", {
    text: [
      "Build a tower of cups or blocks and let your baby knock it down. Cheer, then build it again.",
      "Construye una torre de vasos o bloques y deja que tu bebé la derribe. Celébralo y vuelve a construirla.",
    ],
    why: [
      "Your baby acts, you answer, and the game goes round again: serve and return.",
      "Tu bebé actúa, tú respondes y el juego vuelve a empezar: eso es ida y vuelta.",
    ],
  }),
  idea("tired-welcome-hug", ["9-12m"], ["any_time"], "bowlby1988", {
    text: [
      "Tired day? When your baby crawls over to you, a smile and a quick hug is all they came for.",
      "¿Día de cansancio? Cuando tu bebé se acerque gateando, una sonrisa y un abrazo rápido es todo lo que busca.",
    ],
    why: [
      "Babies check in with their safe base and then set off again; a brief welcome is enough.",
      "Los bebés vuelven a su base segura para recargar y luego siguen explorando; basta con una breve bienvenida.",
    ],
  }),
  idea("grandparent-ritual", ["9-12m"], ["any_time"], "schafferEmerson1964", {
    text: [
      "If you're a grandparent, keep a little ritual for each visit, the same greeting or the same song.",
      "Si eres abuelo o abuela, ten un pequeño ritual para cada visita: el mismo saludo o la misma canción.",
    ],
    why: [
      "Babies build bonds with the familiar people in their lives, and rituals make you familiar.",
      "Los bebés crean vínculos con las personas conocidas de su vida, y los rituales hacen que te reconozcan.",
    ],
  }),
  idea("wave-bye-bye", ["9-12m"], ["walk", "bath"], "tomasello2007", {
    text: [
      "Wave bye-bye to people, dogs and buses, or to the bath water as it drains while you hold your baby with one hand.",
      "Di adiós con la mano a la gente, a los perros y a los autobuses, o al agua del baño cuando se vaya, mientras sostienes a tu bebé con una mano.",
    ],
    why: [
      "Gestures like waving and pointing are among babies' first ways of sharing with you.",
      "Gestos como decir adiós con la mano o señalar están entre las primeras formas en que el bebé comparte contigo.",
    ],
  }),
  idea("where-is-your-nose", ["9-12m"], ["diaper", "dressing"], "kuhl2004", {
    text: [
      "During a change, ask “Where's your nose?” and touch it together. Soon your baby may show you.",
      "Durante el cambio, pregunta “¿Dónde está tu nariz?” y tócala junto con él. Pronto tu bebé te la mostrará.",
    ],
    why: [
      "The same words, asked in the same routine, help babies connect words with meanings.",
      "Las mismas palabras, en la misma rutina, ayudan al bebé a unir palabras y significados.",
    ],
  }),
  idea("morning-hello-song", ["9-12m"], ["dressing", "any_time"], "trehubTrainor1998", {
    text: [
      "Greet your baby in the morning with a short hello song that has their name in it.",
      "Recibe a tu bebé por la mañana con una cancioncita de buenos días que lleve su nombre.",
    ],
    why: [
      "Songs sung directly to babies capture their attention more than songs they just overhear.",
      "Las canciones cantadas directamente al bebé captan más su atención que las que solo oye de fondo.",
    ],
  }),
];
