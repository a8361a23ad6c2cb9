/**
 * Bonding ideas that begin between six and nine months (corrected age): peekaboo and hiding games, first
 * foods shared face to face, babbling turns, and being a safe base as wariness of strangers appears.
 * Some carry on into the next band.
 */
import type { Idea } from "./types.js";

export const months6to9Ideas: readonly Idea[] = [
  {
    id: "peekaboo-cloth",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["play"],
    text: {
      en: "Hide your face behind a cloth, pause, then pop out: “Peekaboo!” Watch for the moment your baby expects you.",
      es: "Escóndete detrás de una tela, haz una pausa y asómate: “¡Aquí estoy!”. Fíjate en el momento en que tu bebé ya te espera.",
    },
    why: {
      en: "Peekaboo teaches turn-taking and the shape of a shared game, and babies love the surprise.",
      es: "Jugar a esconderse enseña a turnarse y cómo funciona un juego compartido, y a los bebés les encanta la sorpresa.",
    },
    source: "brunerSherwood1976",
  },
  {
    id: "peekaboo-shirt",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["dressing"],
    text: {
      en: "As a top goes over your baby's head, ask, “Where's the baby?” and greet them with delight as their face appears.",
      es: "Cuando le pases una prenda por la cabeza, pregunta: “¿Dónde está el bebé?”, y salúdalo con alegría cuando asome su cara.",
    },
    why: {
      en: "Peekaboo inside everyday routines turns them into a game you play together.",
      es: "Jugar a esconderse dentro de la rutina la convierte en un juego compartido.",
    },
    source: "brunerSherwood1976",
  },
  {
    id: "first-foods-face-to-face",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["feeding"],
    text: {
      en: "Once your baby has started solid foods, sit face to face at meals, eat something yourself and name what you're both tasting.",
      es: "Cuando tu bebé ya haya empezado con los alimentos sólidos, siéntate frente a él en las comidas, come algo tú también y nombra lo que están probando los dos.",
    },
    why: {
      en: "Around six months most babies are ready for first foods, and meals become a social time.",
      es: "Hacia los seis meses la mayoría de los bebés están listos para sus primeros alimentos, y las comidas se vuelven un momento social.",
    },
    source: "aapStartingSolids",
  },
  {
    id: "food-squish-explore",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["feeding"],
    text: {
      en: "Let your baby touch and squish a new food before it reaches their mouth. Mess is part of meeting it.",
      es: "Deja que tu bebé toque y aplaste un alimento nuevo antes de llevárselo a la boca. Ensuciarse es parte de conocerlo.",
    },
    why: {
      en: "Babies often need several tries with a new food before they take to it.",
      es: "Los bebés suelen necesitar varios intentos con un alimento nuevo antes de aceptarlo.",
    },
    source: "aapStartingSolids",
  },
  {
    id: "spoon-of-their-own",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["feeding"],
    text: {
      en: "Give your baby a spoon of their own to hold while you feed them, so they get a turn too.",
      es: "Dale a tu bebé su propia cuchara para que la sostenga mientras le das de comer, así también tiene su turno.",
    },
    why: {
      en: "Letting babies join in at meals supports their growing wish to feed themselves.",
      es: "Dejar que el bebé participe en las comidas apoya sus ganas crecientes de comer solo.",
    },
    source: "aapStartingSolids",
  },
  {
    id: "bath-pour-and-splash",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["bath"],
    text: {
      en: "Keeping one hand on your baby, pour water from a cup: “Pour… splash!” Then offer the cup for their turn.",
      es: "Sin soltar a tu bebé, con una mano siempre sobre él, vierte agua con un vaso: “Cae… ¡plas!”. Luego ofrécele el vaso para su turno.",
    },
    why: {
      en: "Simple turn-taking games are serve and return your baby can lead.",
      es: "Los juegos sencillos por turnos son un ida y vuelta que tu bebé puede dirigir.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "bath-washing-words",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["bath"],
    text: {
      en: "Name each part as you wash it, one hand always on your baby: “Wash your knees, wash your toes.”",
      es: "Nombra cada parte mientras la lavas, con una mano siempre sobre tu bebé: “Lavamos las rodillas, lavamos los pies”.",
    },
    why: {
      en: "Words heard during a shared, repeated routine are easier for babies to pick up.",
      es: "Las palabras que se oyen en una rutina compartida y repetida son más fáciles de aprender para el bebé.",
    },
    source: "kuhl2004",
  },
  {
    id: "babble-copy",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["any_time", "diaper"],
    text: {
      en: "Copy your baby's babble back to them, “ba-ba-ba”, then wait for their turn.",
      es: "Repite el balbuceo de tu bebé, “ba-ba-ba”, y espera a que te conteste.",
    },
    why: {
      en: "When babbling gets a prompt reply, babies soon make more speech-like sounds.",
      es: "Cuando el balbuceo recibe una respuesta inmediata, el bebé pronto produce sonidos más parecidos al habla.",
    },
    source: "goldstein2003",
  },
  {
    id: "hide-the-toy",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["play"],
    text: {
      en: "While your baby watches, hide a toy under a cloth and ask, “Where did it go?” Celebrate together when it's found.",
      es: "Mientras tu bebé mira, esconde un juguete bajo una tela y pregunta: “¿Dónde está?”. Celébralo con él cuando aparezca.",
    },
    why: {
      en: "Around this age babies start to understand that things still exist when they're out of sight.",
      es: "Hacia esta edad los bebés empiezan a entender que las cosas siguen existiendo aunque no las vean.",
    },
    source: "piaget1954",
  },
  {
    id: "new-faces-from-your-arms",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["any_time"],
    text: {
      en: "When someone new arrives, keep your baby close and let them watch from your arms until they're ready.",
      es: "Cuando llegue alguien nuevo, mantén a tu bebé cerca y deja que observe desde tus brazos hasta que esté listo.",
    },
    why: {
      en: "Wariness of strangers is a normal step, and you are the safe base your baby explores from.",
      es: "Desconfiar de los desconocidos es un paso normal, y tú eres la base segura desde la que tu bebé explora.",
    },
    source: "bowlby1988",
  },
  {
    id: "goodbye-and-hello",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["any_time"],
    text: {
      en: "When you leave, say a short, warm goodbye, and greet your baby just as warmly when you're back.",
      es: "Cuando te vayas, despídete de forma breve y cariñosa, y saluda a tu bebé con el mismo cariño cuando vuelvas.",
    },
    why: {
      en: "How separations and reunions go is a window on a baby's trust that you come back.",
      es: "Cómo son las despedidas y los reencuentros refleja la confianza del bebé en que vuelves.",
    },
    source: "ainsworth1978",
  },
  {
    id: "dressing-choose-top",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["dressing"],
    text: {
      en: "Hold up two tops and let your baby reach for one. Whatever they pick is the right one.",
      es: "Muéstrale dos camisetas y deja que tu bebé estire la mano hacia una. La que elija es la buena.",
    },
    why: {
      en: "Following your baby's lead, even in small choices, shows them their signals count.",
      es: "Seguir la iniciativa de tu bebé, aunque sea en algo pequeño, le muestra que sus señales cuentan.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "diaper-object-talk",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["diaper"],
    text: {
      en: "Give your wriggly baby something safe to hold during a change and talk about it: “A cup! A blue cup.”",
      es: "Dale a tu bebé inquieto algo seguro para sostener durante el cambio y háblale de ello: “¡Un vaso! Un vaso azul”.",
    },
    why: {
      en: "Naming what your baby is holding links words to the things in front of them.",
      es: "Nombrar lo que tu bebé tiene en la mano une las palabras con las cosas que tiene delante.",
    },
    source: "kuhl2004",
  },
  {
    id: "walk-look-where-they-look",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["walk"],
    text: {
      en: "On a walk, look where your baby is looking and name it: “A dog! The dog says woof.”",
      es: "En el paseo, mira hacia donde mira tu bebé y ponle nombre: “¡Un perro! El perro hace guau”.",
    },
    why: {
      en: "Sharing attention on the same thing leads toward pointing and first words.",
      es: "Prestar atención juntos a lo mismo abre el camino hacia señalar y las primeras palabras.",
    },
    source: "tomasello2007",
  },
  {
    id: "action-songs",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["play"],
    text: {
      en: "Sing songs with actions and clapping, and pause just before the best bit to see if your baby does it.",
      es: "Canta canciones con gestos y palmas, y haz una pausa justo antes de la mejor parte para ver si tu bebé la hace.",
    },
    why: {
      en: "Babies are drawn to play songs, and the pause gives them a part to play.",
      es: "A los bebés les atraen las canciones de juego, y la pausa les da un papel en ellas.",
    },
    source: "trehubTrainor1998",
  },
  {
    id: "bedtime-same-book",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["bedtime"],
    text: {
      en: "Read the same short book at bedtime for a while. Your baby will start to know the pages.",
      es: "Durante una temporada, lee el mismo libro corto antes de dormir. Tu bebé empezará a reconocer las páginas.",
    },
    why: {
      en: "Reading together every day is recommended from infancy, and a bedtime book fits naturally.",
      es: "Se recomienda leer juntos a diario desde que son bebés, y un libro antes de dormir encaja de forma natural.",
    },
    source: "high2014",
  },
  {
    id: "bedtime-same-steps",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["bedtime"],
    text: {
      en: "Keep a few short steps before sleep in the same order: a wash, a song, a cuddle, then down on their back in a clear crib.",
      es: "Repite unos pocos pasos antes de dormir, siempre en el mismo orden: aseo, canción, abrazo y a la cuna boca arriba, despejada.",
    },
    why: {
      en: "A consistent bedtime routine was linked with babies settling more easily, and with calmer parents.",
      es: "Una rutina estable antes de dormir se asoció con bebés que se duermen con más facilidad y con padres más tranquilos.",
    },
    source: "mindell2009",
  },
  {
    id: "crawl-and-catch",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["play"],
    text: {
      en: "Crawl after your baby slowly, “I'm coming to get you!”, and let the chase end in a cuddle.",
      es: "Gatea despacio detrás de tu bebé, “¡Te voy a atrapar!”, y deja que la persecución acabe en un abrazo.",
    },
    why: {
      en: "Games with a build-up and a shared ending are back-and-forth at its most fun.",
      es: "Los juegos con emoción creciente y un final compartido son el ida y vuelta más divertido.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "tired-roll-a-ball",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["any_time", "play"],
    text: {
      en: "Tired day? Sit on the floor and roll a soft ball back and forth. Your baby gets you, and you get to sit.",
      es: "¿Día de cansancio? Siéntate en el suelo y hazle rodar una pelota blanda para que te la devuelva. Tu bebé te tiene a ti y tú descansas un poco.",
    },
    why: {
      en: "Simple turn-taking is serve and return, and it doesn't need energy to count.",
      es: "Turnarse en algo sencillo también es ida y vuelta, y no hace falta energía para que cuente.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "swing-whee",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["walk", "play"],
    text: {
      en: "At the park, push your baby gently on a baby swing from the front and say “Whee!” each time they come toward you.",
      es: "En el parque, empuja a tu bebé suavemente en un columpio para bebés, desde delante, y di “¡Uiii!” cada vez que se acerque a ti.",
    },
    why: {
      en: "Seeing your face at each swing turns it into a game you share.",
      es: "Ver tu cara en cada balanceo lo convierte en un juego compartido.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "grandparent-photos",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["any_time"],
    text: {
      en: "If you're a grandparent, look at family photos with the baby and name everyone in them.",
      es: "Si eres abuelo o abuela, mira fotos de la familia con el bebé y nombra a cada persona.",
    },
    why: {
      en: "Babies come to attach to several familiar people, not only their parents.",
      es: "Los bebés se apegan a varias personas conocidas, no solo a sus padres.",
    },
    source: "schafferEmerson1964",
  },
  {
    id: "mirror-feeling-faces",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["play"],
    text: {
      en: "In front of a mirror, make happy, surprised and sleepy faces with your baby, and name each feeling.",
      es: "Frente a un espejo, pon caras de alegría, sorpresa y sueño con tu bebé, y nombra cada sentimiento.",
    },
    why: {
      en: "Talking about feelings with your baby is linked to secure attachment.",
      es: "Hablar de sentimientos con tu bebé se asocia con un apego seguro.",
    },
    source: "meins2001",
  },
  {
    id: "comfort-after-bump",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["any_time", "play"],
    text: {
      en: "When your baby bumps or tumbles, come close, say what happened, “That was a bump”, and comfort them the way they like.",
      es: "Cuando tu bebé se dé un golpe o se caiga, acércate, ponle palabras, “Te diste un golpe”, y consuélalo como a él le gusta.",
    },
    why: {
      en: "Babies whose upsets are answered come to trust you as a safe haven.",
      es: "Los bebés cuyos malestares encuentran respuesta aprenden a confiar en ti como refugio seguro.",
    },
    source: "ainsworth1978",
  },
  {
    id: "diaper-wriggle-song",
    ageBands: ["6-9m", "9-12m"],
    occasions: ["diaper", "dressing"],
    text: {
      en: "If your baby twists away during changes, try a song they know with hand actions, and let them hold the clean diaper.",
      es: "Si tu bebé se retuerce durante el cambio, prueba con una canción que conozca, con gestos de manos, y deja que sostenga el pañal limpio.",
    },
    why: {
      en: "A familiar song gives a wriggly moment a shape you both know.",
      es: "Una canción conocida le da a un momento inquieto una forma que los dos reconocen.",
    },
    source: "trehubTrainor1998",
  },
];
