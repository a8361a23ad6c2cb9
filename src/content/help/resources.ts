import type { Locale } from "../../domain/account.js";
import type { SourceKey } from "../sources.js";
import type { HelpRegion } from "./emergency.js";

/**
 * Help that is not for a crisis: organisations for perinatal mental health that a caregiver can turn to when
 * the days feel dark or bonding feels hard. Only organisations whose name and address are certain; a region
 * without any simply has none yet (its crisis lines still show). Crisis lines live in crisis.ts.
 */
export interface HelpResource {
  readonly key: string;
  readonly name: string;
  readonly url: string;
  readonly description: Readonly<Record<Locale, string>>;
  readonly source: SourceKey;
}

const us: HelpResource[] = [
  {
    key: "psi",
    name: "Postpartum Support International",
    url: "https://postpartum.net/",
    description: {
      en: "Support, information and local help for perinatal mood and anxiety, for mothers, fathers and partners, in English and Spanish: a HelpLine, online support groups and a directory of trained providers.",
      es: "Apoyo, información y ayuda local para el estado de ánimo y la ansiedad perinatales, para madres, padres y parejas, en inglés y español: una línea de ayuda, grupos de apoyo en línea y un directorio de profesionales capacitados.",
    },
    source: "postpartumSupportInternational",
  },
  {
    key: "mmh_hotline",
    name: "National Maternal Mental Health Hotline",
    url: "https://mchb.hrsa.gov/national-maternal-mental-health-hotline",
    description: {
      en: "Free, confidential support before, during and after pregnancy, by call or text at 1-833-TLC-MAMA (1-833-852-6262), any time, in English and Spanish. It is not a crisis line.",
      es: "Apoyo gratuito y confidencial antes, durante y después del embarazo, por llamada o texto al 1-833-TLC-MAMA (1-833-852-6262), a cualquier hora, en inglés y español. No es una línea de crisis.",
    },
    source: "hrsaMaternalMentalHealthHotline",
  },
];

const gb: HelpResource[] = [
  {
    key: "nhs_perinatal",
    name: "NHS: postnatal depression and getting help",
    url: "https://www.nhs.uk/mental-health/conditions/post-natal-depression/overview/",
    description: {
      en: "The NHS guide to depression after having a baby, and how to get help through your GP, midwife or health visitor, who can refer you to specialist perinatal mental health care.",
      es: "La guía del NHS sobre la depresión después de tener un bebé, y cómo pedir ayuda a tu médico de familia, tu partera o matrona, o tu enfermera (health visitor), que pueden derivarte a atención especializada en salud mental perinatal.",
    },
    source: "nhsPostnatalDepression",
  },
  {
    key: "pandas",
    name: "PANDAS Foundation",
    url: "https://pandasfoundation.org.uk/",
    description: {
      en: "A UK charity supporting parents, carers and their families through perinatal mental illness, with peer support groups and a text service.",
      es: "Una organización benéfica del Reino Unido que apoya a madres, padres, cuidadores y familias ante las enfermedades mentales perinatales, con grupos de apoyo entre pares y un servicio de mensajes.",
    },
    source: "pandasFoundation",
  },
  {
    key: "apni",
    name: "Association for Post Natal Illness",
    url: "https://apni.org/",
    description: {
      en: "A UK charity for mothers with postnatal illness, with a helpline, information, and volunteers who have been through it themselves.",
      es: "Una organización benéfica del Reino Unido para madres con enfermedad mental posparto, con una línea de ayuda, información y voluntarias que han pasado por lo mismo.",
    },
    source: "associationForPostNatalIllness",
  },
  {
    key: "mind",
    name: "Mind",
    url: "https://www.mind.org.uk/",
    description: {
      en: "A mental health charity with plain information on postnatal depression and perinatal mental health, and where to find support.",
      es: "Una organización benéfica de salud mental con información clara sobre la depresión posparto y la salud mental perinatal, y dónde encontrar apoyo.",
    },
    source: "mind",
  },
  {
    key: "tommys",
    name: "Tommy's",
    url: "https://www.tommys.org/",
    description: {
      en: "A pregnancy and baby charity with information and support on mental health in pregnancy and after birth.",
      es: "Una organización benéfica sobre embarazo y bebés con información y apoyo sobre la salud mental en el embarazo y después del parto.",
    },
    source: "tommys",
  },
  {
    key: "app",
    name: "Action on Postpartum Psychosis",
    url: "https://www.app-network.org/",
    description: {
      en: "A charity for women and families affected by postpartum psychosis, with information and peer support.",
      es: "Una organización benéfica para mujeres y familias afectadas por la psicosis posparto, con información y apoyo entre pares.",
    },
    source: "actionOnPostpartumPsychosis",
  },
];

export const helpResources: Readonly<Record<HelpRegion, readonly HelpResource[]>> = {
  US: us,
  GB: gb,
  IE: [],
  ES: [],
  MX: [],
  CA: [],
  AU: [],
};
