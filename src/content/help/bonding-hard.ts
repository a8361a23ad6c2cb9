import { h, list, p } from "../learn/blocks.js";
import type { Block, Localized } from "../learn/types.js";
import type { SourceKey } from "../sources.js";

/**
 * "When bonding feels hard": the page a caregiver reaches from Help, a bonding result or the Guide. It says
 * that this is common and not their fault, why it happens, that it gets better with help, what helps, and
 * who to talk to; the organisations for their region follow it on the page (resources.ts). Written in our
 * own words; each fact is from the sources listed at the end. Never "should": these are invitations.
 */
export interface HelpPage {
  readonly title: Localized;
  readonly summary: Localized;
  readonly body: { readonly en: readonly Block[]; readonly es: readonly Block[] };
  /** Places in Attune that help day to day. Kept here, beside the words, so a test can check each path. */
  readonly related: readonly RelatedLink[];
  readonly sources: readonly SourceKey[];
}

/** A page inside Attune (a path the app routes), with what the link says. */
export interface RelatedLink {
  readonly to: `/${string}`;
  readonly label: Localized;
}

export const bondingFeelsHard: HelpPage = {
  title: { en: "When bonding feels hard", es: "Cuando el vínculo se hace difícil" },
  summary: {
    en: "Feeling distant from your baby is more common than people say. It is not your fault, it has reasons, and it can get better.",
    es: "Sentirte lejos de tu bebé es más frecuente de lo que se dice. No es culpa tuya, tiene sus motivos y puede mejorar.",
  },
  body: {
    en: [
      h("You are not the only one"),
      p(
        "Many parents expect a rush of love and feel something quieter: numbness, strangeness, or simply tiredness. In a British study of first-time mothers, about four in ten said their first feeling on holding their baby was indifference; for most, warmth came over the following days and weeks.",
      ),
      p(
        "Low mood and worry are common after a baby too, for mothers and for fathers and partners. Around one in ten new fathers has depression in the year around the birth, and about one in seven mothers reports strong anxiety in the first months. None of this is your fault. It does not mean you are a bad parent or that you do not love your baby.",
      ),
      h("Why it can happen"),
      list(
        "Time apart in a neonatal unit (NICU), when your baby was behind glass and cared for by others.",
        "A birth that was frightening, painful or felt out of your control. About three in every hundred women who give birth develop post-traumatic stress from it, with memories that keep coming back.",
        "Hormones settling after the birth, with tearful and raw days.",
        "Exhaustion: broken nights, pain, recovery from surgery.",
        "Depression, which can make every feeling flat, and anxiety, which can crowd love out with fear.",
        "Pressure: the pictures of instant joy, other people's advice, the wish to get it right.",
        "Your own story: how you were cared for as a child, earlier losses, or a hard time in pregnancy.",
      ),
      h("It can get better"),
      p(
        "A bond is not made in one moment. It grows in the ordinary care you already give, day after day, and it can grow at any point, weeks or months in. Depression, anxiety and birth trauma are treatable, and as they ease, many parents find the feelings for their baby come more easily.",
      ),
      h("Small things that help"),
      list(
        "Skin-to-skin: your baby in a nappy, on your bare chest, a blanket over you both. It calms many babies and parents.",
        "Talking, humming or singing while you change, feed or bathe your baby, even if it feels awkward at first.",
        "Watching for your baby's signals — a look, a turn away, a yawn — and answering them. The cue guide in Attune shows what they can mean.",
        "A gentle massage, when your baby is calm and awake.",
        "Rest and practical help: let someone else take a feed or a walk so you can sleep.",
        "Saying out loud how it really feels, to someone you trust.",
      ),
      h("Who to talk to"),
      p(
        "You can tell your midwife, health visitor, nurse, obstetrician, family doctor or your baby's doctor how you feel; they hear it often and can refer you to perinatal mental health care. A therapist who works with parents and babies together can help you get to know each other. Peer support groups, in person or online, connect you with parents who have been there.",
      ),
      p(
        "If you have thoughts of harming yourself or your baby, or you feel unsafe, use “Need help now?” at the top of every screen to call a crisis line straight away.",
      ),
    ],
    es: [
      h("No eres la única persona"),
      p(
        "Muchas madres y padres esperan un flechazo y sienten algo más tenue: extrañeza, como si estuvieran anestesiados, o simplemente cansancio. En un estudio británico con madres primerizas, cerca de cuatro de cada diez contaron que lo primero que sintieron al tomar a su bebé en brazos fue indiferencia; en la mayoría, el cariño llegó en los días y semanas siguientes.",
      ),
      p(
        "El ánimo bajo y la preocupación también son frecuentes tras la llegada de un bebé, en las madres y en los padres y las parejas. Alrededor de uno de cada diez padres tiene depresión en el año que rodea al nacimiento, y cerca de una de cada siete madres refiere mucha ansiedad en los primeros meses. Nada de esto es culpa tuya. No significa que seas mala madre o mal padre, ni que no quieras a tu bebé.",
      ),
      h("Por qué puede pasar"),
      list(
        "Días separados en una unidad neonatal (UCIN), con tu bebé detrás de un vidrio y al cuidado de otras personas.",
        "Un parto que te dio miedo, te dolió o sentiste fuera de tu control. Unas tres de cada cien mujeres que dan a luz desarrollan estrés postraumático por el parto, con recuerdos que vuelven una y otra vez.",
        "Las hormonas que se reajustan tras el parto, con días de llanto y sensibilidad a flor de piel.",
        "El agotamiento: noches cortadas, dolor, recuperarte de una cirugía.",
        "La depresión, que puede apagar cualquier sentimiento, y la ansiedad, que puede tapar el cariño con miedo.",
        "La presión: las imágenes de felicidad instantánea, los consejos de todo el mundo, las ganas de hacerlo bien.",
        "Tu propia historia: cómo te cuidaron en tu infancia, pérdidas anteriores o un embarazo difícil.",
      ),
      h("Puede mejorar"),
      p(
        "El vínculo no se forma en un instante. Crece en los cuidados de cada día que ya le das, y puede crecer en cualquier momento, semanas o meses después. La depresión, la ansiedad y el trauma del parto tienen tratamiento, y a medida que se alivian, muchas familias notan que el cariño por su bebé les llega con más facilidad.",
      ),
      h("Pequeñas cosas que ayudan"),
      list(
        "El piel con piel: tu bebé con el pañal, sobre tu pecho desnudo, con una manta por encima de los dos. Calma a muchos bebés y a sus familias.",
        "Hablarle, tararear o cantarle mientras lo cambias, le das de comer o lo bañas, aunque al principio te dé vergüenza.",
        "Fijarte en las señales de tu bebé —una mirada, girar la cabeza, un bostezo— y responderlas. La guía de señales de Attune explica lo que pueden querer decir.",
        "Un masaje suave, cuando tu bebé está tranquilo y despierto.",
        "Descanso y ayuda práctica: que otra persona se encargue de una toma o de un paseo para que puedas dormir.",
        "Decir en voz alta cómo te sientes de verdad, a alguien de confianza.",
      ),
      h("Con quién hablar"),
      p(
        "Puedes contarle cómo te sientes a tu partera o matrona, a la enfermera, a tu ginecólogo u obstetra, a tu médico de familia o al pediatra de tu bebé; lo oyen a menudo y pueden derivarte a atención de salud mental perinatal. Un terapeuta que trabaje con madres, padres y bebés juntos puede ayudarte a conocer a tu bebé y a que tu bebé te conozca. Los grupos de apoyo entre pares, en persona o en línea, te ponen en contacto con familias que han pasado por lo mismo.",
      ),
      p(
        "Si tienes pensamientos de hacerte daño o de hacérselo a tu bebé, o no te sientes a salvo, usa «¿Necesitas ayuda ahora?», arriba en todas las pantallas, para llamar a una línea de crisis enseguida.",
      ),
    ],
  },
  related: [
    {
      to: "/guide/cues",
      label: {
        en: "Your baby's cues and what they can mean",
        es: "Las señales de tu bebé y lo que pueden querer decir",
      },
    },
    {
      to: "/guide",
      label: {
        en: "The Guide: ideas for small moments together, and a gentle look at your week",
        es: "La Guía: ideas para pequeños momentos juntos y una mirada tranquila a tu semana",
      },
    },
    {
      to: "/guide/learn/bonding-takes-time",
      label: { en: "When bonding takes time", es: "Cuando el vínculo tarda en llegar" },
    },
    {
      to: "/wellbeing/pbq",
      label: {
        en: "A check-in on the bond with your baby (PBQ)",
        es: "Un chequeo sobre el vínculo con tu bebé (PBQ)",
      },
    },
  ],
  sources: [
    "robsonKumar1980",
    "paulsonBazemore2010",
    "dennis2017",
    "ayers2016",
    "oharaMcCabe2013",
    "moore2016",
    "underdown2006",
    "nhsPostnatalDepression",
  ],
};
