/**
 * Bonding ideas that begin between six weeks and three months (corrected age): first smiles and coos,
 * turn-taking, tummy time, and ideas for partners and grandparents. Some carry on into later bands.
 */
import type { Idea } from "./types.js";

export const weeks6to12Ideas: readonly Idea[] = [
  {
    id: "smile-back-and-wait",
    ageBands: ["6w-3m", "3-6m"],
    occasions: ["play", "any_time"],
    text: {
      en: "When your baby smiles at you, smile back, then wait. Give them time to smile again.",
      es: "Cuando tu bebé te sonría, devuélvele la sonrisa y espera. Dale tiempo para que vuelva a sonreír.",
    },
    why: {
      en: "Back-and-forth exchanges like this, serve and return, help build a baby's developing brain.",
      es: "Los intercambios de ida y vuelta como este ayudan a construir el cerebro en desarrollo del bebé.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "coo-conversation",
    ageBands: ["6w-3m", "3-6m"],
    occasions: ["any_time", "diaper"],
    text: {
      en: "When your baby coos, coo back, then pause for their turn. You're having your first conversations.",
      es: "Cuando tu bebé haga gorjeos, respóndele con otros y espera su turno. Son sus primeras conversaciones.",
    },
    why: {
      en: "Babies whose sounds get a warm, prompt reply go on to make more speech-like sounds.",
      es: "Los bebés cuyos sonidos reciben una respuesta cálida e inmediata empiezan a producir sonidos más parecidos al habla.",
    },
    source: "goldstein2003",
  },
  {
    id: "sing-song-voice",
    ageBands: ["6w-3m", "3-6m", "6-9m"],
    occasions: ["any_time"],
    text: {
      en: "Talk to your baby in a slow, sing-song voice with long vowels: “Hiii, sweetheart, look at youuu.”",
      es: "Háblale a tu bebé con voz lenta y cantarina, alargando las vocales: “Holaaa, cariño, mírate tú”.",
    },
    why: {
      en: "This melodic baby talk, one to one, is linked with babies' later language.",
      es: "Esta forma melódica de hablar al bebé, a solas con él, se asocia con un mejor lenguaje más adelante.",
    },
    source: "ramirezEsparza2014",
  },
  {
    id: "tummy-time-on-chest",
    ageBands: ["0-6w", "6w-3m"],
    occasions: ["play"],
    text: {
      en: "Lie back and rest your baby tummy-down on your chest while they're awake. Your face is the best reason to lift their head.",
      es: "Recuéstate y pon a tu bebé boca abajo sobre tu pecho mientras está despierto. Tu cara es el mejor motivo para levantar la cabeza.",
    },
    why: {
      en: "Awake, supervised tummy time from the early weeks builds neck and shoulder strength.",
      es: "El tiempo boca abajo, despierto y acompañado, desde las primeras semanas fortalece el cuello y los hombros.",
    },
    source: "aapTummyTime",
  },
  {
    id: "tummy-time-eye-level",
    ageBands: ["6w-3m", "3-6m"],
    occasions: ["play"],
    text: {
      en: "During tummy time, lie down on the floor at your baby's eye level and chat to them.",
      es: "Cuando tu bebé esté boca abajo, acuéstate en el suelo a la altura de sus ojos y charla con él.",
    },
    why: {
      en: "Tummy time is for when babies are awake and watched, and your face makes it more fun.",
      es: "El tiempo boca abajo es para cuando el bebé está despierto y acompañado, y tu cara lo hace más divertido.",
    },
    source: "aapTummyTime",
  },
  {
    id: "diaper-face-game",
    ageBands: ["6w-3m", "3-6m"],
    occasions: ["diaper"],
    text: {
      en: "During a change, make a big surprised face and wait. See what your baby does, then answer that.",
      es: "Durante el cambio de pañal, pon cara de gran sorpresa y espera. Mira qué hace tu bebé y respóndele.",
    },
    why: {
      en: "Taking turns, even with faces, is how babies learn that what they do gets a response.",
      es: "Turnarse, aunque sea con caras, es como el bebé aprende que lo que hace recibe respuesta.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "answer-with-your-face",
    ageBands: ["6w-3m", "3-6m"],
    occasions: ["play", "feeding"],
    text: {
      en: "When your baby “tells” you something, answer with your whole face: eyebrows up, a big “Oh, really?”",
      es: "Cuando tu bebé te “cuente” algo, respóndele con toda la cara: cejas arriba y un gran “¿Ah, sí?”.",
    },
    why: {
      en: "Babies expect a face to respond to them, and notice right away when it doesn't.",
      es: "Los bebés esperan que una cara les responda, y lo notan enseguida cuando no lo hace.",
    },
    source: "tronick1978",
  },
  {
    id: "bath-kick-splash",
    ageBands: ["6w-3m", "3-6m"],
    occasions: ["bath"],
    text: {
      en: "With one hand under your baby's head and shoulders, let them kick in the water and cheer each splash.",
      es: "Con una mano bajo la cabeza y los hombros de tu bebé, deja que patalee en el agua y celebra cada salpicadura.",
    },
    why: {
      en: "When you answer what your baby does, they learn that their actions matter.",
      es: "Cuando respondes a lo que hace tu bebé, aprende que sus acciones importan.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "sleep-song",
    ageBands: ["6w-3m", "3-6m", "6-9m", "9-12m"],
    occasions: ["bedtime"],
    text: {
      en: "Sing the same quiet song before you lay your baby down on their back in a clear crib.",
      es: "Canta la misma canción tranquila antes de acostar a tu bebé boca arriba en una cuna despejada.",
    },
    why: {
      en: "Lullabies help babies settle, and the same song each night becomes a signal that sleep is near.",
      es: "Las nanas ayudan al bebé a calmarse, y la misma canción cada noche se vuelve una señal de que llega el sueño.",
    },
    source: "shenfield2003",
  },
  {
    id: "walk-watch-what-they-watch",
    ageBands: ["6w-3m", "3-6m"],
    occasions: ["walk"],
    text: {
      en: "On a walk, stop where leaves or light are moving. Watch your baby watch it, and tell them what it is.",
      es: "En el paseo, detente donde se muevan las hojas o la luz. Observa cómo tu bebé lo mira y cuéntale qué es.",
    },
    why: {
      en: "Following your baby's focus and adding words is a simple form of serve and return.",
      es: "Seguir lo que le llama la atención a tu bebé y ponerle palabras es una forma sencilla de ida y vuelta.",
    },
    source: "harvardServeReturn",
  },
  {
    id: "walk-stop-and-chat",
    ageBands: ["6w-3m", "3-6m", "6-9m"],
    occasions: ["walk"],
    text: {
      en: "If your baby rides in a stroller, stop now and then, lean in and chat face to face.",
      es: "Si tu bebé va en el cochecito, detente de vez en cuando, acércate y charla con él cara a cara.",
    },
    why: {
      en: "Babies learn language best from a person talking with them, not just near them.",
      es: "Los bebés aprenden mejor el lenguaje de alguien que habla con ellos, no solo cerca de ellos.",
    },
    source: "kuhl2004",
  },
  {
    id: "feed-pause-chat",
    ageBands: ["6w-3m", "3-6m"],
    occasions: ["feeding"],
    text: {
      en: "When your baby pauses in a feed and looks up, talk to them softly. When they go back to feeding, you can go quiet.",
      es: "Cuando tu bebé haga una pausa en la toma y te mire, háblale suave. Cuando vuelva a comer, puedes quedarte en silencio.",
    },
    why: {
      en: "Feeds have a natural rhythm of sucking and pauses, and the pauses are your baby's turn to connect.",
      es: "Las tomas tienen un ritmo natural de succión y pausas, y las pausas son el turno del bebé para conectar.",
    },
    source: "sumnerSpietz1994",
  },
  {
    id: "name-tired-signs",
    ageBands: ["6w-3m", "3-6m", "6-9m"],
    occasions: ["bedtime", "any_time"],
    text: {
      en: "Look for tired signs like staring, jerky movements, yawning or rubbing eyes, and say them out loud: “You're getting sleepy.”",
      es: "Fíjate en las señales de sueño, como la mirada perdida, los movimientos bruscos, los bostezos o frotarse los ojos, y díselas: “Te está entrando sueño”.",
    },
    why: {
      en: "Putting your baby's cues into words helps you both slow down when they've had enough.",
      es: "Poner en palabras las señales de tu bebé ayuda a que los dos bajen el ritmo cuando ya ha tenido suficiente.",
    },
    source: "barnard1978",
  },
  {
    id: "finger-grip",
    ageBands: ["0-6w", "6w-3m"],
    occasions: ["play", "feeding"],
    text: {
      en: "Offer a finger for your baby to grip and tell them how strong they are.",
      es: "Ofrécele un dedo a tu bebé para que lo agarre y dile lo fuerte que es.",
    },
    why: {
      en: "Newborns come with a firm grasp and are ready to interact from the very first days.",
      es: "Los recién nacidos tienen un agarre firme y están preparados para interactuar desde los primeros días.",
    },
    source: "brazelton1973",
  },
  {
    id: "partner-own-play",
    ageBands: ["6w-3m", "3-6m", "6-9m", "9-12m"],
    occasions: ["play"],
    text: {
      en: "If you're the partner, play your own way, a bit bouncier or sillier, and let your baby's face show you how much is just right.",
      es: "Si eres la pareja, juega a tu manera, con más saltitos o más tonterías, y deja que la cara de tu bebé te diga cuánto es lo justo.",
    },
    why: {
      en: "Fathers and partners often play differently, and babies gain from each caregiver's own style.",
      es: "Los padres y las parejas suelen jugar de forma distinta, y el bebé se beneficia del estilo propio de cada cuidador.",
    },
    source: "lamb2010",
  },
  {
    id: "partner-own-routine",
    ageBands: ["6w-3m", "3-6m", "6-9m", "9-12m"],
    occasions: ["any_time"],
    text: {
      en: "If you're the partner, make one daily routine yours, like the evening change or the morning cuddle.",
      es: "Si eres la pareja, haz tuya una rutina del día, como el cambio de la tarde o el abrazo de la mañana.",
    },
    why: {
      en: "Hands-on daily care shapes a father's brain toward caregiving.",
      es: "El cuidado directo de cada día prepara el cerebro del padre para cuidar.",
    },
    source: "abraham2014",
  },
  {
    id: "grandparent-old-song",
    ageBands: ["6w-3m", "3-6m", "6-9m", "9-12m"],
    occasions: ["any_time", "bedtime"],
    text: {
      en: "If you're a grandparent, sing the baby a song from your own childhood.",
      es: "Si eres abuelo o abuela, cántale al bebé una canción de tu infancia.",
    },
    why: {
      en: "Lullabies and play songs are found in every culture, and babies are tuned in to them.",
      es: "Las nanas y canciones de juego existen en todas las culturas, y los bebés les prestan mucha atención.",
    },
    source: "trehubTrainor1998",
  },
  {
    id: "tired-just-hum",
    ageBands: ["0-6w", "6w-3m", "3-6m", "6-9m"],
    occasions: ["any_time"],
    text: {
      en: "Low on energy? Hum while you hold your baby. No words needed.",
      es: "¿Con poca energía? Tararea mientras sostienes a tu bebé. No hacen falta palabras.",
    },
    why: {
      en: "A caregiver's singing, even just humming, holds a baby's attention and helps them settle.",
      es: "El canto de quien lo cuida, aunque sea un tarareo, capta la atención del bebé y lo ayuda a calmarse.",
    },
    source: "shenfield2003",
  },
  {
    id: "tummy-circles",
    ageBands: ["6w-3m", "3-6m"],
    occasions: ["bath", "bedtime"],
    text: {
      en: "After the bath, stroke your baby's tummy in slow circles with warm hands while they're calm. Stop if they turn away.",
      es: "Después del baño, acaríciale la barriguita en círculos lentos con las manos tibias mientras esté tranquilo. Detente si aparta la cara.",
    },
    why: {
      en: "Infant massage can be a calm way to be close, and your baby's cues show when it's welcome.",
      es: "El masaje infantil puede ser una forma tranquila de estar cerca, y las señales de tu bebé te dicen cuándo le gusta.",
    },
    source: "underdown2006",
  },
  {
    id: "dressing-name-song",
    ageBands: ["6w-3m", "3-6m", "6-9m"],
    occasions: ["dressing"],
    text: {
      en: "Make up a little dressing song with your baby's name in it. Silly words are perfect.",
      es: "Inventa una cancioncita para vestir a tu bebé con su nombre. Cuanto más tonta la letra, mejor.",
    },
    why: {
      en: "Babies are drawn to songs sung to them, and their own name makes it theirs.",
      es: "A los bebés les atraen las canciones que les cantan, y su propio nombre la hace suya.",
    },
    source: "trehubTrainor1998",
  },
  {
    id: "window-weather",
    ageBands: ["6w-3m", "3-6m"],
    occasions: ["any_time"],
    text: {
      en: "Hold your baby at a window and tell them about the sky, the rain or the people going by.",
      es: "Sostén a tu bebé junto a una ventana y cuéntale cómo está el cielo, si llueve o quién pasa.",
    },
    why: {
      en: "Talk from a person, face to face, is what babies learn language from.",
      es: "Los bebés aprenden el lenguaje de las personas que les hablan cara a cara.",
    },
    source: "kuhl2004",
  },
  {
    id: "tired-lie-beside",
    ageBands: ["6w-3m", "3-6m", "6-9m"],
    occasions: ["any_time", "play"],
    text: {
      en: "Tired day? Lie on the floor beside your awake baby and watch whatever they're watching.",
      es: "¿Día de cansancio? Acuéstate en el suelo junto a tu bebé despierto y mira lo que él esté mirando.",
    },
    why: {
      en: "Babies do well with a parent who is simply there: good enough, not perfect.",
      es: "A los bebés les va bien con alguien que simplemente está ahí: suficientemente bueno, no perfecto.",
    },
    source: "winnicott1953",
  },
];
