/**
 * Bonding ideas that begin between six weeks and three months (corrected age): first smiles and coos,
 * turn-taking, tummy time, and ideas for partners and grandparents. Some carry on into later bands.
 */
import { idea } from "./idea.js";
import type { Idea } from "./types.js";

export const weeks6to12Ideas: readonly Idea[] = [
  idea("smile-back-and-wait", ["6w-3m", "3-6m"], ["play", "any_time"], "harvardServeReturn", {
    text: [
      "When your baby smiles at you, smile back, then wait. Give them time to smile again.",
      "Cuando tu bebé te sonría, devuélvele la sonrisa y espera. Dale tiempo para que vuelva a sonreír.",
    ],
    why: [
      "Back-and-forth exchanges like this, serve and return, help build a baby's developing brain.",
      "Los intercambios de ida y vuelta como este ayudan a construir el cerebro en desarrollo del bebé.",
    ],
  }),
  idea("coo-conversation", ["6w-3m", "3-6m"], ["any_time", "diaper"], "goldstein2003", {
    text: [
      "When your baby coos, coo back, then pause for their turn. You're having your first conversations.",
      "Cuando tu bebé haga gorjeos, respóndele con otros y espera su turno. Son sus primeras conversaciones.",
    ],
    why: [
      "Babies whose sounds get a warm, prompt reply go on to make more speech-like sounds.",
      "Los bebés cuyos sonidos reciben una respuesta cálida e inmediata empiezan a producir sonidos más parecidos al habla.",
    ],
  }),
  idea("sing-song-voice", ["6w-3m", "3-6m", "6-9m"], ["any_time"], "ramirezEsparza2014", {
    text: [
      "Talk to your baby in a slow, sing-song voice with long vowels: “Hiii, sweetheart, look at youuu.”",
      "Háblale a tu bebé con voz lenta y cantarina, alargando las vocales: “Holaaa, cariño, mírate tú”.",
    ],
    why: [
      "This melodic baby talk, one to one, is linked with babies' later language.",
      "Esta forma melódica de hablar al bebé, a solas con él, se asocia con un mejor lenguaje más adelante.",
    ],
  }),
  idea("tummy-time-on-chest", ["0-6w", "6w-3m"], ["play"], "aapTummyTime", {
    text: [
      "Lie back and rest your baby tummy-down on your chest while they're awake. Your face is the best reason to lift their head.",
      "Recuéstate y pon a tu bebé boca abajo sobre tu pecho mientras está despierto. Tu cara es el mejor motivo para levantar la cabeza.",
    ],
    why: [
      "Awake, supervised tummy time from the early weeks builds neck and shoulder strength.",
      "El tiempo boca abajo, despierto y acompañado, desde las primeras semanas fortalece el cuello y los hombros.",
    ],
  }),
  idea("tummy-time-eye-level", ["6w-3m", "3-6m"], ["play"], "aapTummyTime", {
    text: [
      "During tummy time, lie down on the floor at your baby's eye level and chat to them.",
      "Cuando tu bebé esté boca abajo, acuéstate en el suelo a la altura de sus ojos y charla con él.",
    ],
    why: [
      "Tummy time is for when babies are awake and watched, and your face makes it more fun.",
      "El tiempo boca abajo es para cuando el bebé está despierto y acompañado, y tu cara lo hace más divertido.",
    ],
  }),
  idea("diaper-face-game", ["6w-3m", "3-6m"], ["diaper"], "harvardServeReturn", {
    text: [
      "During a change, make a big surprised face and wait. See what your baby does, then answer that.",
      "Durante el cambio de pañal, pon cara de gran sorpresa y espera. Mira qué hace tu bebé y respóndele.",
    ],
    why: [
      "Taking turns, even with faces, is how babies learn that what they do gets a response.",
      "Turnarse, aunque sea con caras, es como el bebé aprende que lo que hace recibe respuesta.",
    ],
  }),
  idea("answer-with-your-face", ["6w-3m", "3-6m"], ["play", "feeding"], "tronick1978", {
    text: [
      "When your baby “tells” you something, answer with your whole face: eyebrows up, a big “Oh, really?”",
      "Cuando tu bebé te “cuente” algo, respóndele con toda la cara: cejas arriba y un gran “¿Ah, sí?”.",
    ],
    why: [
      "Babies expect a face to respond to them, and notice right away when it doesn't.",
      "Los bebés esperan que una cara les responda, y lo notan enseguida cuando no lo hace.",
    ],
  }),
  idea("bath-kick-splash", ["6w-3m", "3-6m"], ["bath"], "harvardServeReturn", {
    text: [
      "With one hand under your baby's head and shoulders, let them kick in the water and cheer each splash.",
      "Con una mano bajo la cabeza y los hombros de tu bebé, deja que patalee en el agua y celebra cada salpicadura.",
    ],
    why: [
      "When you answer what your baby does, they learn that their actions matter.",
      "Cuando respondes a lo que hace tu bebé, aprende que sus acciones importan.",
    ],
  }),
  idea("sleep-song", ["6w-3m", "3-6m", "6-9m", "9-12m"], ["bedtime"], "shenfield2003", {
    text: [
      "Sing the same quiet song before you lay your baby down on their back in a clear crib.",
      "Canta la misma canción tranquila antes de acostar a tu bebé boca arriba en una cuna despejada.",
    ],
    why: [
      "Lullabies help babies settle, and the same song each night becomes a signal that sleep is near.",
      "Las nanas ayudan al bebé a calmarse, y la misma canción cada noche se vuelve una señal de que llega el sueño.",
    ],
  }),
  idea("walk-watch-what-they-watch", ["6w-3m", "3-6m"], ["walk"], "harvardServeReturn", {
    text: [
      "On a walk, stop where leaves or light are moving. Watch your baby watch it, and tell them what it is.",
      "En el paseo, detente donde se muevan las hojas o la luz. Observa cómo tu bebé lo mira y cuéntale qué es.",
    ],
    why: [
      "Following your baby's focus and adding words is a simple form of serve and return.",
      "Seguir lo que le llama la atención a tu bebé y ponerle palabras es una forma sencilla de ida y vuelta.",
    ],
  }),
  idea("walk-stop-and-chat", ["6w-3m", "3-6m", "6-9m"], ["walk"], "kuhl2004", {
    text: [
      "If your baby rides in a stroller, stop now and then, lean in and chat face to face.",
      "Si tu bebé va en el cochecito, detente de vez en cuando, acércate y charla con él cara a cara.",
    ],
    why: [
      "Babies learn language best from a person talking with them, not just near them.",
      "Los bebés aprenden mejor el lenguaje de alguien que habla con ellos, no solo cerca de ellos.",
    ],
  }),
  idea("feed-pause-chat", ["6w-3m", "3-6m"], ["feeding"], "sumnerSpietz1994", {
    text: [
      "When your baby pauses in a feed and looks up, talk to them softly. When they go back to feeding, you can go quiet.",
      "Cuando tu bebé haga una pausa en la toma y te mire, háblale suave. Cuando vuelva a comer, puedes quedarte en silencio.",
    ],
    why: [
      "Feeds have a natural rhythm of sucking and pauses, and the pauses are your baby's turn to connect.",
      "Las tomas tienen un ritmo natural de succión y pausas, y las pausas son el turno del bebé para conectar.",
    ],
  }),
  idea("name-tired-signs", ["6w-3m", "3-6m", "6-9m"], ["bedtime", "any_time"], "barnard1978", {
    text: [
      "Look for tired signs like staring, jerky movements, yawning or rubbing eyes, and say them out loud: “You're getting sleepy.”",
      "Fíjate en las señales de sueño, como la mirada perdida, los movimientos bruscos, los bostezos o frotarse los ojos, y díselas: “Te está entrando sueño”.",
    ],
    why: [
      "Putting your baby's cues into words helps you both slow down when they've had enough.",
      "Poner en palabras las señales de tu bebé ayuda a que los dos bajen el ritmo cuando ya ha tenido suficiente.",
    ],
  }),
  idea("finger-grip", ["0-6w", "6w-3m"], ["play", "feeding"], "brazelton1973", {
    text: [
      "Offer a finger for your baby to grip and tell them how strong they are.",
      "Ofrécele un dedo a tu bebé para que lo agarre y dile lo fuerte que es.",
    ],
    why: [
      "Newborns come with a firm grasp and are ready to interact from the very first days.",
      "Los recién nacidos tienen un agarre firme y están preparados para interactuar desde los primeros días.",
    ],
  }),
  idea("partner-own-play", ["6w-3m", "3-6m", "6-9m", "9-12m"], ["play"], "lamb2010", {
    text: [
      "If you're the partner, play your own way, a bit bouncier or sillier, and let your baby's face show you how much is just right.",
      "Si eres la pareja, juega a tu manera, con más saltitos o más tonterías, y deja que la cara de tu bebé te diga cuánto es lo justo.",
    ],
    why: [
      "Fathers and partners often play differently, and babies gain from each caregiver's own style.",
      "Los padres y las parejas suelen jugar de forma distinta, y el bebé se beneficia del estilo propio de cada cuidador.",
    ],
  }),
  idea("partner-own-routine", ["6w-3m", "3-6m", "6-9m", "9-12m"], ["any_time"], "abraham2014", {
    text: [
      "If you're the partner, make one daily routine yours, like the evening change or the morning cuddle.",
      "Si eres la pareja, haz tuya una rutina del día, como el cambio de la tarde o el abrazo de la mañana.",
    ],
    why: [
      "Hands-on daily care shapes a father's brain toward caregiving.",
      "El cuidado directo de cada día prepara el cerebro del padre para cuidar.",
    ],
  }),
  idea(
    "grandparent-old-song",
    ["6w-3m", "3-6m", "6-9m", "9-12m"],
    ["any_time", "bedtime"],
    "trehubTrainor1998",
    {
      text: [
        "If you're a grandparent, sing the baby a song from your own childhood.",
        "Si eres abuelo o abuela, cántale al bebé una canción de tu infancia.",
      ],
      why: [
        "Lullabies and play songs are found in every culture, and babies are tuned in to them.",
        "Las nanas y canciones de juego existen en todas las culturas, y los bebés les prestan mucha atención.",
      ],
    },
  ),
  idea("tired-just-hum", ["0-6w", "6w-3m", "3-6m", "6-9m"], ["any_time"], "shenfield2003", {
    text: [
      "Low on energy? Hum while you hold your baby. No words needed.",
      "¿Con poca energía? Tararea mientras sostienes a tu bebé. No hacen falta palabras.",
    ],
    why: [
      "A caregiver's singing, even just humming, holds a baby's attention and helps them settle.",
      "El canto de quien lo cuida, aunque sea un tarareo, capta la atención del bebé y lo ayuda a calmarse.",
    ],
  }),
  idea("tummy-circles", ["6w-3m", "3-6m"], ["bath", "bedtime"], "underdown2006", {
    text: [
      "After the bath, stroke your baby's tummy in slow circles with warm hands while they're calm. Stop if they turn away.",
      "Después del baño, acaríciale la barriguita en círculos lentos con las manos tibias mientras esté tranquilo. Detente si aparta la cara.",
    ],
    why: [
      "Infant massage can be a calm way to be close, and your baby's cues show when it's welcome.",
      "El masaje infantil puede ser una forma tranquila de estar cerca, y las señales de tu bebé te dicen cuándo le gusta.",
    ],
  }),
  idea("dressing-name-song", ["6w-3m", "3-6m", "6-9m"], ["dressing"], "trehubTrainor1998", {
    text: [
      "Make up a little dressing song with your baby's name in it. Silly words are perfect.",
      "Inventa una cancioncita para vestir a tu bebé con su nombre. Cuanto más tonta la letra, mejor.",
    ],
    why: [
      "Babies are drawn to songs sung to them, and their own name makes it theirs.",
      "A los bebés les atraen las canciones que les cantan, y su propio nombre la hace suya.",
    ],
  }),
  idea("window-weather", ["6w-3m", "3-6m"], ["any_time"], "kuhl2004", {
    text: [
      "Hold your baby at a window and tell them about the sky, the rain or the people going by.",
      "Sostén a tu bebé junto a una ventana y cuéntale cómo está el cielo, si llueve o quién pasa.",
    ],
    why: [
      "Talk from a person, face to face, is what babies learn language from.",
      "Los bebés aprenden el lenguaje de las personas que les hablan cara a cara.",
    ],
  }),
  idea("tired-lie-beside", ["6w-3m", "3-6m", "6-9m"], ["any_time", "play"], "winnicott1953", {
    text: [
      "Tired day? Lie on the floor beside your awake baby and watch whatever they're watching.",
      "¿Día de cansancio? Acuéstate en el suelo junto a tu bebé despierto y mira lo que él esté mirando.",
    ],
    why: [
      "Babies do well with a parent who is simply there: good enough, not perfect.",
      "A los bebés les va bien con alguien que simplemente está ahí: suficientemente bueno, no perfecto.",
    ],
  }),
];
