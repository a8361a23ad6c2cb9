/**
 * Bonding ideas that begin between three and six months (corrected age): laughter, reaching, first books,
 * matching your baby's feelings, and a quiet bedtime. Some carry on into later bands.
 */
import { idea } from "./idea.js";
import type { Idea } from "./types.js";

export const months3to6Ideas: readonly Idea[] = [
  idea("tummy-raspberry", ["3-6m", "6-9m"], ["diaper"], "harvardServeReturn", {
    text: [
      "After a change, blow a gentle raspberry on your baby's tummy, then wait and watch before you do it again.",
      "Después del cambio, sopla contra la barriguita de tu bebé haciendo un ruidito gracioso, y espera a ver su reacción antes de repetir.",
    ],
    why: [
      "The pause gives your baby a turn, and their response tells you what comes next.",
      "La pausa le da a tu bebé su turno, y su respuesta te dice qué viene después.",
    ],
  }),
  idea("find-the-laugh", ["3-6m", "6-9m"], ["play"], "harvardServeReturn", {
    text: [
      "Find what makes your baby laugh, a funny sound or a gentle tickle, and repeat it as long as they're enjoying it.",
      "Descubre qué le hace reír a tu bebé, un sonido gracioso o unas cosquillas suaves, y repítelo mientras lo disfrute.",
    ],
    why: [
      "Shared joy is serve and return at its best: each laugh invites the next.",
      "La alegría compartida es el mejor ida y vuelta: cada risa invita a la siguiente.",
    ],
  }),
  idea("match-their-joy", ["3-6m", "6-9m", "9-12m"], ["any_time", "play"], "stern1985", {
    text: [
      "When your baby squeals with excitement, answer with the same energy: a bright voice, a little bounce.",
      "Cuando tu bebé chille de emoción, respóndele con la misma energía: una voz alegre, un pequeño balanceo.",
    ],
    why: [
      "Matching a baby's feeling in another way, a voice for a squeal, shows them you feel it too.",
      "Reflejar el sentimiento del bebé de otra forma, con la voz para un chillido, le muestra que tú también lo sientes.",
    ],
  }),
  idea("picture-book-together", ["3-6m", "6-9m", "9-12m"], ["play", "bedtime"], "high2014", {
    text: [
      "Look at a sturdy picture book together. Point and name things, and let your baby grab, pat and chew it.",
      "Mira con tu bebé un libro de imágenes resistente. Señala y nombra las cosas, y deja que lo agarre, lo toque y lo muerda.",
    ],
    why: [
      "Pediatricians recommend sharing books from infancy; it builds closeness and early language.",
      "Los pediatras recomiendan compartir libros desde bebés; crea cercanía y ayuda al lenguaje temprano.",
    ],
  }),
  idea("toy-just-in-reach", ["3-6m"], ["play"], "harvardServeReturn", {
    text: [
      "Hold a toy just within reach and cheer your baby on as they stretch for it.",
      "Sostén un juguete justo a su alcance y anima a tu bebé mientras se estira para agarrarlo.",
    ],
    why: [
      "Your encouragement answers their effort, and that back-and-forth is how babies learn.",
      "Tus ánimos responden a su esfuerzo, y ese ida y vuelta es como aprenden los bebés.",
    ],
  }),
  idea("bath-splash-back", ["3-6m", "6-9m"], ["bath"], "harvardServeReturn", {
    text: [
      "With one hand around your baby, let them splash in shallow water. Splash back gently and laugh together.",
      "Con una mano rodeando a tu bebé, deja que chapotee en poca agua. Salpícalo tú también con suavidad, entre risas.",
    ],
    why: [
      "Joining in with what your baby starts shows them their ideas are worth answering.",
      "Sumarte a lo que empieza tu bebé le muestra que sus ideas merecen respuesta.",
    ],
  }),
  idea("walk-touch-a-leaf", ["3-6m", "6-9m"], ["walk"], "kuhl2004", {
    text: [
      "On a walk, let your baby touch a leaf or feel the breeze, and give it a name: “Leaf. Soft leaf.”",
      "En el paseo, deja que tu bebé toque una hoja o sienta la brisa, y ponle nombre: “Hoja. Hoja suave”.",
    ],
    why: [
      "Words tied to what a baby is touching right now, from a person beside them, are the easiest to learn.",
      "Las palabras unidas a lo que el bebé está tocando, dichas por alguien a su lado, son las más fáciles de aprender.",
    ],
  }),
  idea("dressing-body-parts", ["3-6m", "6-9m", "9-12m"], ["dressing"], "kuhl2004", {
    text: [
      "Name body parts as you dress: “Here's your foot. One sock… two socks.”",
      "Nombra las partes del cuerpo mientras lo vistes: “Aquí está tu pie. Un calcetín… y otro calcetín”.",
    ],
    why: [
      "Everyday routines repeat the same words, which helps babies link sounds to meanings.",
      "Las rutinas diarias repiten las mismas palabras, y eso ayuda al bebé a unir sonidos y significados.",
    ],
  }),
  idea("say-what-they-do", ["3-6m", "6-9m"], ["play", "any_time"], "harvardServeReturn", {
    text: [
      "When your baby rolls or reaches, describe it warmly: “You turned all the way over!”",
      "Cuando tu bebé se dé la vuelta o estire los brazos, cuéntaselo con cariño: “¡Te diste la vuelta entera!”.",
    ],
    why: [
      "Answering what your baby does, with words, is a simple serve and return.",
      "Responder con palabras a lo que hace tu bebé es un ida y vuelta sencillo.",
    ],
  }),
  idea("grandparent-walk", ["3-6m", "6-9m", "9-12m"], ["walk"], "schafferEmerson1964", {
    text: [
      "If you're a grandparent, take the baby out and tell them about the neighborhood as you go.",
      "Si eres abuelo o abuela, sal de paseo con el bebé y cuéntale cosas del barrio por el camino.",
    ],
    why: [
      "Babies form close bonds with several people who care for them regularly.",
      "Los bebés forman vínculos estrechos con varias personas que los cuidan a menudo.",
    ],
  }),
  idea("too-much-slow-down", ["3-6m", "6-9m", "9-12m"], ["play"], "barnard1978", {
    text: [
      "If your baby arches, turns away or fusses in a game, go slower and quieter, or offer a cuddle instead.",
      "Si tu bebé se arquea, se aparta o se queja durante un juego, baja el ritmo y el volumen, o dale un abrazo.",
    ],
    why: [
      "Arching and turning away are ways babies say “that's enough for now”.",
      "Arquearse y apartarse son formas que tiene el bebé de decir “ya es suficiente por ahora”.",
    ],
  }),
  idea("feed-hand-on-hand", ["3-6m"], ["feeding"], "feldman2007", {
    text: [
      "During a feed, let your baby hold your finger or touch your face, and gently stroke their hand.",
      "Durante la toma, deja que tu bebé te agarre un dedo o te toque la cara, y acaríciale la mano con suavidad.",
    ],
    why: [
      "Small looks, touches and sounds that fit together build the rhythm between you and your baby.",
      "Las miradas, caricias y sonidos que encajan entre sí construyen el ritmo compartido entre tu bebé y tú.",
    ],
  }),
  idea("clapping-rhyme", ["3-6m", "6-9m"], ["play"], "trehubTrainor1998", {
    text: [
      "Gently clap your baby's hands together to a rhyme you know, and slow down for the last line.",
      "Junta suavemente las manos de tu bebé al ritmo de una rima que conozcas, y ve más despacio en el último verso.",
    ],
    why: [
      "Play songs and rhymes draw babies in, in every culture.",
      "Las canciones y rimas de juego atraen a los bebés en todas las culturas.",
    ],
  }),
  idea("bedtime-foot-rub", ["3-6m"], ["bedtime", "dressing"], "underdown2006", {
    text: [
      "Before the pajamas go on, rub your baby's feet with warm hands and say goodnight to each toe.",
      "Antes de ponerle el pijama, frótale los pies a tu bebé con las manos tibias y dale las buenas noches a cada dedito.",
    ],
    why: [
      "Gentle massage is linked with calmer babies, and it's a quiet way to be close before sleep.",
      "El masaje suave se asocia con bebés más tranquilos, y es una forma serena de estar cerca antes de dormir.",
    ],
  }),
  idea("tired-kiss-hand", ["3-6m", "6-9m", "9-12m"], ["any_time"], "winnicott1953", {
    text: [
      "Nothing left today? Kiss your baby's hand and say, “Hello, you.” That's a whole moment.",
      "¿Hoy no te queda nada? Dale un beso en la mano a tu bebé y dile: “Hola, tú”. Eso ya es un momento completo.",
    ],
    why: [
      "Babies do well with parents who are good enough, not perfect.",
      "A los bebés les va bien con padres suficientemente buenos, no perfectos.",
    ],
  }),
  idea("walk-marching-song", ["3-6m", "6-9m", "9-12m"], ["walk"], "zentnerEerola2010", {
    text: [
      "On a walk, sing or chant in time with your steps, and swing gently to the beat.",
      "En el paseo, canta o recita al ritmo de tus pasos, y balancéate con suavidad siguiendo el compás.",
    ],
    why: [
      "Babies respond to musical rhythm with movement of their own, and shared rhythm is fun.",
      "Los bebés responden al ritmo de la música moviéndose, y compartir el ritmo es divertido.",
    ],
  }),
  idea("knee-chat", ["3-6m"], ["play", "any_time"], "feldman2007", {
    text: [
      "Sit your baby on your knees facing you and have a little chat, leaving gaps for their reply.",
      "Sienta a tu bebé sobre tus rodillas, frente a ti, y charla un rato con él, dejando huecos para que te responda.",
    ],
    why: [
      "Face-to-face play where you each take turns builds the timing you share.",
      "El juego cara a cara, por turnos, construye el ritmo que compartes con tu bebé.",
    ],
  }),
  idea("diaper-babble-back", ["3-6m", "6-9m"], ["diaper"], "goldstein2003", {
    text: [
      "If your baby chats on the changing mat, chat back, as if you understood every word.",
      "Si tu bebé “habla” en el cambiador, respóndele como si entendieras cada palabra.",
    ],
    why: [
      "Babies whose sounds get prompt, warm replies make more speech-like sounds.",
      "Los bebés cuyos sonidos reciben respuestas rápidas y cálidas producen sonidos más parecidos al habla.",
    ],
  }),
  idea("feed-quiet-spot", ["3-6m", "6-9m"], ["feeding"], "sumnerSpietz1994", {
    text: [
      "If your curious baby keeps turning to look around, try a feed in a quieter corner and enjoy the closeness.",
      "Si tu bebé curioso no para de girarse a mirarlo todo, prueba a darle la toma en un rincón más tranquilo y disfruta la cercanía.",
    ],
    why: [
      "Feeding goes best when both of you can read and answer each other's signals.",
      "La toma va mejor cuando los dos pueden leer y responder las señales del otro.",
    ],
  }),
];
