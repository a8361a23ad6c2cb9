import type { Locale } from "../domain/account.js";
import type { CryingReason } from "../domain/guidance/crying.js";
import type { SoothingMethod } from "../domain/guidance/soothing.js";
import { bilingual } from "./bilingual.js";
import { caregiverLine, redFlag, soothing } from "./crying-items.js";
import type { SourceKey } from "./sources.js";

/**
 * The words of the "My baby is crying" helper, in English and Spanish (tú): warning signs that need a
 * doctor or an ambulance, ways to soothe for each likely reason, and a few lines for the caregiver. Written
 * in Attune's own words from the cited sources; every item names its sources (keys into ./sources.ts). Each
 * list is written with the calls in ./crying-items.ts: to add an item, copy a line of its list and change it.
 */
type Localized = Readonly<Record<Locale, string>>;

/** "emergency": call the emergency number now. "call_doctor": call the baby's doctor or a nurse line now. */
export type RedFlagAction = "emergency" | "call_doctor";

export interface RedFlag {
  readonly key: string;
  readonly text: Localized;
  readonly action: RedFlagAction;
  /**
   * Shown only when the log itself raises it (a fever logged in an older baby), not in the checklist. A flag
   * for an age (under 3 months, 3 to 6 months) stays in the checklist for every baby: it says its age, and
   * the log raises it to the top when a reading and the baby's age match (src/domain/guidance/crying.ts).
   */
  readonly onlyWhenLogged?: boolean;
  readonly sources: readonly SourceKey[];
}

/** Checked before any reason: the order is the order of the checklist. */
export const redFlags: readonly RedFlag[] = [
  redFlag("fever", "call_doctor", ["niceNg143", "aapFever", "nhsSeriousIllness"], {
    text: [
      "A temperature of 38 °C (100.4 °F) or more in a baby under 3 months. Call your doctor now, even if your baby otherwise seems well.",
      "Una temperatura de 38 °C (100,4 °F) o más en un bebé de menos de 3 meses. Llama ya a tu médico, aunque por lo demás tu bebé parezca estar bien.",
    ],
  }),
  // NICE NG143 puts 39 °C or more at 3–6 months in its amber (intermediate-risk) column; the NHS says to
  // call a GP urgently or 111. Urgent, not an emergency on its own: the other signs here say when it is.
  redFlag("fever_3_to_6_months", "call_doctor", ["niceNg143", "nhsFeverChildren", "nhsSeriousIllness"], {
    text: [
      "A temperature of 39 °C (102.2 °F) or more in a baby 3 to 6 months old. Call your doctor or a nurse line now.",
      "Una temperatura de 39 °C (102,2 °F) o más en un bebé de 3 a 6 meses. Llama ya a tu médico o a una línea de enfermería.",
    ],
  }),
  redFlag("fever_older", "call_doctor", ["niceNg143", "nhsSeriousIllness"], {
    onlyWhenLogged: true,
    text: [
      "A fever of 38 °C (100.4 °F) or more was logged. If your baby seems unwell, the crying will not settle, or you are worried, call your doctor or a nurse line.",
      "Se ha registrado fiebre de 38 °C (100,4 °F) o más. Si tu bebé no parece encontrarse bien, el llanto no se calma o algo te preocupa, llama a tu médico o a una línea de enfermería.",
    ],
  }),
  redFlag("trouble_breathing", "emergency", ["nhsSeriousIllness", "hseEmergency"], {
    text: [
      "Trouble breathing: grunting, very fast breathing, the skin sucking in under the ribs, or pauses in breathing.",
      "Le cuesta respirar: hace ruido o gruñe al respirar, respira muy rápido, se le hunde la piel bajo las costillas o hace pausas al respirar.",
    ],
  }),
  redFlag("blue_or_grey", "emergency", ["nhsSeriousIllness", "hseEmergency"], {
    text: [
      "Blue, grey, very pale or blotchy skin or lips. On brown or black skin it can be easier to see on the lips, the palms and the soles of the feet.",
      "Piel o labios azulados, grises, muy pálidos o con manchas. En la piel morena o negra puede verse mejor en los labios, las palmas de las manos y las plantas de los pies.",
    ],
  }),
  // The NHS says to call 999 for a first fit, even if the baby seems to recover; NICE NG143 lists seizures
  // among its red (high-risk) signs.
  redFlag("seizure", "emergency", ["nhsSeriousIllness", "niceNg143"], {
    text: [
      "A fit (seizure): the body goes stiff, or the arms and legs jerk or twitch and do not stop when you hold them, or your baby stares and does not respond. Call even if it stops and your baby seems to recover.",
      "Una convulsión: el cuerpo se pone rígido, o los brazos y las piernas se sacuden o tiemblan y no paran aunque los sujetes, o tu bebé se queda con la mirada fija y no responde. Llama aunque pare y tu bebé parezca recuperarse.",
    ],
  }),
  redFlag("floppy_or_hard_to_wake", "emergency", ["nhsSeriousIllness", "hseEmergency"], {
    text: [
      "Floppy, far sleepier than usual, or hard to wake.",
      "Tiene el cuerpo muy flojo, mucho más sueño de lo normal o cuesta despertarlo.",
    ],
  }),
  // A rash that does not blanch can be sepsis or meningitis: the NHS says to call 999; NICE NG143: red.
  redFlag("non_blanching_rash", "emergency", ["nhsSeriousIllness", "nhsMeningitis", "niceNg143"], {
    text: [
      "A rash that does not fade when you press the side of a clear glass firmly against it. On brown or black skin, check paler places such as the palms, the soles of the feet and the tummy.",
      "Manchas o un sarpullido que no desaparecen cuando aprietas con firmeza el costado de un vaso de vidrio transparente contra la piel. En la piel morena o negra, revisa las zonas más claras, como las palmas, las plantas de los pies y la barriguita.",
    ],
  }),
  // A sign of meningitis in babies: the NHS says to call 999 or go to A&E; NICE NG143: red.
  redFlag("bulging_fontanelle", "emergency", ["nhsMeningitis", "niceNg143"], {
    text: [
      "A bulging soft spot (fontanelle) on top of the head that stays raised or tense while your baby is calm and upright.",
      "La mollera (fontanela), el punto blando de la parte de arriba de la cabeza, abultada: sigue hinchada o tensa cuando tu bebé está tranquilo y en posición vertical.",
    ],
  }),
  redFlag("refusing_feeds", "call_doctor", ["nhsSeriousIllness"], {
    text: [
      "Refusing feeds or not feeding as usual, or far fewer wet diapers than usual.",
      "Rechaza las tomas o no come como siempre, o moja muchos menos pañales de lo normal.",
    ],
  }),
  // The NHS says A&E or 999 for green or yellow-green vomit, or blood in it; a possible blocked bowel.
  redFlag("green_or_bloody_vomit", "emergency", ["nhsDiarrhoeaVomiting", "nhsSeriousIllness"], {
    text: [
      "Green or yellow-green vomit, or blood in the vomit (it can look like coffee grounds).",
      "Vómito verde o verde amarillento, o sangre en el vómito (puede parecer café molido).",
    ],
  }),
  // The NHS says to ask for an urgent GP appointment or call 111 for blood in the poo.
  redFlag("blood_in_poo", "call_doctor", ["nhsDiarrhoeaVomiting"], {
    text: ["Blood in your baby's poo (stool).", "Sangre en las heces (la popó) de tu bebé."],
  }),
  redFlag("unusual_cry", "call_doctor", ["nhsSeriousIllness"], {
    text: [
      "A high-pitched, weak or non-stop cry that does not sound like your baby's usual cry.",
      "Un llanto muy agudo, débil o sin pausa, que no suena como el llanto habitual de tu bebé.",
    ],
  }),
  redFlag("fall_or_injury", "call_doctor", ["hseEmergency", "nhsSeriousIllness"], {
    text: [
      "A fall, a knock to the head or another injury. If afterwards your baby will not wake, has a fit or goes floppy, call the emergency number.",
      "Una caída, un golpe en la cabeza u otra lesión. Si después no se despierta, tiene convulsiones o se queda sin fuerza, llama al número de emergencias.",
    ],
  }),
];

/** A short heading for each likely reason. */
export const reasonTitles: Readonly<Record<CryingReason, Localized>> = bilingual<CryingReason>({
  hunger: ["Hungry?", "¿Tiene hambre?"],
  diaper: ["Wet or dirty diaper?", "¿Pañal mojado o sucio?"],
  tired: ["Tired?", "¿Tiene sueño?"],
  overstimulated: ["Too much going on?", "¿Demasiados estímulos?"],
  wants_closeness: ["Wants to be close to you?", "¿Quiere estar cerca de ti?"],
  discomfort: ["Wind or something uncomfortable?", "¿Gases o alguna molestia?"],
  crying_peak: ["The normal crying peak", "El pico normal de llanto"],
});

/**
 * Where each reason and its ranking rule come from (see src/domain/guidance/crying.ts). The awake windows
 * behind "tired" have no authoritative source and are labelled a loose guide wherever they are shown.
 */
export const reasonSources: Readonly<Record<CryingReason, readonly SourceKey[]>> = {
  hunger: ["aapFeedingHowOften"],
  diaper: ["aapAbusiveHeadTrauma", "iconCope"],
  tired: ["hirshkowitz2015", "paruthi2016"],
  overstimulated: ["healthwiseOverstimulated"],
  wants_closeness: ["iconCope", "aapAbusiveHeadTrauma"],
  discomfort: ["aapAbusiveHeadTrauma"],
  crying_peak: ["barr1990", "purpleCrying", "iconCope"],
};

export interface SoothingSuggestion {
  readonly key: string;
  readonly text: Localized;
  /** The reasons this answers; a suggestion is offered for the best-ranked of them. */
  readonly forReasons: readonly CryingReason[];
  /** The matching "what helped" choice in a soothing entry, when there is one. */
  readonly helped?: SoothingMethod;
  /** Offered only to babies younger than this, in days of real (not corrected) age. */
  readonly untilDays?: number;
  readonly sources: readonly SourceKey[];
}

/**
 * Swaddling stops once a baby may try to roll, which can start from about 2 months (AAP, "Swaddling: Is
 * It Safe?"; Moon 2022). Real age, not corrected: stopping early is the safe side.
 */
export const SWADDLE_UNTIL_DAYS = 56;

export const soothingSuggestions: readonly SoothingSuggestion[] = [
  soothing("feed", ["hunger"], ["aapFeedingHowOften"], {
    helped: "feeding",
    text: [
      "Offer a feed, breast or bottle. If your baby is very upset, calm them a little first, then feed.",
      "Ofrécele una toma, de pecho o de biberón. Si llora mucho, cálmalo un poco primero y luego dale de comer.",
    ],
  }),
  soothing("burp", ["discomfort"], ["aapAbusiveHeadTrauma"], {
    text: [
      "Hold your baby upright against your shoulder and gently pat or rub their back to bring up wind.",
      "Sostén a tu bebé en vertical contra tu hombro y dale palmaditas suaves o frótale la espalda para que eche los gases.",
    ],
  }),
  soothing("check_diaper_clothes", ["diaper", "discomfort"], ["aapAbusiveHeadTrauma"], {
    text: [
      "Check the diaper, and look for anything pinching: tight clothes, or a hair or thread wound round a finger or toe. Too warm or too cold?",
      "Revisa el pañal y busca algo que apriete: ropa ajustada, o un pelo o un hilo enrollado en un dedo de la mano o del pie. ¿Tiene demasiado calor o frío?",
    ],
  }),
  soothing(
    "hold_close",
    ["wants_closeness", "crying_peak", "overstimulated"],
    ["iconCope", "aapAbusiveHeadTrauma"],
    {
      helped: "holding_close",
      text: [
        "Hold your baby close against your chest and talk or hum softly.",
        "Abraza a tu bebé contra tu pecho y háblale o tararea bajito.",
      ],
    },
  ),
  soothing("skin_to_skin", ["wants_closeness", "crying_peak"], ["iconCope", "aapAbusiveHeadTrauma"], {
    helped: "skin_to_skin",
    text: [
      "Skin to skin: your baby in just a diaper on your bare chest, with a blanket over you both.",
      "Piel con piel: tu bebé solo con el pañal sobre tu pecho desnudo, con una manta por encima de los dos.",
    ],
  }),
  soothing("rocking", ["tired", "crying_peak"], ["iconCope", "aapAbusiveHeadTrauma"], {
    helped: "rocking",
    text: [
      "Rock or sway slowly, in your arms or in a rocking chair. Always gentle, never shaking.",
      "Mécelo despacio, en brazos o en una mecedora. Siempre con suavidad, nunca a sacudidas.",
    ],
  }),
  soothing("shushing", ["crying_peak", "tired"], ["iconCope"], {
    helped: "shushing",
    text: [
      'A steady "shhh", or another soft, steady sound nearby, like a fan.',
      "Un «shhh» continuo, u otro sonido suave y constante cerca, como un ventilador.",
    ],
  }),
  soothing("swaddling", ["tired", "crying_peak"], ["aapSwaddling", "moon2022", "aapAbusiveHeadTrauma"], {
    helped: "swaddling",
    untilDays: SWADDLE_UNTIL_DAYS,
    text: [
      "Swaddle in a thin blanket: snug round the chest, loose at the hips, and always on their back to sleep. Stop as soon as your baby shows signs of trying to roll, which can be from about 2 months.",
      "Envuélvelo en una manta fina: ajustada en el pecho, holgada en las caderas y siempre boca arriba para dormir. Deja de hacerlo en cuanto intente darse la vuelta, que puede ser desde los 2 meses más o menos.",
    ],
  }),
  soothing("walking", ["crying_peak", "wants_closeness", "overstimulated"], ["iconCope"], {
    helped: "walking",
    text: [
      "Walk with your baby in a sling or pram, indoors or out: steady motion often helps.",
      "Camina con tu bebé en un portabebés o en el cochecito, dentro o fuera de casa: el movimiento constante suele ayudar.",
    ],
  }),
  soothing("less_stimulation", ["overstimulated", "tired"], ["healthwiseOverstimulated"], {
    helped: "less_stimulation",
    text: [
      "Go somewhere quiet with dim light. Fewer faces, voices and toys; let your baby look away and rest.",
      "Busca un sitio tranquilo y con poca luz. Menos caras, voces y juguetes; deja que mire hacia otro lado y descanse.",
    ],
  }),
  soothing("singing", ["wants_closeness", "crying_peak"], ["iconCope"], {
    helped: "singing",
    text: [
      "Sing or hum the same song, slowly and softly.",
      "Cántale o tararea la misma canción, despacio y bajito.",
    ],
  }),
  soothing("sleep_space", ["tired"], ["moon2022"], {
    text: [
      "Help your baby settle to sleep: a calm, dim room, on their back in their own crib or cot.",
      "Ayúdalo a dormirse: una habitación tranquila y con poca luz, boca arriba en su propia cuna.",
    ],
  }),
];

export interface CaregiverLine {
  readonly key: string;
  readonly text: Localized;
  readonly sources: readonly SourceKey[];
}

/** For the person holding the crying baby. Always shown, in this order. */
export const forCaregiver: readonly CaregiverLine[] = [
  caregiverLine("breathe", ["iconCope"], {
    text: [
      "Take a slow breath, and another. You do not have to fix this in the next minute.",
      "Respira despacio, una vez y otra más. No tienes que resolverlo en el próximo minuto.",
    ],
  }),
  caregiverLine("not_your_fault", ["cdcAbusiveHeadTrauma", "iconCope", "purpleCrying"], {
    text: [
      "Crying is normal, most of all in the first months. A baby who will not stop crying is not a sign that you are doing anything wrong.",
      "Llorar es normal, sobre todo en los primeros meses. Que tu bebé no pare de llorar no significa que estés haciendo algo mal.",
    ],
  }),
  caregiverLine("step_away", ["cdcAbusiveHeadTrauma", "iconCope"], {
    text: [
      "If it is getting too much, it is OK to lay your baby on their back in a safe crib or cot and step away for 5–10 minutes. Then go back and check on them.",
      "Si se te hace demasiado, está bien dejar a tu bebé boca arriba en una cuna segura y alejarte 5–10 minutos. Después vuelve a ver cómo está.",
    ],
  }),
  caregiverLine("call_someone", ["cdcAbusiveHeadTrauma", "aapAbusiveHeadTrauma"], {
    text: [
      "Call someone: a partner, a friend, family, or your baby's doctor. You do not have to do this alone.",
      "Llama a alguien: tu pareja, una amistad, tu familia o el médico de tu bebé. No tienes por qué hacerlo sin ayuda.",
    ],
  }),
  caregiverLine("never_shake", ["iconCope", "aapAbusiveHeadTrauma"], {
    text: [
      "Never shake a baby, however tired or angry you feel. Shaking can cause brain damage or death. Stepping away is always the safer choice.",
      "Nunca sacudas a un bebé, por mucho cansancio o enojo que sientas. Sacudirlo puede causarle daño cerebral o la muerte. Alejarte un momento siempre es lo más seguro.",
    ],
  }),
];
