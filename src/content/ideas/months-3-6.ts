/**
 * Bonding ideas that begin between three and six months (corrected age): laughter, reaching, first books,
 * matching your baby's feelings, and a quiet bedtime. Some carry on into later bands.
 */
import type { Idea } from "./types.js";

export const months3to6Ideas: readonly Idea[] = [
  {
    id: "tummy-raspberry",
    ageBands: ["3-6m", "6-9m"],
    occasions: ["diaper"],
    text: {
      en: "After a change, blow a gentle raspberry on your baby's tummy, then wait and watch before you do it again.",
      es: "Después del cambio, sopla contra la barriguita de tu bebé haciendo un ruidito gracioso, y espera a ver su reacción antes de repetir.",
    },
    why: {
      en: "The pause gives your baby a turn, and their response tells you what comes next.",
      es: "La pausa le da a tu bebé su turno, y su respuesta te dice qué viene después.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "find-the-laugh",
    ageBands: ["3-6m", "6-9m"],
    occasions: ["play"],
    text: {
      en: "Find what makes your baby laugh, a funny sound or a gentle tickle, and repeat it as long as they're enjoying it.",
      es: "Descubre qué le hace reír a tu bebé, un sonido gracioso o unas cosquillas suaves, y repítelo mientras lo disfrute.",
    },
    why: {
      en: "Shared joy is serve and return at its best: each laugh invites the next.",
      es: "La alegría compartida es el mejor ida y vuelta: cada risa invita a la siguiente.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "match-their-joy",
    ageBands: ["3-6m", "6-9m", "9-12m"],
    occasions: ["any_time", "play"],
    text: {
      en: "When your baby squeals with excitement, answer with the same energy: a bright voice, a little bounce.",
      es: "Cuando tu bebé chille de emoción, respóndele con la misma energía: una voz alegre, un pequeño balanceo.",
    },
    why: {
      en: "Matching a baby's feeling in another way, a voice for a squeal, shows them you feel it too.",
      es: "Reflejar el sentimiento del bebé de otra forma, con la voz para un chillido, le muestra que tú también lo sientes.",
    },
    source: "stern1985",
  },
  {
    id: "picture-book-together",
    ageBands: ["3-6m", "6-9m", "9-12m"],
    occasions: ["play", "bedtime"],
    text: {
      en: "Look at a sturdy picture book together. Point and name things, and let your baby grab, pat and chew it.",
      es: "Mira con tu bebé un libro de imágenes resistente. Señala y nombra las cosas, y deja que lo agarre, lo toque y lo muerda.",
    },
    why: {
      en: "Pediatricians recommend sharing books from infancy; it builds closeness and early language.",
      es: "Los pediatras recomiendan compartir libros desde bebés; crea cercanía y ayuda al lenguaje temprano.",
    },
    source: "high2014",
  },
  {
    id: "toy-just-in-reach",
    ageBands: ["3-6m"],
    occasions: ["play"],
    text: {
      en: "Hold a toy just within reach and cheer your baby on as they stretch for it.",
      es: "Sostén un juguete justo a su alcance y anima a tu bebé mientras se estira para agarrarlo.",
    },
    why: {
      en: "Your encouragement answers their effort, and that back-and-forth is how babies learn.",
      es: "Tus ánimos responden a su esfuerzo, y ese ida y vuelta es como aprenden los bebés.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "bath-splash-back",
    ageBands: ["3-6m", "6-9m"],
    occasions: ["bath"],
    text: {
      en: "With one hand around your baby, let them splash in shallow water. Splash back gently and laugh together.",
      es: "Con una mano rodeando a tu bebé, deja que chapotee en poca agua. Salpícalo tú también con suavidad, entre risas.",
    },
    why: {
      en: "Joining in with what your baby starts shows them their ideas are worth answering.",
      es: "Sumarte a lo que empieza tu bebé le muestra que sus ideas merecen respuesta.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "walk-touch-a-leaf",
    ageBands: ["3-6m", "6-9m"],
    occasions: ["walk"],
    text: {
      en: "On a walk, let your baby touch a leaf or feel the breeze, and give it a name: “Leaf. Soft leaf.”",
      es: "En el paseo, deja que tu bebé toque una hoja o sienta la brisa, y ponle nombre: “Hoja. Hoja suave”.",
    },
    why: {
      en: "Words tied to what a baby is touching right now, from a person beside them, are the easiest to learn.",
      es: "Las palabras unidas a lo que el bebé está tocando, dichas por alguien a su lado, son las más fáciles de aprender.",
    },
    source: "kuhl2004",
  },
  {
    id: "dressing-body-parts",
    ageBands: ["3-6m", "6-9m", "9-12m"],
    occasions: ["dressing"],
    text: {
      en: "Name body parts as you dress: “Here's your foot. One sock… two socks.”",
      es: "Nombra las partes del cuerpo mientras lo vistes: “Aquí está tu pie. Un calcetín… y otro calcetín”.",
    },
    why: {
      en: "Everyday routines repeat the same words, which helps babies link sounds to meanings.",
      es: "Las rutinas diarias repiten las mismas palabras, y eso ayuda al bebé a unir sonidos y significados.",
    },
    source: "kuhl2004",
  },
  {
    id: "say-what-they-do",
    ageBands: ["3-6m", "6-9m"],
    occasions: ["play", "any_time"],
    text: {
      en: "When your baby rolls or reaches, describe it warmly: “You turned all the way over!”",
      es: "Cuando tu bebé se dé la vuelta o estire los brazos, cuéntaselo con cariño: “¡Te diste la vuelta entera!”.",
    },
    why: {
      en: "Answering what your baby does, with words, is a simple serve and return.",
      es: "Responder con palabras a lo que hace tu bebé es un ida y vuelta sencillo.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "grandparent-walk",
    ageBands: ["3-6m", "6-9m", "9-12m"],
    occasions: ["walk"],
    text: {
      en: "If you're a grandparent, take the baby out and tell them about the neighborhood as you go.",
      es: "Si eres abuelo o abuela, sal de paseo con el bebé y cuéntale cosas del barrio por el camino.",
    },
    why: {
      en: "Babies form close bonds with several people who care for them regularly.",
      es: "Los bebés forman vínculos estrechos con varias personas que los cuidan a menudo.",
    },
    source: "schafferEmerson1964",
  },
  {
    id: "too-much-slow-down",
    ageBands: ["3-6m", "6-9m", "9-12m"],
    occasions: ["play"],
    text: {
      en: "If your baby arches, turns away or fusses in a game, go slower and quieter, or offer a cuddle instead.",
      es: "Si tu bebé se arquea, se aparta o se queja durante un juego, baja el ritmo y el volumen, o dale un abrazo.",
    },
    why: {
      en: "Arching and turning away are ways babies say “that's enough for now”.",
      es: "Arquearse y apartarse son formas que tiene el bebé de decir “ya es suficiente por ahora”.",
    },
    source: "barnard1978",
  },
  {
    id: "feed-hand-on-hand",
    ageBands: ["3-6m"],
    occasions: ["feeding"],
    text: {
      en: "During a feed, let your baby hold your finger or touch your face, and gently stroke their hand.",
      es: "Durante la toma, deja que tu bebé te agarre un dedo o te toque la cara, y acaríciale la mano con suavidad.",
    },
    why: {
      en: "Small looks, touches and sounds that fit together build the rhythm between you and your baby.",
      es: "Las miradas, caricias y sonidos que encajan entre sí construyen el ritmo compartido entre tu bebé y tú.",
    },
    source: "feldman2007",
  },
  {
    id: "clapping-rhyme",
    ageBands: ["3-6m", "6-9m"],
    occasions: ["play"],
    text: {
      en: "Gently clap your baby's hands together to a rhyme you know, and slow down for the last line.",
      es: "Junta suavemente las manos de tu bebé al ritmo de una rima que conozcas, y ve más despacio en el último verso.",
    },
    why: {
      en: "Play songs and rhymes draw babies in, in every culture.",
      es: "Las canciones y rimas de juego atraen a los bebés en todas las culturas.",
    },
    source: "trehubTrainor1998",
  },
  {
    id: "bedtime-foot-rub",
    ageBands: ["3-6m"],
    occasions: ["bedtime", "dressing"],
    text: {
      en: "Before the pajamas go on, rub your baby's feet with warm hands and say goodnight to each toe.",
      es: "Antes de ponerle el pijama, frótale los pies a tu bebé con las manos tibias y dale las buenas noches a cada dedito.",
    },
    why: {
      en: "Gentle massage is linked with calmer babies, and it's a quiet way to be close before sleep.",
      es: "El masaje suave se asocia con bebés más tranquilos, y es una forma serena de estar cerca antes de dormir.",
    },
    source: "underdown2006",
  },
  {
    id: "tired-kiss-hand",
    ageBands: ["3-6m", "6-9m", "9-12m"],
    occasions: ["any_time"],
    text: {
      en: "Nothing left today? Kiss your baby's hand and say, “Hello, you.” That's a whole moment.",
      es: "¿Hoy no te queda nada? Dale un beso en la mano a tu bebé y dile: “Hola, tú”. Eso ya es un momento completo.",
    },
    why: {
      en: "Babies do well with parents who are good enough, not perfect.",
      es: "A los bebés les va bien con padres suficientemente buenos, no perfectos.",
    },
    source: "winnicott1953",
  },
  {
    id: "walk-marching-song",
    ageBands: ["3-6m", "6-9m", "9-12m"],
    occasions: ["walk"],
    text: {
      en: "On a walk, sing or chant in time with your steps, and swing gently to the beat.",
      es: "En el paseo, canta o recita al ritmo de tus pasos, y balancéate con suavidad siguiendo el compás.",
    },
    why: {
      en: "Babies respond to musical rhythm with movement of their own, and shared rhythm is fun.",
      es: "Los bebés responden al ritmo de la música moviéndose, y compartir el ritmo es divertido.",
    },
    source: "zentnerEerola2010",
  },
  {
    id: "knee-chat",
    ageBands: ["3-6m"],
    occasions: ["play", "any_time"],
    text: {
      en: "Sit your baby on your knees facing you and have a little chat, leaving gaps for their reply.",
      es: "Sienta a tu bebé sobre tus rodillas, frente a ti, y charla un rato con él, dejando huecos para que te responda.",
    },
    why: {
      en: "Face-to-face play where you each take turns builds the timing you share.",
      es: "El juego cara a cara, por turnos, construye el ritmo que compartes con tu bebé.",
    },
    source: "feldman2007",
  },
  {
    id: "diaper-babble-back",
    ageBands: ["3-6m", "6-9m"],
    occasions: ["diaper"],
    text: {
      en: "If your baby chats on the changing mat, chat back, as if you understood every word.",
      es: "Si tu bebé “habla” en el cambiador, respóndele como si entendieras cada palabra.",
    },
    why: {
      en: "Babies whose sounds get prompt, warm replies make more speech-like sounds.",
      es: "Los bebés cuyos sonidos reciben respuestas rápidas y cálidas producen sonidos más parecidos al habla.",
    },
    source: "goldstein2003",
  },
  {
    id: "feed-quiet-spot",
    ageBands: ["3-6m", "6-9m"],
    occasions: ["feeding"],
    text: {
      en: "If your curious baby keeps turning to look around, try a feed in a quieter corner and enjoy the closeness.",
      es: "Si tu bebé curioso no para de girarse a mirarlo todo, prueba a darle la toma en un rincón más tranquilo y disfruta la cercanía.",
    },
    why: {
      en: "Feeding goes best when both of you can read and answer each other's signals.",
      es: "La toma va mejor cuando los dos pueden leer y responder las señales del otro.",
    },
    source: "sumnerSpietz1994",
  },
];
