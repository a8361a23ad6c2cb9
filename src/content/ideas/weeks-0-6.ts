/**
 * Bonding ideas that begin in the first six weeks (corrected age): skin-to-skin, voice, faces, reading early
 * cues, and ideas for hard starts in the NICU and for the most tired days. Some carry on into later bands.
 */
import { idea, onlyIn } from "./idea.js";
import type { Idea } from "./types.js";

export const weeks0to6Ideas: readonly Idea[] = [
  idea("skin-to-skin-chest", ["0-6w", "6w-3m"], ["any_time", "feeding"], "moore2016", {
    text: [
      "While you're awake, hold your baby skin to skin on your chest, in just a diaper, with a blanket over you both.",
      "Mientras estés despierto o despierta, pon a tu bebé piel con piel sobre tu pecho, solo con el pañal y una manta encima de los dos.",
    ],
    why: [
      "Skin-to-skin helps newborns stay warm and calm and makes breastfeeding easier.",
      "El piel con piel ayuda al recién nacido a mantenerse caliente y tranquilo, y facilita la lactancia.",
    ],
  }),
  idea("skin-to-skin-partner", ["0-6w", "6w-3m"], ["any_time"], "erlandsson2007", {
    text: [
      "Fathers and partners can do skin-to-skin too: bare chest, baby in a diaper, a blanket over you both, while you're awake.",
      "Los padres y las parejas también pueden hacer piel con piel: pecho descubierto, el bebé con pañal y una manta encima, mientras estés despierto o despierta.",
    ],
    why: [
      "Newborns held skin to skin by their father cried less and settled sooner in one study.",
      "En un estudio, los recién nacidos que estuvieron piel con piel con su padre lloraron menos y se calmaron antes.",
    ],
  }),
  onlyIn(
    "nicu",
    idea("nicu-skin-to-skin", ["0-6w"], ["any_time"], "condeAgudelo2016", {
      text: [
        "If your baby is in the NICU, ask the nurses when you can hold them skin to skin. They can help you with the wires.",
        "Si tu bebé está en la UCI neonatal, pregunta al equipo de enfermería cuándo puedes tenerlo piel con piel. Te pueden ayudar con los cables.",
      ],
      why: [
        "Kangaroo care helps small and early babies stay warm and stable, and supports breastfeeding.",
        "El método canguro ayuda a los bebés pequeños o prematuros a mantenerse calientes y estables, y favorece la lactancia.",
      ],
    }),
  ),
  onlyIn(
    "nicu",
    idea("nicu-gentle-hand", ["0-6w"], ["any_time"], "harrison2000", {
      text: [
        "When your baby can't come out of the incubator yet, ask how they like to be touched. Often a still, gentle hand cupping their head and another resting on their body is just right.",
        "Si tu bebé todavía no puede salir de la incubadora, pregunta cómo le gusta que lo toquen. Muchas veces basta una mano quieta y suave sobre su cabeza y otra apoyada en su cuerpo.",
      ],
      why: [
        "In a trial, preterm babies given a still, gentle hand on the head and body were calmer while it lasted. Each baby differs, so watch how yours responds.",
        "En un ensayo, los prematuros que recibieron una mano quieta y suave en la cabeza y el cuerpo estuvieron más tranquilos mientras duró. Cada bebé es distinto: fíjate en cómo responde el tuyo.",
      ],
    }),
  ),
  onlyIn(
    "nicu",
    idea("nicu-voice", ["0-6w"], ["any_time"], "filippa2017", {
      text: [
        "Talk, read or sing softly to your baby in the NICU, even through the incubator. Your voice is one they already know.",
        "Háblale, léele o cántale bajito a tu bebé en la UCI neonatal, aunque sea a través de la incubadora. Tu voz ya la conoce.",
      ],
      why: [
        "A review of studies on mothers' voices in neonatal care found they help preterm babies stay more stable.",
        "Una revisión de estudios sobre la voz materna en cuidados neonatales halló que ayuda a los prematuros a estar más estables.",
      ],
    }),
  ),
  idea("skin-to-skin-after-hospital", ["0-6w", "6w-3m"], ["any_time"], "feldman2014", {
    text: [
      "Skin-to-skin that began in the hospital can carry on at home, whenever you both feel like it.",
      "El piel con piel que empezó en el hospital puede seguir en casa, siempre que los dos tengan ganas.",
    ],
    why: [
      "Preterm babies who had skin-to-skin managed sleep and stress better, even ten years later, in one long study.",
      "En un estudio largo, los prematuros que tuvieron piel con piel regulaban mejor el sueño y el estrés, incluso diez años después.",
    ],
  }),
  idea("narrate-diaper", ["0-6w", "6w-3m", "3-6m"], ["diaper"], "kuhl2004", {
    text: [
      "While you change a diaper, tell your baby what you're doing: “Cold wipe now… all done, clean and dry.”",
      "Mientras le cambias el pañal, cuéntale a tu bebé lo que haces: “Ahora la toallita fría… listo, limpito y seco”.",
    ],
    why: [
      "Babies learn language from the voices that talk with them face to face, and changes happen many times a day.",
      "Los bebés aprenden a hablar de las voces que les hablan cara a cara, y los cambios de pañal ocurren muchas veces al día.",
    ],
  }),
  idea("feed-face-to-face", ["0-6w", "6w-3m"], ["feeding"], "farroni2002", {
    text: [
      "During a feed, look at your baby's face now and then, and let them look back at yours.",
      "Durante la toma, mira de vez en cuando la cara de tu bebé y deja que él también mire la tuya.",
    ],
    why: [
      "From birth, babies prefer to look at faces that look back at them.",
      "Desde que nacen, los bebés prefieren mirar las caras que les devuelven la mirada.",
    ],
  }),
  idea(
    "pause-when-they-look-away",
    ["0-6w", "6w-3m", "3-6m", "6-9m", "9-12m"],
    ["feeding", "play"],
    "barnard1978",
    {
      text: [
        "If your baby looks away while you play or feed, pause and wait. When they look back, carry on.",
        "Si tu bebé aparta la mirada mientras juegas con él o mientras come, haz una pausa y espera. Cuando vuelva a mirarte, sigue.",
      ],
      why: [
        "Looking away is often a baby's way of asking for a short break.",
        "Apartar la mirada suele ser la forma en que el bebé pide un pequeño descanso.",
      ],
    },
  ),
  idea("early-hunger-cues", ["0-6w", "6w-3m"], ["feeding"], "barnard1978", {
    text: [
      "Watch for early hunger signs: stirring, opening the mouth, turning to root. Answer them out loud: “You're hungry, here we go.”",
      "Fíjate en las primeras señales de hambre: se mueve, abre la boca, gira la cabeza buscando. Respóndele en voz alta: “Tienes hambre, ya vamos”.",
    ],
    why: [
      "Early cues are easier to answer calmly than late ones like crying, and answering them turns a feed into a conversation.",
      "Las señales tempranas se atienden con más calma que las tardías, como el llanto, y responderlas convierte la toma en una conversación.",
    ],
  }),
  idea("bath-song", ["0-6w", "6w-3m", "3-6m", "6-9m"], ["bath"], "shenfield2003", {
    text: [
      "Sing the same song at every bath, with one hand on your baby the whole time. It becomes their bath song.",
      "Canta la misma canción en cada baño, con una mano siempre sobre tu bebé. Se convertirá en su canción del baño.",
    ],
    why: [
      "A caregiver's singing holds a baby's attention and helps them settle, and repetition lets them know what comes next.",
      "El canto de quien lo cuida capta la atención del bebé y lo ayuda a calmarse, y la repetición le anticipa lo que viene.",
    ],
  }),
  idea("bath-read-hands", ["0-6w", "6w-3m"], ["bath"], "barnard1978", {
    text: [
      "At bath time, keep one hand on your baby and watch their face and fingers. Splayed fingers or a grimace can mean “slower, please.”",
      "A la hora del baño, mantén una mano sobre tu bebé y mira su cara y sus dedos. Los dedos abiertos o una mueca pueden querer decir “más despacio”.",
    ],
    why: [
      "Splayed fingers and grimacing are common signs that a baby needs a pause.",
      "Los dedos muy abiertos y las muecas son señales frecuentes de que el bebé necesita una pausa.",
    ],
  }),
  idea("dressing-step-by-step", ["0-6w", "6w-3m", "3-6m"], ["dressing"], "harvardServeReturn", {
    text: [
      "Dress your baby slowly and tell them each step: “Arm in… and out pops your hand!”",
      "Viste a tu bebé despacio y cuéntale cada paso: “Entra el brazo… ¡y sale la manita!”.",
    ],
    why: [
      "Everyday care is full of small chances for back-and-forth, and each one counts.",
      "El cuidado diario está lleno de pequeñas ocasiones de ida y vuelta, y cada una cuenta.",
    ],
  }),
  idea("copy-tongue", ["0-6w", "6w-3m"], ["play", "any_time"], "meltzoffMoore1977", {
    text: [
      "When your baby is calm and alert, hold them close, slowly stick out your tongue and wait. See if they try it back.",
      "Cuando tu bebé esté tranquilo y despierto, sostenlo cerca, saca la lengua despacio y espera. A ver si te imita.",
    ],
    why: [
      "Even newborns sometimes copy simple faces, like a tongue poking out.",
      "Incluso los recién nacidos a veces imitan gestos sencillos, como sacar la lengua.",
    ],
  }),
  idea("quiet-alert-chat", ["0-6w", "6w-3m"], ["play"], "brazelton1973", {
    text: [
      "Notice when your baby is still, with wide, bright eyes. That's a lovely moment to talk face to face.",
      "Fíjate cuando tu bebé está quieto, con los ojos bien abiertos y brillantes. Es un momento precioso para hablarle cara a cara.",
    ],
    why: [
      "Newborns take in faces and voices best in this calm, alert state.",
      "Los recién nacidos captan mejor las caras y las voces en ese estado de alerta tranquila.",
    ],
  }),
  idea("tired-say-their-name", ["0-6w", "6w-3m", "3-6m"], ["any_time"], "winnicott1953", {
    text: [
      "Running on empty? Look at your baby and say their name softly. That's enough for now.",
      "¿Estás sin fuerzas? Mira a tu bebé y di su nombre con suavidad. Por ahora es suficiente.",
    ],
    why: [
      "Babies thrive with parents who are good enough, not perfect.",
      "A los bebés les va bien con padres suficientemente buenos, no perfectos.",
    ],
  }),
  idea("night-feed-low-light", ["0-6w", "6w-3m"], ["feeding", "bedtime"], "nhsHelpingBabySleep", {
    text: [
      "At night feeds, keep the lights low and your voice soft and slow. A quiet murmur is connection too.",
      "En las tomas de la noche, deja la luz tenue y habla bajito y despacio. Un murmullo también es conexión.",
    ],
    why: [
      "Calm, dim nights help babies slowly learn the difference between night and day.",
      "Las noches tranquilas y con poca luz ayudan al bebé a distinguir poco a poco la noche del día.",
    ],
  }),
  idea("goodnight-phrase", ["0-6w", "6w-3m", "3-6m", "6-9m", "9-12m"], ["bedtime"], "moon2022", {
    text: [
      "Lay your baby down on their back in a clear crib and say the same short goodnight each time.",
      "Acuesta a tu bebé boca arriba en una cuna despejada y dile siempre la misma frase corta de buenas noches.",
    ],
    why: [
      "Back to sleep in a crib with nothing else in it is the safest way for babies to sleep, and a familiar phrase makes it theirs.",
      "Dormir boca arriba en una cuna sin nada más es lo más seguro para el bebé, y una frase conocida lo hace suyo.",
    ],
  }),
  idea("walk-carry-close", ["0-6w", "6w-3m", "3-6m"], ["walk"], "esposito2013", {
    text: [
      "On a walk, carry your baby close, in your arms or a carrier, with their face uncovered so you can see it.",
      "Cuando salgas a pasear, lleva a tu bebé cerca, en brazos o en un portabebés, con la cara destapada para poder verla.",
    ],
    why: [
      "Being carried by a walking parent calms babies: they cry less and their heart rate slows.",
      "Ir en brazos de alguien que camina calma al bebé: llora menos y su ritmo cardíaco baja.",
    ],
  }),
  idea("walk-narrate-world", ["0-6w", "6w-3m"], ["walk"], "kuhl2004", {
    text: [
      "On a walk, tell your baby about what you pass, even though the words mean nothing to them yet.",
      "Cuando salgas a pasear, cuéntale a tu bebé lo que ves por el camino, aunque todavía no entienda las palabras.",
    ],
    why: [
      "Babies begin sorting out the sounds of their language long before they understand words.",
      "Los bebés empiezan a distinguir los sonidos de su idioma mucho antes de entender las palabras.",
    ],
  }),
  idea("carry-in-calm-times", ["0-6w", "6w-3m"], ["any_time"], "hunzikerBarr1986", {
    text: [
      "If evenings are fussy, try extra holding and carrying during the calmer parts of the day too.",
      "Si las tardes son de mucho llanto, prueba a tenerlo en brazos también en los ratos tranquilos del día.",
    ],
    why: [
      "In a trial, babies who were carried more through the day cried less at six weeks.",
      "En un ensayo, los bebés a los que se llevaba más en brazos durante el día lloraban menos a las seis semanas.",
    ],
  }),
  idea("leg-stroke-after-change", ["0-6w", "6w-3m", "3-6m"], ["diaper"], "underdown2006", {
    text: [
      "After a change, if your baby is calm, stroke their legs slowly with warm hands and watch their face.",
      "Después del cambio, si tu bebé está tranquilo, acaríciale las piernas despacio con las manos tibias y mira su cara.",
    ],
    why: [
      "Gentle infant massage is linked with calmer babies and closer moments; their face tells you when to stop.",
      "El masaje suave se asocia con bebés más tranquilos y momentos más cercanos; su cara te dirá cuándo parar.",
    ],
  }),
  idea("grandparent-family-story", ["0-6w", "6w-3m", "3-6m"], ["any_time"], "schafferEmerson1964", {
    text: [
      "If you're a grandparent, hold the baby close, rock gently and tell them a story from your family.",
      "Si eres abuelo o abuela, sostén al bebé cerca, mécelo suavemente y cuéntale una historia de la familia.",
    ],
    why: [
      "Babies form bonds with several caring people, not just one.",
      "Los bebés crean vínculos con varias personas que los cuidan, no solo con una.",
    ],
  }),
  idea("feed-hold-close", ["0-6w", "6w-3m", "3-6m"], ["feeding"], "sumnerSpietz1994", {
    text: [
      "Breast or bottle, hold your baby close and follow their pace: pauses are part of the feed. Partners can share bottle feeds this way too.",
      "Pecho o biberón, sostén a tu bebé cerca y sigue su ritmo: las pausas son parte de la toma. La pareja también puede dar el biberón así.",
    ],
    why: [
      "A feed is a two-way exchange, and responding to the baby's signals is what makes it one.",
      "La toma es un intercambio de ida y vuelta, y responder a las señales del bebé es lo que la hace así.",
    ],
  }),
  idea("wonder-what-they-feel", ["0-6w", "6w-3m", "3-6m", "6-9m", "9-12m"], ["any_time"], "meins2001", {
    text: [
      "Wonder aloud what your baby might be feeling: “That was a big noise. Did it surprise you?”",
      "Pregúntate en voz alta qué puede estar sintiendo tu bebé: “Qué ruido tan fuerte. ¿Te asustaste?”.",
    ],
    why: [
      "Parents who talk about their baby's thoughts and feelings tend to have more securely attached babies.",
      "Los padres que hablan de lo que su bebé piensa y siente suelen tener bebés con un apego más seguro.",
    ],
  }),
  idea(
    "find-each-other-again",
    ["0-6w", "6w-3m", "3-6m", "6-9m", "9-12m"],
    ["any_time"],
    "tronickGianino1986",
    {
      text: [
        "Every parent and baby fall out of step many times a day. Coming back together, with a touch or a soft word, is the part that counts.",
        "Todos los padres y bebés se desencuentran muchas veces al día. Volver a encontrarse, con una caricia o una palabra suave, es lo que cuenta.",
      ],
      why: [
        "Babies and parents are often out of sync; repairing those moments is how babies learn to cope.",
        "Bebés y padres se desacompasan a menudo; reparar esos momentos es como el bebé aprende a manejarse.",
      ],
    },
  ),
  idea("bond-has-time", ["0-6w", "6w-3m"], ["any_time"], "robsonKumar1980", {
    text: [
      "After a hard start, the bond has time. Each calm cuddle now is part of it.",
      "Después de un comienzo difícil, el vínculo tiene tiempo. Cada abrazo tranquilo de ahora forma parte de él.",
    ],
    why: [
      "Many parents find that loving feelings grow over weeks and months, not at first sight.",
      "Muchos padres descubren que el cariño crece a lo largo de semanas y meses, no a primera vista.",
    ],
  }),
  idea("read-anything-aloud", ["0-6w", "6w-3m"], ["any_time", "feeding"], "high2014", {
    text: [
      "Read aloud whatever you're reading, a novel, a recipe, the news, in a warm voice while your baby listens.",
      "Lee en voz alta lo que estés leyendo, una novela, una receta, las noticias, con voz cálida mientras tu bebé escucha.",
    ],
    why: [
      "Pediatricians recommend reading aloud from the first months; the closeness and your voice are what count now.",
      "Los pediatras recomiendan leer en voz alta desde los primeros meses; ahora lo que cuenta es la cercanía y tu voz.",
    ],
  }),
  idea("ok-to-step-away", ["0-6w", "6w-3m", "3-6m"], ["any_time"], "iconCope", {
    text: [
      "If the crying goes on and you're at your limit, lay your baby on their back in the crib and step away to breathe. Come back when you're steadier.",
      "Si el llanto no para y llegas a tu límite, acuesta a tu bebé boca arriba en la cuna y aléjate un momento para respirar. Vuelve cuando estés más en calma.",
    ],
    why: [
      "Crying is normal, walking away for a short while is OK, and shaking a baby is never safe.",
      "El llanto es normal, está bien alejarse un momento, y sacudir a un bebé nunca es seguro.",
    ],
  }),
  idea("partner-burp-hum", ["0-6w", "6w-3m"], ["feeding"], "abraham2014", {
    text: [
      "If you're the partner, take the burping after a feed: baby upright on your shoulder, your cheek near theirs, a low hum.",
      "Si eres la pareja, encárgate de sacarle los gases después de la toma: el bebé erguido sobre tu hombro, tu mejilla cerca de la suya y un tarareo suave.",
    ],
    why: [
      "Hands-on care shapes a father's brain toward caregiving.",
      "El cuidado directo prepara el cerebro del padre para cuidar.",
    ],
  }),
  onlyIn(
    "nicu",
    idea("nicu-small-jobs", ["0-6w"], ["diaper"], "obrien2018", {
      text: [
        "In the NICU, ask whether you can do your baby's diaper changes or other small care. These jobs are real parenting too.",
        "En la UCI neonatal, pregunta si puedes cambiarle el pañal a tu bebé o encargarte de otros cuidados pequeños. Eso también es criar.",
      ],
      why: [
        "When parents take part in their baby's daily care in neonatal units, babies gain weight better and parents feel less stressed.",
        "Cuando los padres participan en el cuidado diario en la unidad neonatal, los bebés ganan mejor peso y los padres sienten menos estrés.",
      ],
    }),
  ),
];
