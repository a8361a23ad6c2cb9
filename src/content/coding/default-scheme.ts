import type { Scheme, SchemeCode } from "../../domain/coding/scheme.js";
import { DEFAULT_SCHEME_ID } from "../../domain/coding/scheme.js";
import type { SourceKey } from "../sources.js";

/**
 * The scheme Attune ships: the behaviours that published parent–infant coding systems watch for, as point
 * events (each onset) for baby and caregiver, and a few states with a start and a stop. The descriptions are
 * Attune's own words, written for a clinician coding at speed; the systems they are drawn from are cited in
 * `sources`. Keys keep the baby's codes on one row of the keyboard, the caregiver's on another, and the
 * states on the digits.
 */
type Row = Omit<SchemeCode, "name" | "description"> & {
  name: readonly [en: string, es: string];
  description: readonly [en: string, es: string];
};

const infant = (
  id: string,
  key: string,
  color: string,
  name: Row["name"],
  description: Row["description"],
): Row => ({ id, subject: "infant", kind: "point", key, color, name, description });
const caregiver = (
  id: string,
  key: string,
  color: string,
  name: Row["name"],
  description: Row["description"],
): Row => ({ id, subject: "caregiver", kind: "point", key, color, name, description });

const rows: Row[] = [
  infant(
    "gaze",
    "g",
    "#1f77b4",
    ["Gaze to parent", "Mira al cuidador"],
    [
      "The baby turns their eyes to the caregiver's face. Code the moment the look arrives, not how long it lasts.",
      "El bebé dirige la mirada a la cara del cuidador. Codifique el momento en que llega la mirada, no cuánto dura.",
    ],
  ),
  infant(
    "smile",
    "s",
    "#ff7f0e",
    ["Smile", "Sonrisa"],
    [
      "The corners of the baby's mouth lift into a smile, with or without the eyes joining in.",
      "Las comisuras de la boca del bebé se elevan en una sonrisa, participen o no los ojos.",
    ],
  ),
  infant(
    "vocalise",
    "v",
    "#2ca02c",
    ["Vocalise", "Vocaliza"],
    [
      "A coo, babble or other voiced sound that is not fussing or crying.",
      "Un arrullo, balbuceo u otro sonido con voz que no es queja ni llanto.",
    ],
  ),
  infant(
    "reach",
    "r",
    "#9467bd",
    ["Reach", "Alcanza"],
    [
      "The baby stretches a hand or arm towards the caregiver or something the two of them share.",
      "El bebé extiende una mano o un brazo hacia el cuidador o hacia algo que comparten.",
    ],
  ),
  infant(
    "fuss",
    "f",
    "#d62728",
    ["Fuss or cry onset", "Inicio de queja o llanto"],
    [
      "The start of a stretch of fussing or crying: code the first sound, once per stretch.",
      "El comienzo de un tramo de queja o llanto: codifique el primer sonido, una vez por tramo.",
    ],
  ),
  infant(
    "avert",
    "a",
    "#8c564b",
    ["Gaze aversion", "Aparta la mirada"],
    [
      "The baby turns the eyes or the head away from the caregiver's face, often to take a break.",
      "El bebé aparta los ojos o la cabeza de la cara del cuidador, muchas veces para tomarse un respiro.",
    ],
  ),
  infant(
    "yawn",
    "y",
    "#7f7f7f",
    ["Yawn or hiccup", "Bostezo o hipo"],
    [
      "A yawn, hiccup or similar sign that the baby is pulling back from the exchange for a moment.",
      "Un bostezo, hipo o señal parecida de que el bebé se retira un momento del intercambio.",
    ],
  ),
  caregiver(
    "mirror",
    "m",
    "#17becf",
    ["Mirrors or imitates", "Refleja o imita"],
    [
      "The caregiver echoes the baby's face, sound or movement, often a little larger than the baby did.",
      "El cuidador devuelve la expresión, el sonido o el movimiento del bebé, a menudo algo más marcado.",
    ],
  ),
  caregiver(
    "vocal",
    "c",
    "#bcbd22",
    ["Vocal response", "Respuesta vocal"],
    [
      "The caregiver answers something the baby did with words or sounds directed at the baby.",
      "El cuidador responde con palabras o sonidos dirigidos al bebé a algo que el bebé hizo.",
    ],
  ),
  caregiver(
    "touch",
    "t",
    "#e377c2",
    ["Touch", "Toca"],
    [
      "The caregiver starts touching the baby: a stroke, a pat, a kiss, a hand on the body.",
      "El cuidador empieza a tocar al bebé: una caricia, una palmadita, un beso, una mano sobre el cuerpo.",
    ],
  ),
  caregiver(
    "pause",
    "p",
    "#aec7e8",
    ["Pauses or waits", "Hace una pausa o espera"],
    [
      "The caregiver holds back and waits, leaving room for the baby to come back or to take a turn.",
      "El cuidador se contiene y espera, dejando espacio para que el bebé vuelva o tome su turno.",
    ],
  ),
  caregiver(
    "redirect",
    "d",
    "#ffbb78",
    ["Redirects attention", "Redirige la atención"],
    [
      "The caregiver moves the baby's attention to something new: a toy, a sound, another activity.",
      "El cuidador lleva la atención del bebé hacia algo nuevo: un juguete, un sonido, otra actividad.",
    ],
  ),
  caregiver(
    "takeover",
    "i",
    "#ff9896",
    ["Intrusive takeover", "Toma el control de forma intrusiva"],
    [
      "The caregiver overrides what the baby is doing or signalling: pulls the baby back into the face, takes the toy away, keeps going while the baby turns away.",
      "El cuidador pasa por encima de lo que el bebé hace o señala: lo vuelve a poner frente a su cara, le quita el juguete, sigue aunque el bebé se aparte.",
    ],
  ),
  {
    id: "mutual-gaze",
    subject: "dyad",
    kind: "state",
    key: "1",
    color: "#393b79",
    name: ["Mutual gaze", "Mirada mutua"],
    description: [
      "Baby and caregiver are looking at each other's faces: start when both look, stop when either looks away.",
      "Bebé y cuidador se miran a la cara: empiece cuando ambos miran y pare cuando uno de los dos aparta la mirada.",
    ],
  },
  {
    id: "held",
    subject: "dyad",
    kind: "state",
    key: "2",
    color: "#637939",
    name: ["Held", "En brazos"],
    description: [
      "The baby is held in the caregiver's arms or on their lap, supported by their body.",
      "El bebé está en brazos o en el regazo del cuidador, sostenido por su cuerpo.",
    ],
  },
  {
    id: "feeding",
    subject: "dyad",
    kind: "state",
    key: "3",
    color: "#8c6d31",
    name: ["Feeding", "Alimentación"],
    description: [
      "The baby is feeding at the breast, from a bottle or from a spoon.",
      "El bebé se alimenta del pecho, del biberón o con cuchara.",
    ],
  },
  {
    id: "soothing",
    subject: "caregiver",
    kind: "state",
    key: "4",
    color: "#843c39",
    name: ["Soothing", "Calmando"],
    description: [
      "The caregiver is actively calming the baby: rocking, shushing, holding close, offering comfort.",
      "El cuidador calma activamente al bebé: lo mece, lo arrulla, lo sostiene cerca, le ofrece consuelo.",
    ],
  },
];

const pair = ([en, es]: readonly [string, string]) => ({ en, es });

export const defaultScheme: Scheme & { sources: readonly SourceKey[] } = {
  id: DEFAULT_SCHEME_ID,
  name: "Parent–infant interaction (Attune)",
  codes: rows.map((row) => ({ ...row, name: pair(row.name), description: pair(row.description) })),
  sources: ["weinbergTronick1999", "beebe2010", "feldman1998", "bakemanQuera2011"],
};
