import type {
  Approach,
  CredentialType,
  FocusArea,
  InsurancePlan,
  ServiceType,
} from "../../domain/directory/taxonomy.js";
import { type Bilingual, bilingual } from "../bilingual.js";

/**
 * Words for the directory's vocabulary, in English and Spanish: shown in the app, published as HSDS taxonomy
 * term names, and added to each listing's search text so that searching "lactancia" or "EMDR" finds the
 * listings that hold that term even when their own words do not say it.
 *
 * One row a term: its key (from src/domain/directory/taxonomy.ts), then [English, Spanish]. A new key in the
 * taxonomy does not compile until its row is here.
 */
export type TermWords = Bilingual;

export const serviceWords = bilingual<ServiceType>({
  therapy: ["Therapy and counselling", "Terapia y orientación psicológica"],
  psychiatry: ["Psychiatry and medication", "Psiquiatría y medicación"],
  lactation: ["Lactation and feeding support (IBCLC)", "Apoyo a la lactancia y la alimentación (IBCLC)"],
  doula: ["Doula", "Doula"],
  infant_massage: ["Infant massage", "Masaje infantil"],
  occupational_therapy: ["Occupational therapy", "Terapia ocupacional"],
  physical_therapy: ["Physical therapy (physiotherapy)", "Fisioterapia"],
  craniosacral_therapy: ["Craniosacral therapy", "Terapia craneosacral"],
  chiropractic: ["Chiropractic", "Quiropráctica"],
  peer_support: ["Peer support", "Apoyo entre pares"],
  support_group: ["Support group", "Grupo de apoyo"],
  other: ["Other support", "Otro tipo de apoyo"],
});

export const focusWords = bilingual<FocusArea>({
  birth_trauma: ["Birth trauma", "Trauma del parto"],
  perinatal_mood_anxiety: ["Perinatal depression and anxiety", "Depresión y ansiedad perinatal"],
  pregnancy_infant_loss: ["Pregnancy and infant loss", "Pérdida gestacional y neonatal"],
  infertility: ["Infertility", "Infertilidad"],
  nicu_families: ["NICU families", "Familias con bebés en la UCIN"],
  dyadic_infant_mental_health: [
    "Parent–infant (dyadic) mental health",
    "Salud mental del vínculo madre/padre–bebé",
  ],
  fathers_partners: ["Fathers and partners", "Padres y parejas"],
  lgbtq_families: ["LGBTQ+ families", "Familias LGBTQ+"],
});

export const credentialWords = bilingual<CredentialType>({
  pmh_c: ["PMH-C (perinatal mental health certification)", "PMH-C (certificación en salud mental perinatal)"],
  ibclc: ["IBCLC (lactation consultant)", "IBCLC (consultora de lactancia)"],
  psychiatrist: ["Psychiatrist", "Psiquiatra"],
  psychologist: ["Psychologist", "Psicólogo/a"],
  pmhnp: ["Psychiatric nurse practitioner (PMHNP)", "Enfermera/o practicante psiquiátrico (PMHNP)"],
  lcsw: ["Licensed clinical social worker (LCSW)", "Trabajador/a social clínico con licencia (LCSW)"],
  lmft: ["Marriage and family therapist (LMFT)", "Terapeuta matrimonial y familiar (LMFT)"],
  lpc: ["Licensed professional counselor (LPC/LMHC)", "Consejero/a profesional con licencia (LPC/LMHC)"],
  midwife: ["Midwife", "Partera o matrona"],
  nurse: ["Registered nurse", "Enfermero/a titulado/a"],
  occupational_therapist: ["Occupational therapist", "Terapeuta ocupacional"],
  physical_therapist: ["Physical therapist / physiotherapist", "Fisioterapeuta"],
  chiropractor: ["Chiropractor", "Quiropráctico/a"],
  hcpc_registered: ["HCPC registered (UK)", "Registrado/a en el HCPC (Reino Unido)"],
  bacp_registered: ["BACP registered counsellor (UK)", "Consejero/a registrado/a en la BACP (Reino Unido)"],
  nmc_registered: [
    "NMC registered nurse or midwife (UK)",
    "Enfermera/o, partera o matrona con registro en el NMC (Reino Unido)",
  ],
  certified_doula: ["Certified doula", "Doula certificada"],
  certified_infant_massage: [
    "Certified infant massage instructor",
    "Instructor/a certificado/a de masaje infantil",
  ],
  other_licence: ["Other licence or registration", "Otra licencia o registro"],
});

export const approachWords = bilingual<Approach>({
  cbt: ["Cognitive behavioural therapy (CBT)", "Terapia cognitivo-conductual (TCC)"],
  emdr: ["EMDR", "EMDR"],
  ipt: ["Interpersonal therapy (IPT)", "Terapia interpersonal (TIP)"],
  child_parent_psychotherapy: ["Child-parent psychotherapy (CPP)", "Psicoterapia niño-progenitor (CPP)"],
  act: ["Acceptance and commitment therapy (ACT)", "Terapia de aceptación y compromiso (ACT)"],
  dbt: ["Dialectical behaviour therapy (DBT)", "Terapia dialéctico-conductual (DBT)"],
  somatic: ["Somatic and body-based therapy", "Terapia somática y corporal"],
  psychodynamic: ["Psychodynamic therapy", "Terapia psicodinámica"],
  mindfulness: ["Mindfulness-based therapy", "Terapia basada en mindfulness"],
  circle_of_security: ["Circle of Security", "Círculo de Seguridad"],
  video_feedback: ["Video feedback (VIG)", "Retroalimentación con video (VIG)"],
  watch_wait_wonder: ["Watch, Wait and Wonder", "Observar, esperar y preguntarse (Watch, Wait and Wonder)"],
  narrative_exposure: ["Narrative exposure therapy", "Terapia de exposición narrativa"],
  trauma_focused_cbt: ["Trauma-focused CBT", "TCC centrada en el trauma"],
});

export const insuranceWords = bilingual<InsurancePlan>({
  aetna: ["Aetna", "Aetna"],
  blue_cross_blue_shield: ["Blue Cross Blue Shield", "Blue Cross Blue Shield"],
  cigna: ["Cigna", "Cigna"],
  kaiser: ["Kaiser Permanente", "Kaiser Permanente"],
  medicaid: ["Medicaid", "Medicaid"],
  medicare: ["Medicare", "Medicare"],
  tricare: ["TRICARE", "TRICARE"],
  united_healthcare: ["UnitedHealthcare", "UnitedHealthcare"],
  nhs: ["NHS (free at the point of use)", "NHS (gratuito en el punto de atención)"],
  bupa: ["Bupa", "Bupa"],
  axa_health: ["AXA Health", "AXA Health"],
  aviva: ["Aviva", "Aviva"],
  vitality: ["Vitality", "Vitality"],
  self_pay: ["Self-pay", "Pago directo"],
});

export const termWords = {
  service: serviceWords,
  focus: focusWords,
  credential: credentialWords,
  approach: approachWords,
  insurance: insuranceWords,
} as const;
