/**
 * Bonding ideas for pregnancy: talking and singing to the bump, noticing movements, imagining the baby, and
 * ways in for partners and grandparents (maternal- and paternal-fetal attachment).
 */
import type { Idea } from "./types.js";

export const pregnancyIdeas: readonly Idea[] = [
  {
    id: "bump-good-morning",
    ageBands: ["pregnancy"],
    occasions: ["any_time"],
    text: {
      en: "Say good morning to your baby out loud, with a hand on your bump.",
      es: "Dale los buenos días a tu bebé en voz alta, con una mano sobre la barriga.",
    },
    why: {
      en: "Babies hear in late pregnancy, and newborns prefer their mother's voice to a stranger's.",
      es: "Al final del embarazo el bebé ya oye, y al nacer prefiere la voz de su madre a la de una desconocida.",
    },
    source: "decasperFifer1980",
  },
  {
    id: "bump-one-song",
    ageBands: ["pregnancy"],
    occasions: ["bedtime"],
    text: {
      en: "Choose one song and sing or hum it to your bump in the evenings. After the birth, it will be ready and familiar.",
      es: "Elige una canción y cántasela o tarareásela a tu barriga por las noches. Cuando nazca, ya la tendrán los dos.",
    },
    why: {
      en: "A caregiver's singing helps babies settle, and a song you already share is there from day one.",
      es: "El canto de quien lo cuida ayuda al bebé a calmarse, y una canción compartida está lista desde el primer día.",
    },
    source: "shenfield2003",
  },
  {
    id: "bump-story",
    ageBands: ["pregnancy"],
    occasions: ["bedtime", "any_time"],
    text: {
      en: "Read the same short story aloud to your bump now and then. Any book you enjoy will do.",
      es: "De vez en cuando, lee en voz alta el mismo cuento corto a tu barriga. Sirve cualquier libro que te guste.",
    },
    why: {
      en: "In a classic study, newborns responded differently to a story their mother had read aloud in late pregnancy.",
      es: "En un estudio clásico, los recién nacidos reaccionaban distinto a un cuento que su madre les había leído al final del embarazo.",
    },
    source: "decasperSpence1986",
  },
  {
    id: "bump-there-you-are",
    ageBands: ["pregnancy"],
    occasions: ["any_time"],
    text: {
      en: "When your baby moves, pause and rest your hand on that spot. You could whisper, “There you are.”",
      es: "Cuando tu bebé se mueva, detente y apoya la mano en ese lugar. Puedes susurrarle: “Ahí estás”.",
    },
    why: {
      en: "Noticing and answering the baby's movements is one of the ways attachment grows before birth.",
      es: "Notar los movimientos del bebé y responderles es una de las formas en que el vínculo crece antes de nacer.",
    },
    source: "cannella2005",
  },
  {
    id: "bump-wonder",
    ageBands: ["pregnancy"],
    occasions: ["any_time"],
    text: {
      en: "Take a quiet moment to wonder about your baby: whose hands they'll have, how they'll like to be held.",
      es: "Regálate un momento tranquilo para imaginar a tu bebé: de quién sacará las manos, cómo le gustará que lo abracen.",
    },
    why: {
      en: "Picturing the baby as a real little person is at the heart of bonding in pregnancy.",
      es: "Imaginar al bebé como una personita real está en el centro del vínculo durante el embarazo.",
    },
    source: "condon1993",
  },
  {
    id: "bump-use-name",
    ageBands: ["pregnancy"],
    occasions: ["any_time"],
    text: {
      en: "If you have a name or a nickname for your baby, use it when you talk to them.",
      es: "Si ya tienes un nombre o un apodo para tu bebé, úsalo cuando le hables.",
    },
    why: {
      en: "Thinking of the baby as someone you can talk to is part of how the bond takes shape.",
      es: "Pensar en el bebé como alguien a quien le puedes hablar es parte de cómo se forma el vínculo.",
    },
    source: "condon1993",
  },
  {
    id: "bump-bath-stir",
    ageBands: ["pregnancy"],
    occasions: ["bath"],
    text: {
      en: "In the bath or shower, rest both hands on your bump and notice whether your baby stirs.",
      es: "En la bañera o en la ducha, apoya las dos manos en la barriga y fíjate si tu bebé se mueve.",
    },
    why: {
      en: "Unhurried moments of attention to the baby feed the bond in pregnancy.",
      es: "Los momentos sin prisa dedicados al bebé alimentan el vínculo durante el embarazo.",
    },
    source: "cannella2005",
  },
  {
    id: "bump-walk-tour",
    ageBands: ["pregnancy"],
    occasions: ["walk"],
    text: {
      en: "On a walk, tell your baby what you see: the trees, the bus, the neighbor's dog.",
      es: "Cuando salgas a caminar, cuéntale a tu bebé lo que ves: los árboles, el autobús, el perro del vecino.",
    },
    why: {
      en: "Talking to your baby as a person now makes it an easy habit once they arrive.",
      es: "Hablarle a tu bebé como a una persona desde ahora hace que sea un hábito natural cuando llegue.",
    },
    source: "condon1993",
  },
  {
    id: "bump-letter",
    ageBands: ["pregnancy"],
    occasions: ["any_time"],
    text: {
      en: "Write a few lines to your baby about what you're looking forward to. Nobody else needs to read it.",
      es: "Escríbele unas líneas a tu bebé sobre lo que te ilusiona. Nadie más tiene por qué leerlas.",
    },
    why: {
      en: "Putting hopes into words helps you picture your baby and your life together.",
      es: "Poner en palabras lo que esperas te ayuda a imaginar a tu bebé y la vida que compartirán.",
    },
    source: "cannella2005",
  },
  {
    id: "bump-dressing-hello",
    ageBands: ["pregnancy"],
    occasions: ["dressing"],
    text: {
      en: "As you get dressed, say hello with a hand on your bump: a small ritual just for the two of you.",
      es: "Mientras te vistes, saluda a tu bebé con una mano sobre la barriga: un pequeño ritual solo de los dos.",
    },
    why: {
      en: "Small, regular moments of thinking about the baby are part of antenatal attachment.",
      es: "Los pequeños momentos habituales en los que piensas en el bebé forman parte del vínculo prenatal.",
    },
    source: "condon1993",
  },
  {
    id: "bump-meal-flavors",
    ageBands: ["pregnancy"],
    occasions: ["feeding"],
    text: {
      en: "While you eat, tell your baby about the meal. Some flavors of your food reach them already.",
      es: "Mientras comes, cuéntale a tu bebé qué hay en el plato. Algunos sabores de tu comida ya le llegan.",
    },
    why: {
      en: "Flavours pass into the amniotic fluid, and babies later accept flavors they met before birth more readily.",
      es: "Los sabores pasan al líquido amniótico, y después el bebé acepta mejor los que conoció antes de nacer.",
    },
    source: "mennella2001",
  },
  {
    id: "bump-sway-music",
    ageBands: ["pregnancy"],
    occasions: ["play"],
    text: {
      en: "Put on music you love and sway to it. Notice whether your baby gets busier or settles.",
      es: "Pon música que te encante y muévete a su ritmo. Fíjate si tu bebé se mueve más o se queda tranquilo.",
    },
    why: {
      en: "Paying attention to how your baby responds is part of getting to know them before birth.",
      es: "Prestar atención a cómo responde tu bebé es parte de conocerlo antes de que nazca.",
    },
    source: "cannella2005",
  },
  {
    id: "bump-bedtime-breaths",
    ageBands: ["pregnancy"],
    occasions: ["bedtime"],
    text: {
      en: "As you settle into bed, put both hands on your bump and take three slow breaths with your baby.",
      es: "Al acostarte, pon las dos manos sobre la barriga y respira despacio tres veces con tu bebé.",
    },
    why: {
      en: "Calm moments of attention to the baby are a gentle way into the bond, even on hard days.",
      es: "Los momentos de calma dedicados al bebé son una forma suave de acercarse a él, incluso en los días difíciles.",
    },
    source: "cannella2005",
  },
  {
    id: "bump-one-sentence",
    ageBands: ["pregnancy"],
    occasions: ["any_time"],
    text: {
      en: "Worn out today? One sentence to your baby is plenty: “We're resting today.”",
      es: "¿Hoy no puedes más? Una frase para tu bebé es suficiente: “Hoy descansamos”.",
    },
    why: {
      en: "A bond grows out of ordinary, imperfect moments, not perfect ones.",
      es: "El vínculo crece a partir de momentos corrientes e imperfectos, no de momentos perfectos.",
    },
    source: "winnicott1953",
  },
  {
    id: "bump-partner-guess",
    ageBands: ["pregnancy"],
    occasions: ["play"],
    text: {
      en: "If you're the partner, feel the bump and guess which bit is a foot and which is a back. Say hello to both.",
      es: "Si eres la pareja, toca la barriga e intenta adivinar qué parte es un pie y cuál la espalda. Saluda a los dos.",
    },
    why: {
      en: "Expectant fathers and partners form their own bond with the baby during pregnancy.",
      es: "Los futuros padres y parejas también forman su propio vínculo con el bebé durante el embarazo.",
    },
    source: "condon1985",
  },
  {
    id: "bump-partner-story",
    ageBands: ["pregnancy"],
    occasions: ["bedtime"],
    text: {
      en: "If you're the partner or a grandparent, read a bedtime story to the bump. The melody of your voice matters more than the words.",
      es: "Si eres la pareja, el abuelo o la abuela, lee un cuento a la barriga antes de dormir. Importa más la melodía de tu voz que las palabras.",
    },
    why: {
      en: "Before birth, babies already pick up the rhythm and melody of speech.",
      es: "Antes de nacer, los bebés ya captan el ritmo y la melodía del habla.",
    },
    source: "decasperSpence1986",
  },
  {
    id: "bump-partner-walk-talk",
    ageBands: ["pregnancy"],
    occasions: ["walk"],
    text: {
      en: "Take a walk with your partner or a close person and talk about the baby: what you imagine, what you'd love to share with them.",
      es: "Sal a caminar con tu pareja o con alguien cercano y habla del bebé: cómo lo imaginas, qué te gustaría compartir con él.",
    },
    why: {
      en: "Thinking and talking about the baby is how many partners start to feel like a parent.",
      es: "Pensar y hablar sobre el bebé es la forma en que muchas parejas empiezan a sentirse madre o padre.",
    },
    source: "condon1985",
  },
  {
    id: "bump-grandparent-hand",
    ageBands: ["pregnancy"],
    occasions: ["any_time"],
    text: {
      en: "If you're a grandparent-to-be and it's welcome, rest a hand on the bump and tell the baby who you are.",
      es: "Si vas a ser abuelo o abuela y es bienvenido, apoya una mano en la barriga y cuéntale al bebé quién eres.",
    },
    why: {
      en: "Babies come to love several people, and the bond with grandparents can begin now.",
      es: "Los bebés llegan a querer a varias personas, y el vínculo con los abuelos puede empezar ya.",
    },
    source: "schafferEmerson1964",
  },
  {
    id: "bump-fold-clothes",
    ageBands: ["pregnancy"],
    occasions: ["dressing"],
    text: {
      en: "Fold a few tiny clothes and picture the first time your baby wears them.",
      es: "Dobla algunas prendas diminutas e imagina la primera vez que tu bebé se las ponga.",
    },
    why: {
      en: "Imagining everyday life with the baby helps them feel real.",
      es: "Imaginar el día a día con el bebé ayuda a sentirlo más real.",
    },
    source: "condon1993",
  },
  {
    id: "bump-plan-first-cuddle",
    ageBands: ["pregnancy"],
    occasions: ["any_time"],
    text: {
      en: "Think about the first cuddle: many parents ask for their baby skin to skin on their chest soon after the birth, when it's possible.",
      es: "Piensa en el primer abrazo: muchas familias piden tener al bebé piel con piel sobre el pecho poco después del parto, cuando es posible.",
    },
    why: {
      en: "Early skin-to-skin helps newborns stay warm and calm and makes breastfeeding easier.",
      es: "El piel con piel temprano ayuda al recién nacido a mantenerse caliente y tranquilo, y facilita la lactancia.",
    },
    source: "moore2016",
  },
  {
    id: "bump-slow-feelings",
    ageBands: ["pregnancy"],
    occasions: ["any_time"],
    text: {
      en: "If feeling close to the bump doesn't come easily, you're far from alone. Try telling your baby one thing about your day.",
      es: "Si sentirte cerca de la barriga no te sale fácil, no eres la única persona. Prueba a contarle a tu bebé una cosa de tu día.",
    },
    why: {
      en: "Loving feelings often grow gradually, in pregnancy and after the birth.",
      es: "El cariño muchas veces crece poco a poco, en el embarazo y después del parto.",
    },
    source: "robsonKumar1980",
  },
  {
    id: "bump-lotion",
    ageBands: ["pregnancy"],
    occasions: ["bath", "bedtime"],
    text: {
      en: "After a bath or shower, rub cream on your bump slowly, with your hands, and tell your baby what you're doing.",
      es: "Después del baño o la ducha, ponte crema en la barriga despacio, con tus manos, y cuéntale a tu bebé lo que haces.",
    },
    why: {
      en: "Gentle, focused moments with the baby in mind are part of prenatal bonding.",
      es: "Los momentos tranquilos pensando en el bebé forman parte del vínculo prenatal.",
    },
    source: "cannella2005",
  },
  {
    id: "bump-partner-bedtime-kicks",
    ageBands: ["pregnancy"],
    occasions: ["bedtime"],
    text: {
      en: "At night, lie close and guide your partner's hand to where the baby kicks most. Wait for the next one together.",
      es: "Por la noche, acuéstate cerca y lleva la mano de tu pareja adonde más patea el bebé. Espera con tu pareja la próxima patada.",
    },
    why: {
      en: "Partners, not only mothers, build a relationship with the baby during pregnancy.",
      es: "No solo las madres: también la pareja construye una relación con el bebé durante el embarazo.",
    },
    source: "condon1985",
  },
];
