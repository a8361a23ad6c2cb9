/**
 * Bonding ideas that begin between six and nine months (corrected age): peekaboo and hiding games, first
 * foods shared face to face, babbling turns, and being a safe base as wariness of strangers appears.
 * Some carry on into the next band.
 */
import { idea } from "./idea.js";
import type { Idea } from "./types.js";

export const months6to9Ideas: readonly Idea[] = [
  idea("peekaboo-cloth", ["6-9m", "9-12m"], ["play"], "brunerSherwood1976", {
    text: [
      "Hide your face behind a cloth, pause, then pop out: “Peekaboo!” Watch for the moment your baby expects you.",
      "Escóndete detrás de una tela, haz una pausa y asómate: “¡Aquí estoy!”. Fíjate en el momento en que tu bebé ya te espera.",
    ],
    why: [
      "Peekaboo teaches turn-taking and the shape of a shared game, and babies love the surprise.",
      "Jugar a esconderse enseña a turnarse y cómo funciona un juego compartido, y a los bebés les encanta la sorpresa.",
    ],
  }),
  idea("peekaboo-shirt", ["6-9m", "9-12m"], ["dressing"], "brunerSherwood1976", {
    text: [
      "As a top goes over your baby's head, ask, “Where's the baby?” and greet them with delight as their face appears.",
      "Cuando le pases una prenda por la cabeza, pregunta: “¿Dónde está el bebé?”, y salúdalo con alegría cuando asome su cara.",
    ],
    why: [
      "Peekaboo inside everyday routines turns them into a game you play together.",
      "Jugar a esconderse dentro de la rutina la convierte en un juego compartido.",
    ],
  }),
  idea("first-foods-face-to-face", ["6-9m", "9-12m"], ["feeding"], "aapStartingSolids", {
    text: [
      "Once your baby has started solid foods, sit face to face at meals, eat something yourself and name what you're both tasting.",
      "Cuando tu bebé ya haya empezado con los alimentos sólidos, siéntate frente a él en las comidas, come algo tú también y nombra lo que están probando los dos.",
    ],
    why: [
      "Around six months most babies are ready for first foods, and meals become a social time.",
      "Hacia los seis meses la mayoría de los bebés están listos para sus primeros alimentos, y las comidas se vuelven un momento social.",
    ],
  }),
  idea("food-squish-explore", ["6-9m", "9-12m"], ["feeding"], "aapStartingSolids", {
    text: [
      "Let your baby touch and squish a new food before it reaches their mouth. Mess is part of meeting it.",
      "Deja que tu bebé toque y aplaste un alimento nuevo antes de llevárselo a la boca. Ensuciarse es parte de conocerlo.",
    ],
    why: [
      "Babies often need several tries with a new food before they take to it.",
      "Los bebés suelen necesitar varios intentos con un alimento nuevo antes de aceptarlo.",
    ],
  }),
  idea("spoon-of-their-own", ["6-9m", "9-12m"], ["feeding"], "aapStartingSolids", {
    text: [
      "Give your baby a spoon of their own to hold while you feed them, so they get a turn too.",
      "Dale a tu bebé su propia cuchara para que la sostenga mientras le das de comer, así también tiene su turno.",
    ],
    why: [
      "Letting babies join in at meals supports their growing wish to feed themselves.",
      "Dejar que el bebé participe en las comidas apoya sus ganas crecientes de comer solo.",
    ],
  }),
  idea("bath-pour-and-splash", ["6-9m", "9-12m"], ["bath"], "harvardServeReturn", {
    text: [
      "Keeping one hand on your baby, pour water from a cup: “Pour… splash!” Then offer the cup for their turn.",
      "Sin soltar a tu bebé, con una mano siempre sobre él, vierte agua con un vaso: “Cae… ¡plas!”. Luego ofrécele el vaso para su turno.",
    ],
    why: [
      "Simple turn-taking games are serve and return your baby can lead.",
      "Los juegos sencillos por turnos son un ida y vuelta que tu bebé puede dirigir.",
    ],
  }),
  idea("bath-washing-words", ["6-9m", "9-12m"], ["bath"], "kuhl2004", {
    text: [
      "Name each part as you wash it, one hand always on your baby: “Wash your knees, wash your toes.”",
      "Nombra cada parte mientras la lavas, con una mano siempre sobre tu bebé: “Lavamos las rodillas, lavamos los pies”.",
    ],
    why: [
      "Words heard during a shared, repeated routine are easier for babies to pick up.",
      "Las palabras que se oyen en una rutina compartida y repetida son más fáciles de aprender para el bebé.",
    ],
  }),
  idea("babble-copy", ["6-9m", "9-12m"], ["any_time", "diaper"], "goldstein2003", {
    text: [
      "Copy your baby's babble back to them, “ba-ba-ba”, then wait for their turn.",
      "Repite el balbuceo de tu bebé, “ba-ba-ba”, y espera a que te conteste.",
    ],
    why: [
      "When babbling gets a prompt reply, babies soon make more speech-like sounds.",
      "Cuando el balbuceo recibe una respuesta inmediata, el bebé pronto produce sonidos más parecidos al habla.",
    ],
  }),
  idea("hide-the-toy", ["6-9m", "9-12m"], ["play"], "piaget1954", {
    text: [
      "While your baby watches, hide a toy under a cloth and ask, “Where did it go?” Celebrate together when it's found.",
      "Mientras tu bebé mira, esconde un juguete bajo una tela y pregunta: “¿Dónde está?”. Celébralo con él cuando aparezca.",
    ],
    why: [
      "Around this age babies start to understand that things still exist when they're out of sight.",
      "Hacia esta edad los bebés empiezan a entender que las cosas siguen existiendo aunque no las vean.",
    ],
  }),
  idea("new-faces-from-your-arms", ["6-9m", "9-12m"], ["any_time"], "bowlby1988", {
    text: [
      "When someone new arrives, keep your baby close and let them watch from your arms until they're ready.",
      "Cuando llegue alguien nuevo, mantén a tu bebé cerca y deja que observe desde tus brazos hasta que esté listo.",
    ],
    why: [
      "Wariness of strangers is a normal step, and you are the safe base your baby explores from.",
      "Desconfiar de los desconocidos es un paso normal, y tú eres la base segura desde la que tu bebé explora.",
    ],
  }),
  idea("goodbye-and-hello", ["6-9m", "9-12m"], ["any_time"], "ainsworth1978", {
    text: [
      "When you leave, say a short, warm goodbye, and greet your baby just as warmly when you're back.",
      "Cuando te vayas, despídete de forma breve y cariñosa, y saluda a tu bebé con el mismo cariño cuando vuelvas.",
    ],
    why: [
      "How separations and reunions go is a window on a baby's trust that you come back.",
      "Cómo son las despedidas y los reencuentros refleja la confianza del bebé en que vuelves.",
    ],
  }),
  idea("dressing-choose-top", ["6-9m", "9-12m"], ["dressing"], "harvardServeReturn", {
    text: [
      "Hold up two tops and let your baby reach for one. Whatever they pick is the right one.",
      "Muéstrale dos camisetas y deja que tu bebé estire la mano hacia una. La que elija es la buena.",
    ],
    why: [
      "Following your baby's lead, even in small choices, shows them their signals count.",
      "Seguir la iniciativa de tu bebé, aunque sea en algo pequeño, le muestra que sus señales cuentan.",
    ],
  }),
  idea("diaper-object-talk", ["6-9m", "9-12m"], ["diaper"], "kuhl2004", {
    text: [
      "Give your wriggly baby something safe to hold during a change and talk about it: “A cup! A blue cup.”",
      "Dale a tu bebé inquieto algo seguro para sostener durante el cambio y háblale de ello: “¡Un vaso! Un vaso azul”.",
    ],
    why: [
      "Naming what your baby is holding links words to the things in front of them.",
      "Nombrar lo que tu bebé tiene en la mano une las palabras con las cosas que tiene delante.",
    ],
  }),
  idea("walk-look-where-they-look", ["6-9m", "9-12m"], ["walk"], "tomasello2007", {
    text: [
      "On a walk, look where your baby is looking and name it: “A dog! The dog says woof.”",
      "En el paseo, mira hacia donde mira tu bebé y ponle nombre: “¡Un perro! El perro hace guau”.",
    ],
    why: [
      "Sharing attention on the same thing leads toward pointing and first words.",
      "Prestar atención juntos a lo mismo abre el camino hacia señalar y las primeras palabras.",
    ],
  }),
  idea("action-songs", ["6-9m", "9-12m"], ["play"], "trehubTrainor1998", {
    text: [
      "Sing songs with actions and clapping, and pause just before the best bit to see if your baby does it.",
      "Canta canciones con gestos y palmas, y haz una pausa justo antes de la mejor parte para ver si tu bebé la hace.",
    ],
    why: [
      "Babies are drawn to play songs, and the pause gives them a part to play.",
      "A los bebés les atraen las canciones de juego, y la pausa les da un papel en ellas.",
    ],
  }),
  idea("bedtime-same-book", ["6-9m", "9-12m"], ["bedtime"], "high2014", {
    text: [
      "Read the same short book at bedtime for a while. Your baby will start to know the pages.",
      "Durante una temporada, lee el mismo libro corto antes de dormir. Tu bebé empezará a reconocer las páginas.",
    ],
    why: [
      "Reading together every day is recommended from infancy, and a bedtime book fits naturally.",
      "Se recomienda leer juntos a diario desde que son bebés, y un libro antes de dormir encaja de forma natural.",
    ],
  }),
  idea("bedtime-same-steps", ["6-9m", "9-12m"], ["bedtime"], "mindell2009", {
    text: [
      "Keep a few short steps before sleep in the same order: a wash, a song, a cuddle, then down on their back in a clear crib.",
      "Repite unos pocos pasos antes de dormir, siempre en el mismo orden: aseo, canción, abrazo y a la cuna boca arriba, despejada.",
    ],
    why: [
      "A consistent bedtime routine was linked with babies settling more easily, and with calmer parents.",
      "Una rutina estable antes de dormir se asoció con bebés que se duermen con más facilidad y con padres más tranquilos.",
    ],
  }),
  idea("crawl-and-catch", ["6-9m", "9-12m"], ["play"], "harvardServeReturn", {
    text: [
      "Crawl after your baby slowly, “I'm coming to get you!”, and let the chase end in a cuddle.",
      "Gatea despacio detrás de tu bebé, “¡Te voy a atrapar!”, y deja que la persecución acabe en un abrazo.",
    ],
    why: [
      "Games with a build-up and a shared ending are back-and-forth at its most fun.",
      "Los juegos con emoción creciente y un final compartido son el ida y vuelta más divertido.",
    ],
  }),
  idea("tired-roll-a-ball", ["6-9m", "9-12m"], ["any_time", "play"], "harvardServeReturn", {
    text: [
      "Tired day? Sit on the floor and roll a soft ball back and forth. Your baby gets you, and you get to sit.",
      "¿Día de cansancio? Siéntate en el suelo y hazle rodar una pelota blanda para que te la devuelva. Tu bebé te tiene a ti y tú descansas un poco.",
    ],
    why: [
      "Simple turn-taking is serve and return, and it doesn't need energy to count.",
      "Turnarse en algo sencillo también es ida y vuelta, y no hace falta energía para que cuente.",
    ],
  }),
  idea("swing-whee", ["6-9m", "9-12m"], ["walk", "play"], "harvardServeReturn", {
    text: [
      "At the park, push your baby gently on a baby swing from the front and say “Whee!” each time they come toward you.",
      "En el parque, empuja a tu bebé suavemente en un columpio para bebés, desde delante, y di “¡Uiii!” cada vez que se acerque a ti.",
    ],
    why: [
      "Seeing your face at each swing turns it into a game you share.",
      "Ver tu cara en cada balanceo lo convierte en un juego compartido.",
    ],
  }),
  idea("grandparent-photos", ["6-9m", "9-12m"], ["any_time"], "schafferEmerson1964", {
    text: [
      "If you're a grandparent, look at family photos with the baby and name everyone in them.",
      "Si eres abuelo o abuela, mira fotos de la familia con el bebé y nombra a cada persona.",
    ],
    why: [
      "Babies come to attach to several familiar people, not only their parents.",
      "Los bebés se apegan a varias personas conocidas, no solo a sus padres.",
    ],
  }),
  idea("mirror-feeling-faces", ["6-9m", "9-12m"], ["play"], "meins2001", {
    text: [
      "In front of a mirror, make happy, surprised and sleepy faces with your baby, and name each feeling.",
      "Frente a un espejo, pon caras de alegría, sorpresa y sueño con tu bebé, y nombra cada sentimiento.",
    ],
    why: [
      "Talking about feelings with your baby is linked to secure attachment.",
      "Hablar de sentimientos con tu bebé se asocia con un apego seguro.",
    ],
  }),
  idea("comfort-after-bump", ["6-9m", "9-12m"], ["any_time", "play"], "ainsworth1978", {
    text: [
      "When your baby bumps or tumbles, come close, say what happened, “That was a bump”, and comfort them the way they like.",
      "Cuando tu bebé se dé un golpe o se caiga, acércate, ponle palabras, “Te diste un golpe”, y consuélalo como a él le gusta.",
    ],
    why: [
      "Babies whose upsets are answered come to trust you as a safe haven.",
      "Los bebés cuyos malestares encuentran respuesta aprenden a confiar en ti como refugio seguro.",
    ],
  }),
  idea("diaper-wriggle-song", ["6-9m", "9-12m"], ["diaper", "dressing"], "trehubTrainor1998", {
    text: [
      "If your baby twists away during changes, try a song they know with hand actions, and let them hold the clean diaper.",
      "Si tu bebé se retuerce durante el cambio, prueba con una canción que conozca, con gestos de manos, y deja que sostenga el pañal limpio.",
    ],
    why: [
      "A familiar song gives a wriggly moment a shape you both know.",
      "Una canción conocida le da a un momento inquieto una forma que los dos reconocen.",
    ],
  }),
];
