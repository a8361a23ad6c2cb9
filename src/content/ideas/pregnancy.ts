/**
 * Bonding ideas for pregnancy: talking and singing to the bump, noticing movements, imagining the baby, and
 * ways in for partners and grandparents (maternal- and paternal-fetal attachment).
 */
import { idea } from "./idea.js";
import type { Idea } from "./types.js";

export const pregnancyIdeas: readonly Idea[] = [
  idea("bump-good-morning", ["pregnancy"], ["any_time"], "decasperFifer1980", {
    text: [
      "Say good morning to your baby out loud, with a hand on your bump.",
      "Dale los buenos días a tu bebé en voz alta, con una mano sobre la barriga.",
    ],
    why: [
      "Babies hear in late pregnancy, and newborns prefer their mother's voice to a stranger's.",
      "Al final del embarazo el bebé ya oye, y al nacer prefiere la voz de su madre a la de una desconocida.",
    ],
  }),
  idea("bump-one-song", ["pregnancy"], ["bedtime"], "shenfield2003", {
    text: [
      "Choose one song and sing or hum it to your bump in the evenings. After the birth, it will be ready and familiar.",
      "Elige una canción y cántasela o tarareásela a tu barriga por las noches. Cuando nazca, ya la tendrán los dos.",
    ],
    why: [
      "A caregiver's singing helps babies settle, and a song you already share is there from day one.",
      "El canto de quien lo cuida ayuda al bebé a calmarse, y una canción compartida está lista desde el primer día.",
    ],
  }),
  idea("bump-story", ["pregnancy"], ["bedtime", "any_time"], "decasperSpence1986", {
    text: [
      "Read the same short story aloud to your bump now and then. Any book you enjoy will do.",
      "De vez en cuando, lee en voz alta el mismo cuento corto a tu barriga. Sirve cualquier libro que te guste.",
    ],
    why: [
      "In a classic study, newborns responded differently to a story their mother had read aloud in late pregnancy.",
      "En un estudio clásico, los recién nacidos reaccionaban distinto a un cuento que su madre les había leído al final del embarazo.",
    ],
  }),
  idea("bump-there-you-are", ["pregnancy"], ["any_time"], "cannella2005", {
    text: [
      "When your baby moves, pause and rest your hand on that spot. You could whisper, “There you are.”",
      "Cuando tu bebé se mueva, detente y apoya la mano en ese lugar. Puedes susurrarle: “Ahí estás”.",
    ],
    why: [
      "Noticing and answering the baby's movements is one of the ways attachment grows before birth.",
      "Notar los movimientos del bebé y responderles es una de las formas en que el vínculo crece antes de nacer.",
    ],
  }),
  idea("bump-wonder", ["pregnancy"], ["any_time"], "condon1993", {
    text: [
      "Take a quiet moment to wonder about your baby: whose hands they'll have, how they'll like to be held.",
      "Regálate un momento tranquilo para imaginar a tu bebé: de quién sacará las manos, cómo le gustará que lo abracen.",
    ],
    why: [
      "Picturing the baby as a real little person is at the heart of bonding in pregnancy.",
      "Imaginar al bebé como una personita real está en el centro del vínculo durante el embarazo.",
    ],
  }),
  idea("bump-use-name", ["pregnancy"], ["any_time"], "condon1993", {
    text: [
      "If you have a name or a nickname for your baby, use it when you talk to them.",
      "Si ya tienes un nombre o un apodo para tu bebé, úsalo cuando le hables.",
    ],
    why: [
      "Thinking of the baby as someone you can talk to is part of how the bond takes shape.",
      "Pensar en el bebé como alguien a quien le puedes hablar es parte de cómo se forma el vínculo.",
    ],
  }),
  idea("bump-bath-stir", ["pregnancy"], ["bath"], "cannella2005", {
    text: [
      "In the bath or shower, rest both hands on your bump and notice whether your baby stirs.",
      "En la bañera o en la ducha, apoya las dos manos en la barriga y fíjate si tu bebé se mueve.",
    ],
    why: [
      "Unhurried moments of attention to the baby feed the bond in pregnancy.",
      "Los momentos sin prisa dedicados al bebé alimentan el vínculo durante el embarazo.",
    ],
  }),
  idea("bump-walk-tour", ["pregnancy"], ["walk"], "condon1993", {
    text: [
      "On a walk, tell your baby what you see: the trees, the bus, the neighbor's dog.",
      "Cuando salgas a caminar, cuéntale a tu bebé lo que ves: los árboles, el autobús, el perro del vecino.",
    ],
    why: [
      "Talking to your baby as a person now makes it an easy habit once they arrive.",
      "Hablarle a tu bebé como a una persona desde ahora hace que sea un hábito natural cuando llegue.",
    ],
  }),
  idea("bump-letter", ["pregnancy"], ["any_time"], "cannella2005", {
    text: [
      "Write a few lines to your baby about what you're looking forward to. Nobody else needs to read it.",
      "Escríbele unas líneas a tu bebé sobre lo que te ilusiona. Nadie más tiene por qué leerlas.",
    ],
    why: [
      "Putting hopes into words helps you picture your baby and your life together.",
      "Poner en palabras lo que esperas te ayuda a imaginar a tu bebé y la vida que compartirán.",
    ],
  }),
  idea("bump-dressing-hello", ["pregnancy"], ["dressing"], "condon1993", {
    text: [
      "As you get dressed, say hello with a hand on your bump: a small ritual just for the two of you.",
      "Mientras te vistes, saluda a tu bebé con una mano sobre la barriga: un pequeño ritual solo de los dos.",
    ],
    why: [
      "Small, regular moments of thinking about the baby are part of antenatal attachment.",
      "Los pequeños momentos habituales en los que piensas en el bebé forman parte del vínculo prenatal.",
    ],
  }),
  idea("bump-meal-flavors", ["pregnancy"], ["feeding"], "mennella2001", {
    text: [
      "While you eat, tell your baby about the meal. Some flavors of your food reach them already.",
      "Mientras comes, cuéntale a tu bebé qué hay en el plato. Algunos sabores de tu comida ya le llegan.",
    ],
    why: [
      "Flavours pass into the amniotic fluid, and babies later accept flavors they met before birth more readily.",
      "Los sabores pasan al líquido amniótico, y después el bebé acepta mejor los que conoció antes de nacer.",
    ],
  }),
  idea("bump-sway-music", ["pregnancy"], ["play"], "cannella2005", {
    text: [
      "Put on music you love and sway to it. Notice whether your baby gets busier or settles.",
      "Pon música que te encante y muévete a su ritmo. Fíjate si tu bebé se mueve más o se queda tranquilo.",
    ],
    why: [
      "Paying attention to how your baby responds is part of getting to know them before birth.",
      "Prestar atención a cómo responde tu bebé es parte de conocerlo antes de que nazca.",
    ],
  }),
  idea("bump-bedtime-breaths", ["pregnancy"], ["bedtime"], "cannella2005", {
    text: [
      "As you settle into bed, put both hands on your bump and take three slow breaths with your baby.",
      "Al acostarte, pon las dos manos sobre la barriga y respira despacio tres veces con tu bebé.",
    ],
    why: [
      "Calm moments of attention to the baby are a gentle way into the bond, even on hard days.",
      "Los momentos de calma dedicados al bebé son una forma suave de acercarse a él, incluso en los días difíciles.",
    ],
  }),
  idea("bump-one-sentence", ["pregnancy"], ["any_time"], "winnicott1953", {
    text: [
      "Worn out today? One sentence to your baby is plenty: “We're resting today.”",
      "¿Hoy no puedes más? Una frase para tu bebé es suficiente: “Hoy descansamos”.",
    ],
    why: [
      "A bond grows out of ordinary, imperfect moments, not perfect ones.",
      "El vínculo crece a partir de momentos corrientes e imperfectos, no de momentos perfectos.",
    ],
  }),
  idea("bump-partner-guess", ["pregnancy"], ["play"], "condon1985", {
    text: [
      "If you're the partner, feel the bump and guess which bit is a foot and which is a back. Say hello to both.",
      "Si eres la pareja, toca la barriga e intenta adivinar qué parte es un pie y cuál la espalda. Saluda a los dos.",
    ],
    why: [
      "Expectant fathers and partners form their own bond with the baby during pregnancy.",
      "Los futuros padres y parejas también forman su propio vínculo con el bebé durante el embarazo.",
    ],
  }),
  idea("bump-partner-story", ["pregnancy"], ["bedtime"], "decasperSpence1986", {
    text: [
      "If you're the partner or a grandparent, read a bedtime story to the bump. The melody of your voice matters more than the words.",
      "Si eres la pareja, el abuelo o la abuela, lee un cuento a la barriga antes de dormir. Importa más la melodía de tu voz que las palabras.",
    ],
    why: [
      "Before birth, babies already pick up the rhythm and melody of speech.",
      "Antes de nacer, los bebés ya captan el ritmo y la melodía del habla.",
    ],
  }),
  idea("bump-partner-walk-talk", ["pregnancy"], ["walk"], "condon1985", {
    text: [
      "Take a walk with your partner or a close person and talk about the baby: what you imagine, what you'd love to share with them.",
      "Sal a caminar con tu pareja o con alguien cercano y habla del bebé: cómo lo imaginas, qué te gustaría compartir con él.",
    ],
    why: [
      "Thinking and talking about the baby is how many partners start to feel like a parent.",
      "Pensar y hablar sobre el bebé es la forma en que muchas parejas empiezan a sentirse madre o padre.",
    ],
  }),
  idea("bump-grandparent-hand", ["pregnancy"], ["any_time"], "schafferEmerson1964", {
    text: [
      "If you're a grandparent-to-be and it's welcome, rest a hand on the bump and tell the baby who you are.",
      "Si vas a ser abuelo o abuela y es bienvenido, apoya una mano en la barriga y cuéntale al bebé quién eres.",
    ],
    why: [
      "Babies come to love several people, and the bond with grandparents can begin now.",
      "Los bebés llegan a querer a varias personas, y el vínculo con los abuelos puede empezar ya.",
    ],
  }),
  idea("bump-fold-clothes", ["pregnancy"], ["dressing"], "condon1993", {
    text: [
      "Fold a few tiny clothes and picture the first time your baby wears them.",
      "Dobla algunas prendas diminutas e imagina la primera vez que tu bebé se las ponga.",
    ],
    why: [
      "Imagining everyday life with the baby helps them feel real.",
      "Imaginar el día a día con el bebé ayuda a sentirlo más real.",
    ],
  }),
  idea("bump-plan-first-cuddle", ["pregnancy"], ["any_time"], "moore2016", {
    text: [
      "Think about the first cuddle: many parents ask for their baby skin to skin on their chest soon after the birth, when it's possible.",
      "Piensa en el primer abrazo: muchas familias piden tener al bebé piel con piel sobre el pecho poco después del parto, cuando es posible.",
    ],
    why: [
      "Early skin-to-skin helps newborns stay warm and calm and makes breastfeeding easier.",
      "El piel con piel temprano ayuda al recién nacido a mantenerse caliente y tranquilo, y facilita la lactancia.",
    ],
  }),
  idea("bump-slow-feelings", ["pregnancy"], ["any_time"], "robsonKumar1980", {
    text: [
      "If feeling close to the bump doesn't come easily, you're far from alone. Try telling your baby one thing about your day.",
      "Si sentirte cerca de la barriga no te sale fácil, no eres la única persona. Prueba a contarle a tu bebé una cosa de tu día.",
    ],
    why: [
      "Loving feelings often grow gradually, in pregnancy and after the birth.",
      "El cariño muchas veces crece poco a poco, en el embarazo y después del parto.",
    ],
  }),
  idea("bump-lotion", ["pregnancy"], ["bath", "bedtime"], "cannella2005", {
    text: [
      "After a bath or shower, rub cream on your bump slowly, with your hands, and tell your baby what you're doing.",
      "Después del baño o la ducha, ponte crema en la barriga despacio, con tus manos, y cuéntale a tu bebé lo que haces.",
    ],
    why: [
      "Gentle, focused moments with the baby in mind are part of prenatal bonding.",
      "Los momentos tranquilos pensando en el bebé forman parte del vínculo prenatal.",
    ],
  }),
  idea("bump-partner-bedtime-kicks", ["pregnancy"], ["bedtime"], "condon1985", {
    text: [
      "At night, lie close and guide your partner's hand to where the baby kicks most. Wait for the next one together.",
      "Por la noche, acuéstate cerca y lleva la mano de tu pareja adonde más patea el bebé. Espera con tu pareja la próxima patada.",
    ],
    why: [
      "Partners, not only mothers, build a relationship with the baby during pregnancy.",
      "No solo las madres: también la pareja construye una relación con el bebé durante el embarazo.",
    ],
  }),
];
