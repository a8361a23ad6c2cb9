import type {
  Approach,
  CredentialType,
  FocusArea,
  InsurancePlan,
  ServiceType,
} from "../../domain/directory/taxonomy.js";

/**
 * Words for the directory's vocabulary, in English and Spanish: shown in the app, published as HSDS taxonomy
 * term names, and added to each listing's search text so that searching "lactancia" or "EMDR" finds the
 * listings that hold that term even when their own words do not say it.
 */
export interface TermWords {
  en: string;
  es: string;
}

export const serviceWords: Record<ServiceType, TermWords> = {
  therapy: { en: "Therapy and counselling", es: "Terapia y orientación psicológica" },
  psychiatry: { en: "Psychiatry and medication", es: "Psiquiatría y medicación" },
  lactation: {
    en: "Lactation and feeding support (IBCLC)",
    es: "Apoyo a la lactancia y la alimentación (IBCLC)",
  },
  doula: { en: "Doula", es: "Doula" },
  infant_massage: { en: "Infant massage", es: "Masaje infantil" },
  occupational_therapy: { en: "Occupational therapy", es: "Terapia ocupacional" },
  physical_therapy: { en: "Physical therapy (physiotherapy)", es: "Fisioterapia" },
  craniosacral_therapy: { en: "Craniosacral therapy", es: "Terapia craneosacral" },
  chiropractic: { en: "Chiropractic", es: "Quiropráctica" },
  peer_support: { en: "Peer support", es: "Apoyo entre pares" },
  support_group: { en: "Support group", es: "Grupo de apoyo" },
  other: { en: "Other support", es: "Otro tipo de apoyo" },
};

export const focusWords: Record<FocusArea, TermWords> = {
  birth_trauma: { en: "Birth trauma", es: "Trauma del parto" },
  perinatal_mood_anxiety: {
    en: "Perinatal depression and anxiety",
    es: "Depresión y ansiedad perinatal",
  },
  pregnancy_infant_loss: { en: "Pregnancy and infant loss", es: "Pérdida gestacional y neonatal" },
  infertility: { en: "Infertility", es: "Infertilidad" },
  nicu_families: { en: "NICU families", es: "Familias con bebés en la UCIN" },
  dyadic_infant_mental_health: {
    en: "Parent–infant (dyadic) mental health",
    es: "Salud mental del vínculo madre/padre–bebé",
  },
  fathers_partners: { en: "Fathers and partners", es: "Padres y parejas" },
  lgbtq_families: { en: "LGBTQ+ families", es: "Familias LGBTQ+" },
};

export const credentialWords: Record<CredentialType, TermWords> = {
  pmh_c: {
    en: "PMH-C (perinatal mental health certification)",
    es: "PMH-C (certificación en salud mental perinatal)",
  },
  ibclc: { en: "IBCLC (lactation consultant)", es: "IBCLC (consultora de lactancia)" },
  psychiatrist: { en: "Psychiatrist", es: "Psiquiatra" },
  psychologist: { en: "Psychologist", es: "Psicólogo/a" },
  pmhnp: { en: "Psychiatric nurse practitioner (PMHNP)", es: "Enfermera/o practicante psiquiátrico (PMHNP)" },
  lcsw: {
    en: "Licensed clinical social worker (LCSW)",
    es: "Trabajador/a social clínico con licencia (LCSW)",
  },
  lmft: { en: "Marriage and family therapist (LMFT)", es: "Terapeuta matrimonial y familiar (LMFT)" },
  lpc: {
    en: "Licensed professional counselor (LPC/LMHC)",
    es: "Consejero/a profesional con licencia (LPC/LMHC)",
  },
  midwife: { en: "Midwife", es: "Partera o matrona" },
  nurse: { en: "Registered nurse", es: "Enfermero/a titulado/a" },
  occupational_therapist: { en: "Occupational therapist", es: "Terapeuta ocupacional" },
  physical_therapist: { en: "Physical therapist / physiotherapist", es: "Fisioterapeuta" },
  chiropractor: { en: "Chiropractor", es: "Quiropráctico/a" },
  hcpc_registered: { en: "HCPC registered (UK)", es: "Registrado/a en el HCPC (Reino Unido)" },
  bacp_registered: {
    en: "BACP registered counsellor (UK)",
    es: "Consejero/a registrado/a en la BACP (Reino Unido)",
  },
  nmc_registered: {
    en: "NMC registered nurse or midwife (UK)",
    es: "Enfermera/o, partera o matrona con registro en el NMC (Reino Unido)",
  },
  certified_doula: { en: "Certified doula", es: "Doula certificada" },
  certified_infant_massage: {
    en: "Certified infant massage instructor",
    es: "Instructor/a certificado/a de masaje infantil",
  },
  other_licence: { en: "Other licence or registration", es: "Otra licencia o registro" },
};

export const approachWords: Record<Approach, TermWords> = {
  cbt: { en: "Cognitive behavioural therapy (CBT)", es: "Terapia cognitivo-conductual (TCC)" },
  emdr: { en: "EMDR", es: "EMDR" },
  ipt: { en: "Interpersonal therapy (IPT)", es: "Terapia interpersonal (TIP)" },
  child_parent_psychotherapy: {
    en: "Child-parent psychotherapy (CPP)",
    es: "Psicoterapia niño-progenitor (CPP)",
  },
  act: { en: "Acceptance and commitment therapy (ACT)", es: "Terapia de aceptación y compromiso (ACT)" },
  dbt: { en: "Dialectical behaviour therapy (DBT)", es: "Terapia dialéctico-conductual (DBT)" },
  somatic: { en: "Somatic and body-based therapy", es: "Terapia somática y corporal" },
  psychodynamic: { en: "Psychodynamic therapy", es: "Terapia psicodinámica" },
  mindfulness: { en: "Mindfulness-based therapy", es: "Terapia basada en mindfulness" },
  circle_of_security: { en: "Circle of Security", es: "Círculo de Seguridad" },
  video_feedback: { en: "Video feedback (VIG)", es: "Retroalimentación con video (VIG)" },
  watch_wait_wonder: {
    en: "Watch, Wait and Wonder",
    es: "Observar, esperar y preguntarse (Watch, Wait and Wonder)",
  },
  narrative_exposure: { en: "Narrative exposure therapy", es: "Terapia de exposición narrativa" },
  trauma_focused_cbt: { en: "Trauma-focused CBT", es: "TCC centrada en el trauma" },
};

export const insuranceWords: Record<InsurancePlan, TermWords> = {
  aetna: { en: "Aetna", es: "Aetna" },
  blue_cross_blue_shield: { en: "Blue Cross Blue Shield", es: "Blue Cross Blue Shield" },
  cigna: { en: "Cigna", es: "Cigna" },
  kaiser: { en: "Kaiser Permanente", es: "Kaiser Permanente" },
  medicaid: { en: "Medicaid", es: "Medicaid" },
  medicare: { en: "Medicare", es: "Medicare" },
  tricare: { en: "TRICARE", es: "TRICARE" },
  united_healthcare: { en: "UnitedHealthcare", es: "UnitedHealthcare" },
  nhs: { en: "NHS (free at the point of use)", es: "NHS (gratuito en el punto de atención)" },
  bupa: { en: "Bupa", es: "Bupa" },
  axa_health: { en: "AXA Health", es: "AXA Health" },
  aviva: { en: "Aviva", es: "Aviva" },
  vitality: { en: "Vitality", es: "Vitality" },
  self_pay: { en: "Self-pay", es: "Pago directo" },
};

export const termWords = {
  service: serviceWords,
  focus: focusWords,
  credential: credentialWords,
  approach: approachWords,
  insurance: insuranceWords,
} as const;
