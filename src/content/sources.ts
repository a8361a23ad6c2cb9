/**
 * Every publication that Attune's content cites, in one registry: a source is written once, and a content
 * file that names a key the registry lacks does not compile. Keys are the first author (or the organization)
 * plus the year, in camelCase, kept in alphabetical order.
 */
export interface Source {
  readonly title: string;
  /** Authors as cited, or the organization behind a web page. */
  readonly author: string;
  /** Year of publication; "n.d." for a web page that carries no date. */
  readonly year: number | "n.d.";
  /** Journal with volume and pages, book publisher, or website. */
  readonly published?: string;
  readonly url?: string;
}

export const sources = {
  aapAbusiveHeadTrauma: {
    title: "Abusive Head Trauma: How to Protect Your Baby",
    author: "American Academy of Pediatrics",
    year: "n.d.",
    published: "HealthyChildren.org",
    url: "https://www.healthychildren.org/English/safety-prevention/at-home/pages/Abusive-Head-Trauma-Shaken-Baby-Syndrome.aspx",
  },
  aapFeedingHowOften: {
    title: "How Often and How Much Should Your Baby Eat?",
    author: "American Academy of Pediatrics",
    year: "n.d.",
    published: "HealthyChildren.org",
    url: "https://www.healthychildren.org/English/ages-stages/baby/feeding-nutrition/Pages/How-Often-and-How-Much-Should-Your-Baby-Eat.aspx",
  },
  aapFever: {
    title: "Fever and Your Baby",
    author: "American Academy of Pediatrics",
    year: "n.d.",
    published: "HealthyChildren.org",
  },
  aapStartingSolids: {
    title: "Starting Solid Foods",
    author: "American Academy of Pediatrics",
    year: "n.d.",
    published: "HealthyChildren.org",
    url: "https://www.healthychildren.org/English/ages-stages/baby/feeding-nutrition/Pages/Starting-Solid-Foods.aspx",
  },
  aapSwaddling: {
    title: "Swaddling: Is it Safe?",
    author: "American Academy of Pediatrics",
    year: "n.d.",
    published: "HealthyChildren.org",
    url: "https://www.healthychildren.org/English/ages-stages/baby/diapers-clothing/Pages/Swaddling-Is-it-Safe.aspx",
  },
  aapTummyTime: {
    title: "Back to Sleep, Tummy to Play",
    author: "American Academy of Pediatrics",
    year: "n.d.",
    published: "HealthyChildren.org",
    url: "https://www.healthychildren.org/English/ages-stages/baby/sleep/Pages/Back-to-Sleep-Tummy-to-Play.aspx",
  },
  abraham2014: {
    title: "Father's brain is sensitive to childcare experiences",
    author:
      "Abraham, E., Hendler, T., Shapira-Lichter, I., Kanat-Maymon, Y., Zagoory-Sharon, O., & Feldman, R.",
    year: 2014,
    published: "Proceedings of the National Academy of Sciences, 111(27), 9792-9797",
  },
  actionOnPostpartumPsychosis: {
    title: "Action on Postpartum Psychosis",
    author: "Action on Postpartum Psychosis",
    year: "n.d.",
    url: "https://www.app-network.org/",
  },
  ainsworth1978: {
    title: "Patterns of Attachment: A Psychological Study of the Strange Situation",
    author: "Ainsworth, M. D. S., Blehar, M. C., Waters, E., & Wall, S.",
    year: 1978,
    published: "Lawrence Erlbaum",
  },
  associationForPostNatalIllness: {
    title: "Association for Post Natal Illness",
    author: "Association for Post Natal Illness",
    year: "n.d.",
    url: "https://apni.org/",
  },
  ayers2016: {
    title:
      "The aetiology of post-traumatic stress following childbirth: a meta-analysis and theoretical framework",
    author: "Ayers, S., Bond, R., Bertullies, S., & Wijma, K.",
    year: 2016,
    published: "Psychological Medicine, 46(6), 1121-1134",
  },
  bakemanQuera2011: {
    title: "Sequential Analysis and Observer Agreement in the Behavioral Sciences",
    author: "Bakeman, R., & Quera, V.",
    year: 2011,
    published: "Cambridge University Press",
  },
  barnard1978: {
    title: "Nursing Child Assessment Satellite Training: Learning Resource Manual",
    author: "Barnard, K. E.",
    year: 1978,
    published: "University of Washington, Seattle",
  },
  barr1990: {
    title: "The normal crying curve: what do we really know?",
    author: "Barr, R. G.",
    year: 1990,
    published: "Developmental Medicine and Child Neurology, 32(4), 356-362",
  },
  barr2009: {
    title:
      "Effectiveness of educational materials designed to change knowledge and behaviors regarding crying and shaken-baby syndrome in mothers of newborns: a randomized, controlled trial",
    author: "Barr, R. G., Rivara, F. P., Barr, M., et al.",
    year: 2009,
    published: "Pediatrics, 123(3), 972-980",
  },
  beebe2010: {
    title: "The origins of 12-month attachment: A microanalysis of 4-month mother–infant interaction",
    author:
      "Beebe, B., Jaffe, J., Markese, S., Buck, K., Chen, H., Cohen, P., Bahrick, L., Andrews, H., & Feldstein, S.",
    year: 2010,
    published: "Attachment & Human Development, 12(1–2)",
  },
  beck1979: {
    title: "Cognitive Therapy of Depression",
    author: "Beck, A. T., Rush, A. J., Shaw, B. F., & Emery, G.",
    year: 1979,
    published: "Guilford Press",
  },
  bowlby1988: {
    title: "A Secure Base: Parent-Child Attachment and Healthy Human Development",
    author: "Bowlby, J.",
    year: 1988,
    published: "Basic Books",
  },
  brazelton1973: {
    title: "Neonatal Behavioral Assessment Scale",
    author: "Brazelton, T. B.",
    year: 1973,
    published: "Clinics in Developmental Medicine, No. 50. Heinemann",
  },
  brockington2006: {
    title: "The Postpartum Bonding Questionnaire: a validation",
    author: "Brockington, I. F., Fraser, C., & Wilson, D.",
    year: 2006,
    published: "Archives of Women's Mental Health, 9(5), 233-242",
  },
  brunerSherwood1976: {
    title: "Peekaboo and the learning of rule structures",
    author: "Bruner, J. S., & Sherwood, V.",
    year: 1976,
    published:
      "In J. S. Bruner, A. Jolly & K. Sylva (Eds.), Play: Its Role in Development and Evolution. Penguin",
  },
  canada988: {
    title:
      "Government of Canada launches 9-8-8, a three-digit suicide crisis helpline (news release, 30 November 2023); CRTC Telecom Regulatory Policy 2022-234",
    author: "Public Health Agency of Canada; Canadian Radio-television and Telecommunications Commission",
    year: 2023,
    published: "Government of Canada",
    url: "https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html",
  },
  cannella2005: {
    title: "Maternal-fetal attachment: an integrative review",
    author: "Cannella, B. L.",
    year: 2005,
    published: "Journal of Advanced Nursing, 50(1), 60-68",
  },
  cdcAbusiveHeadTrauma: {
    title: "Preventing Abusive Head Trauma in Children",
    author: "Centers for Disease Control and Prevention",
    year: "n.d.",
    url: "https://www.cdc.gov/violenceprevention/childabuseandneglect/Abusive-Head-Trauma.html",
  },
  childhelpHotline: {
    title: "Childhelp National Child Abuse Hotline: how it works",
    author: "Childhelp",
    year: "n.d.",
    published: "childhelphotline.org",
    url: "https://childhelphotline.org/how-it-works",
  },
  condeAgudelo2016: {
    title: "Kangaroo mother care to reduce morbidity and mortality in low birthweight infants",
    author: "Conde-Agudelo, A., & Díaz-Rossello, J. L.",
    year: 2016,
    published: "Cochrane Database of Systematic Reviews, CD002771",
  },
  condon1985: {
    title: "The parental-foetal relationship: a comparison of male and female expectant parents",
    author: "Condon, J. T.",
    year: 1985,
    published: "Journal of Psychosomatic Obstetrics and Gynaecology, 4(4), 271-284",
  },
  condon1993: {
    title: "The assessment of antenatal emotional attachment: development of a questionnaire instrument",
    author: "Condon, J. T.",
    year: 1993,
    published: "British Journal of Medical Psychology, 66(2), 167-183",
  },
  crtc911: {
    title: "9-1-1 emergency services",
    author: "Canadian Radio-television and Telecommunications Commission",
    year: "n.d.",
  },
  decasperFifer1980: {
    title: "Of human bonding: newborns prefer their mothers' voices",
    author: "DeCasper, A. J., & Fifer, W. P.",
    year: 1980,
    published: "Science, 208(4448), 1174-1176",
  },
  decasperSpence1986: {
    title: "Prenatal maternal speech influences newborns' perception of speech sounds",
    author: "DeCasper, A. J., & Spence, M. J.",
    year: 1986,
    published: "Infant Behavior and Development, 9(2), 133-150",
  },
  dennis2017: {
    title: "Prevalence of antenatal and postnatal anxiety: systematic review and meta-analysis",
    author: "Dennis, C.-L., Falah-Hassani, K., & Shiri, R.",
    year: 2017,
    published: "British Journal of Psychiatry, 210(5), 315-323",
  },
  deWolffVanIjzendoorn1997: {
    title: "Sensitivity and attachment: a meta-analysis on parental antecedents of infant attachment",
    author: "De Wolff, M. S., & van IJzendoorn, M. H.",
    year: 1997,
    published: "Child Development, 68(4), 571-591",
  },
  dozier2001: {
    title: "Attachment for infants in foster care: the role of caregiver state of mind",
    author: "Dozier, M., Stovall, K. C., Albus, K. E., & Bates, B.",
    year: 2001,
    published: "Child Development, 72(5), 1467-1477",
  },
  erlandsson2007: {
    title:
      "Skin-to-skin care with the father after cesarean birth and its effect on newborn crying and prefeeding behavior",
    author: "Erlandsson, K., Dsilna, A., Fagerberg, I., & Christensson, K.",
    year: 2007,
    published: "Birth, 34(2), 105-114",
  },
  esdaileOlson2004: {
    title: "Mothering Occupations: Challenge, Agency, and Participation",
    author: "Esdaile, S. A., & Olson, J. A. (Eds.)",
    year: 2004,
    published: "F. A. Davis",
  },
  esposito2013: {
    title: "Infant calming responses during maternal carrying in humans and mice",
    author: "Esposito, G., Yoshida, S., Ohnishi, R., et al.",
    year: 2013,
    published: "Current Biology, 23(9), 739-745",
  },
  eu112: {
    title: "112, the European emergency number",
    author: "European Commission",
    year: "n.d.",
    url: "https://digital-strategy.ec.europa.eu/en/policies/112",
  },
  fairbrotherWoody2008: {
    title: "New mothers' thoughts of harm related to the newborn",
    author: "Fairbrother, N., & Woody, S. R.",
    year: 2008,
    published: "Archives of Women's Mental Health, 11(3), 221-229",
    url: "https://doi.org/10.1007/s00737-008-0016-7",
  },
  farroni2002: {
    title: "Eye contact detection in humans from birth",
    author: "Farroni, T., Csibra, G., Simion, F., & Johnson, M. H.",
    year: 2002,
    published: "Proceedings of the National Academy of Sciences, 99(14), 9602-9605",
  },
  feldman1998: {
    title: "Coding Interactive Behavior manual",
    author: "Feldman, R.",
    year: 1998,
    published: "Unpublished manual, Bar-Ilan University",
  },
  feldman2007: {
    title:
      "Parent-infant synchrony and the construction of shared timing; physiological precursors, developmental outcomes, and risk conditions",
    author: "Feldman, R.",
    year: 2007,
    published: "Journal of Child Psychology and Psychiatry, 48(3-4), 329-354",
  },
  feldman2014: {
    title:
      "Maternal-preterm skin-to-skin contact enhances child physiologic organization and cognitive control across the first 10 years of life",
    author: "Feldman, R., Rosenthal, Z., & Eidelman, A. I.",
    year: 2014,
    published: "Biological Psychiatry, 75(1), 56-64",
  },
  field2010: {
    title: "Preterm infant massage therapy research: a review",
    author: "Field, T., Diego, M., & Hernandez-Reif, M.",
    year: 2010,
    published: "Infant Behavior and Development, 33(2), 115-124",
  },
  filippa2017: {
    title:
      "Systematic review of maternal voice interventions demonstrates increased stability in preterm infants",
    author: "Filippa, M., Panza, C., Ferrari, F., et al.",
    year: 2017,
    published: "Acta Paediatrica, 106(8), 1220-1229",
  },
  findAHelpline: {
    title: "Find A Helpline: free, confidential support lines by country",
    author: "ThroughLine",
    year: "n.d.",
    published: "findahelpline.com",
    url: "https://findahelpline.com/",
  },
  goldstein2003: {
    title: "Social interaction shapes babbling: testing parallels between birdsong and speech",
    author: "Goldstein, M. H., King, A. P., & West, M. J.",
    year: 2003,
    published: "Proceedings of the National Academy of Sciences, 100(13), 8030-8035",
  },
  greenberger2015: {
    title: "Mind Over Mood: Change How You Feel by Changing the Way You Think (2nd ed.)",
    author: "Greenberger, D., & Padesky, C. A.",
    year: 2015,
    published: "Guilford Press",
  },
  harrison2000: {
    title: "Physiologic and behavioral effects of gentle human touch on preterm infants",
    author: "Harrison, L. L., Williams, A. K., Berbaum, M. L., Stem, J. T., & Leeper, J.",
    year: 2000,
    published: "Research in Nursing & Health, 23(6), 435-446",
  },
  harvardServeReturn: {
    title: "Serve and Return",
    author: "Center on the Developing Child at Harvard University",
    year: "n.d.",
    published: "developingchild.harvard.edu",
  },
  healthdirectCare: {
    title: "What care do I need?",
    author: "healthdirect Australia",
    year: "n.d.",
    url: "https://www.healthdirect.gov.au/what-care-do-i-need",
  },
  healthLinkBc811: {
    title: "HealthLink BC: call 8-1-1",
    author: "HealthLink BC",
    year: "n.d.",
    url: "https://www.healthlinkbc.ca/",
  },
  healthwiseOverstimulated: {
    title: "Crying: Tired or Overstimulated",
    author: "Healthwise Staff",
    year: 2017,
    published: "Healthwise Knowledgebase",
  },
  high2014: {
    title: "Literacy promotion: an essential component of primary care pediatric practice",
    author: "High, P. C., Klass, P., & Council on Early Childhood",
    year: 2014,
    published: "Pediatrics, 134(2), 404-409",
  },
  hirshkowitz2015: {
    title: "National Sleep Foundation's sleep time duration recommendations: methodology and results summary",
    author: "Hirshkowitz, M., Whiton, K., Albert, S. M., et al.",
    year: 2015,
    published: "Sleep Health, 1(1), 40-43",
  },
  hrsaMaternalMentalHealthHotline: {
    title: "National Maternal Mental Health Hotline",
    author: "Health Resources and Services Administration",
    year: "n.d.",
    url: "https://mchb.hrsa.gov/national-maternal-mental-health-hotline",
  },
  hseEmergency: {
    title: "When to call 112 or 999",
    author: "Health Service Executive (HSE)",
    year: "n.d.",
    url: "https://www2.hse.ie/emergencies/when-to-call-112-or-999/",
  },
  hunzikerBarr1986: {
    title: "Increased carrying reduces infant crying: a randomized controlled trial",
    author: "Hunziker, U. A., & Barr, R. G.",
    year: 1986,
    published: "Pediatrics, 77(5), 641-648",
  },
  iconCope: {
    title: "ICON: Babies cry, you can cope!",
    author: "ICON",
    year: "n.d.",
    url: "https://iconcope.org/",
  },
  kuhl2004: {
    title: "Early language acquisition: cracking the speech code",
    author: "Kuhl, P. K.",
    year: 2004,
    published: "Nature Reviews Neuroscience, 5(11), 831-843",
  },
  lamb1982: {
    title: "Early contact and maternal-infant bonding: one decade later",
    author: "Lamb, M. E.",
    year: 1982,
    published: "Pediatrics, 70, 763-768",
  },
  lamb2010: {
    title: "The Role of the Father in Child Development (5th ed.)",
    author: "Lamb, M. E. (Ed.)",
    year: 2010,
    published: "Wiley",
  },
  lifeline988: {
    title: "988 Suicide & Crisis Lifeline",
    author: "988 Suicide & Crisis Lifeline",
    year: "n.d.",
    url: "https://988lifeline.org/",
  },
  lifeline988Spanish: {
    title: "What to expect when you call, text or chat: Spanish-language text (AYUDA) and the press-2 menu",
    author: "988 Suicide & Crisis Lifeline",
    year: "n.d.",
    published: "988lifeline.org",
    url: "https://988lifeline.org/get-help/what-to-expect/",
  },
  lifelineAustralia: {
    title:
      "Lifeline 13 11 14: 24-hour crisis support by phone, text (0477 13 11 14) and chat; accessibility and call costs",
    author: "Lifeline Australia",
    year: "n.d.",
    published: "lifeline.org.au and its member centres",
    url: "https://www.lifeline.org.au/",
  },
  linea024: {
    title: "024: Línea de atención a la conducta suicida",
    author: "Ministerio de Sanidad",
    year: 2022,
    published: "sanidad.gob.es",
    url: "https://www.sanidad.gob.es/linea024/",
  },
  lineaDeLaVida: {
    title:
      "Línea de la Vida 800 911 2000: atención gratuita las 24 horas (Comisión Nacional de Salud Mental y Adicciones)",
    author: "Secretaría de Salud, CONASAMA",
    year: "n.d.",
    published: "gob.mx",
    url: "https://www.gob.mx/salud/conasama",
  },
  meins2001: {
    title:
      "Rethinking maternal sensitivity: mothers' comments on infants' mental processes predict security of attachment at 12 months",
    author: "Meins, E., Fernyhough, C., Fradley, E., & Tuckey, M.",
    year: 2001,
    published: "Journal of Child Psychology and Psychiatry, 42(5), 637-648",
  },
  meltzoffMoore1977: {
    title: "Imitation of facial and manual gestures by human neonates",
    author: "Meltzoff, A. N., & Moore, M. K.",
    year: 1977,
    published: "Science, 198(4312), 75-78",
  },
  mennella2001: {
    title: "Prenatal and postnatal flavor learning by human infants",
    author: "Mennella, J. A., Jagnow, C. P., & Beauchamp, G. K.",
    year: 2001,
    published: "Pediatrics, 107(6), e88",
  },
  mind: {
    title: "Mind, the mental health charity",
    author: "Mind",
    year: "n.d.",
    url: "https://www.mind.org.uk/",
  },
  mindell2009: {
    title: "A nightly bedtime routine: impact on sleep in young children and maternal mood",
    author: "Mindell, J. A., Telofski, L. S., Wiegand, B., & Kurtz, E. S.",
    year: 2009,
    published: "Sleep, 32(5), 599-606",
  },
  moon2022: {
    title:
      "Sleep-related infant deaths: updated 2022 recommendations for reducing infant deaths in the sleep environment",
    author:
      "Moon, R. Y., Carlin, R. F., Hand, I., Task Force on Sudden Infant Death Syndrome, & Committee on Fetus and Newborn",
    year: 2022,
    published: "Pediatrics, 150(1), e2022057990",
  },
  moore2016: {
    title: "Early skin-to-skin contact for mothers and their healthy newborn infants",
    author: "Moore, E. R., Bergman, N., Anderson, G. C., & Medley, N.",
    year: 2016,
    published: "Cochrane Database of Systematic Reviews, CD003519",
  },
  muller2013: {
    title: "Baby Talk: Nonverbal Infant Communication",
    author: "Muller, R. T.",
    year: 2013,
    published: "Psychology Today, Talking About Trauma",
    url: "https://www.psychologytoday.com/blog/talking-about-trauma/201311/baby-talk-nonverbal-infant-communication",
  },
  mx911: {
    title: "911 Emergencias: Número Único de Atención de Llamadas de Emergencia",
    author: "Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública",
    year: "n.d.",
  },
  nhs111: {
    title: "When to use 111",
    author: "NHS",
    year: "n.d.",
    url: "https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/",
  },
  nhs999: {
    title: "When to call 999",
    author: "NHS",
    year: "n.d.",
    url: "https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/",
  },
  nhsChoking: {
    title: "How to stop a child from choking",
    author: "NHS",
    year: "n.d.",
    url: "https://www.nhs.uk/conditions/baby/first-aid-and-safety/first-aid/how-to-stop-a-child-from-choking/",
  },
  nhsDiarrhoeaVomiting: {
    title: "Diarrhoea and vomiting",
    author: "NHS",
    year: "n.d.",
    url: "https://www.nhs.uk/conditions/diarrhoea-and-vomiting/",
  },
  nhsFeverChildren: {
    title: "High temperature (fever) in children",
    author: "NHS",
    year: "n.d.",
    url: "https://www.nhs.uk/conditions/fever-in-children/",
  },
  nhsHelpingBabySleep: {
    title: "Helping your baby to sleep",
    author: "NHS",
    year: "n.d.",
    url: "https://www.nhs.uk/conditions/baby/caring-for-a-newborn/helping-your-baby-to-sleep/",
  },
  nhsMeningitis: {
    title: "Meningitis",
    author: "NHS",
    year: "n.d.",
    url: "https://www.nhs.uk/conditions/meningitis/",
  },
  nhsPostnatalDepression: {
    title: "Postnatal depression",
    author: "NHS",
    year: "n.d.",
    url: "https://www.nhs.uk/mental-health/conditions/post-natal-depression/overview/",
  },
  nhsSeriousIllness: {
    title: "Is your baby or toddler seriously ill?",
    author: "NHS",
    year: "n.d.",
    url: "https://www.nhs.uk/conditions/baby/health/is-your-baby-or-toddler-seriously-ill/",
  },
  nhsUrgentMentalHealth: {
    title: "Where to get urgent help for mental health",
    author: "NHS",
    year: "n.d.",
    url: "https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/",
  },
  niceNg143: {
    title: "Fever in under 5s: assessment and initial management (NG143)",
    author: "National Institute for Health and Care Excellence",
    year: 2019,
    url: "https://www.nice.org.uk/guidance/ng143",
  },
  nspccHelpline: {
    title: "NSPCC Helpline: support for adults worried about a child, and advice for parents and carers",
    author: "NSPCC",
    year: "n.d.",
    published: "nspcc.org.uk",
    url: "https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/nspcc-helpline/",
  },
  obrien2018: {
    title:
      "Effectiveness of Family Integrated Care in neonatal intensive care units on infant and parent outcomes: a multicentre, multinational, cluster-randomised controlled trial",
    author: "O'Brien, K., Robson, K., Bracht, M., et al.",
    year: 2018,
    published: "The Lancet Child & Adolescent Health, 2(4), 245-254",
  },
  oharaMcCabe2013: {
    title: "Postpartum depression: current status and future directions",
    author: "O'Hara, M. W., & McCabe, J. E.",
    year: 2013,
    published: "Annual Review of Clinical Psychology, 9, 379-407",
  },
  pandaHelpline: {
    title: "PANDA National Perinatal Mental Health Helpline 1300 726 306",
    author: "Perinatal Anxiety & Depression Australia (PANDA)",
    year: "n.d.",
    published: "panda.org.au",
    url: "https://panda.org.au/about",
  },
  pandasFoundation: {
    title: "PANDAS Foundation: perinatal mental health support",
    author: "PANDAS Foundation",
    year: "n.d.",
    url: "https://pandasfoundation.org.uk/",
  },
  paruthi2016: {
    title:
      "Recommended amount of sleep for pediatric populations: a consensus statement of the American Academy of Sleep Medicine",
    author: "Paruthi, S., Brooks, L. J., D'Ambrosio, C., et al.",
    year: 2016,
    published: "Journal of Clinical Sleep Medicine, 12(6), 785-786",
  },
  paulsonBazemore2010: {
    title:
      "Prenatal and postpartum depression in fathers and its association with maternal depression: a meta-analysis",
    author: "Paulson, J. F., & Bazemore, S. D.",
    year: 2010,
    published: "JAMA, 303(19), 1961-1969",
  },
  piaget1954: {
    title: "The Construction of Reality in the Child",
    author: "Piaget, J.",
    year: 1954,
    published: "Basic Books",
  },
  pierce2009: {
    title: "Co-occupation: the challenges of defining concepts original to occupational science",
    author: "Pierce, D.",
    year: 2009,
    published: "Journal of Occupational Science, 16(3), 203-207",
  },
  postpartumSupportInternational: {
    title: "Postpartum Support International HelpLine",
    author: "Postpartum Support International",
    year: "n.d.",
    url: "https://postpartum.net/",
  },
  purpleCrying: {
    title: "The Period of PURPLE Crying",
    author: "National Center on Shaken Baby Syndrome",
    year: "n.d.",
    url: "https://www.purplecrying.info/",
  },
  queenslandHealthFeedingCues: {
    title: "Baby feeding cues (signs): early, mid and late cues",
    author: "Queensland Health",
    year: 2017,
    published: "State of Queensland (Queensland Health), poster",
  },
  ramirezEsparza2014: {
    title:
      "Look who's talking: speech style and social context in language input to infants are linked to concurrent and future speech development",
    author: "Ramírez-Esparza, N., García-Sierra, A., & Kuhl, P. K.",
    year: 2014,
    published: "Developmental Science, 17(6), 880-891",
  },
  robsonKumar1980: {
    title: "Delayed onset of maternal affection after childbirth",
    author: "Robson, K. M., & Kumar, R.",
    year: 1980,
    published: "British Journal of Psychiatry, 136, 347-353",
    url: "https://pubmed.ncbi.nlm.nih.gov/7388242/",
  },
  samaritans: {
    title: "Contact Samaritans",
    author: "Samaritans",
    year: "n.d.",
    url: "https://www.samaritans.org/",
  },
  samaritansIreland: {
    title:
      "Samaritans Ireland: free helpline 116 123, every day, 24 hours (Dáil written answer, 10 December 2013; Samaritans, 16 December 2015)",
    author: "Samaritans; Houses of the Oireachtas",
    year: "n.d.",
    published: "samaritans.org",
    url: "https://www.samaritans.org/ireland/samaritans-ireland/",
  },
  schafferEmerson1964: {
    title: "The development of social attachments in infancy",
    author: "Schaffer, H. R., & Emerson, P. E.",
    year: 1964,
    published: "Monographs of the Society for Research in Child Development, 29(3)",
  },
  shenfield2003: {
    title: "Maternal singing modulates infant arousal",
    author: "Shenfield, T., Trehub, S. E., & Nakata, T.",
    year: 2003,
    published: "Psychology of Music, 31(4), 365-375",
  },
  shout85258: {
    title: "Shout 85258: frequently asked questions (updated 4 November 2024)",
    author: "Shout (Mental Health Innovations)",
    year: 2024,
    published: "giveusashout.org",
    url: "https://giveusashout.org/about-us/faq/",
  },
  stern1985: {
    title: "The Interpersonal World of the Infant",
    author: "Stern, D. N.",
    year: 1985,
    published: "Basic Books",
  },
  sumnerSpietz1994: {
    title: "NCAST Caregiver/Parent-Child Interaction Feeding Manual",
    author: "Sumner, G., & Spietz, A.",
    year: 1994,
    published: "NCAST Publications, University of Washington",
  },
  text50808: {
    title: "50808: free 24/7 crisis text service, funded by the HSE",
    author: "50808; Health Service Executive",
    year: "n.d.",
    published: "text50808.ie",
    url: "https://text50808.ie/",
  },
  tomasello2007: {
    title: "A new look at infant pointing",
    author: "Tomasello, M., Carpenter, M., & Liszkowski, U.",
    year: 2007,
    published: "Child Development, 78(3), 705-722",
  },
  tommys: {
    title: "Tommy's: pregnancy and baby charity",
    author: "Tommy's",
    year: "n.d.",
    url: "https://www.tommys.org/",
  },
  trehubTrainor1998: {
    title: "Singing to infants: lullabies and play songs",
    author: "Trehub, S. E., & Trainor, L. J.",
    year: 1998,
    published: "Advances in Infancy Research, 12, 43-77",
  },
  tronick1978: {
    title: "The infant's response to entrapment between contradictory messages in face-to-face interaction",
    author: "Tronick, E., Als, H., Adamson, L., Wise, S., & Brazelton, T. B.",
    year: 1978,
    published: "Journal of the American Academy of Child Psychiatry, 17(1), 1-13",
  },
  tronick1989: {
    title: "Emotions and emotional communication in infants",
    author: "Tronick, E. Z.",
    year: 1989,
    published: "American Psychologist, 44(2), 112-119",
  },
  tronickGianino1986: {
    title: "Interactive mismatch and repair: challenges to the coping infant",
    author: "Tronick, E. Z., & Gianino, A.",
    year: 1986,
    published: "Zero to Three, 6(3), 1-6",
  },
  underdown2006: {
    title: "Massage intervention for promoting mental and physical health in infants aged under six months",
    author: "Underdown, A., Barlow, J., Chung, V., & Stewart-Brown, S.",
    year: 2006,
    published: "Cochrane Database of Systematic Reviews, CD005038",
  },
  us911: {
    title: "911.gov",
    author: "National 911 Program",
    year: "n.d.",
    url: "https://www.911.gov/",
  },
  weinbergTronick1999: {
    title: "Infant and Caregiver Engagement Phases (ICEP) coding manual",
    author: "Weinberg, M. K., & Tronick, E. Z.",
    year: 1999,
    published: "Unpublished manual, Children's Hospital and Harvard Medical School, Boston",
  },
  winnicott1953: {
    title: "Transitional objects and transitional phenomena",
    author: "Winnicott, D. W.",
    year: 1953,
    published: "International Journal of Psycho-Analysis, 34, 89-97",
  },
  winnicott1964: {
    title: "The Child, the Family, and the Outside World",
    author: "Winnicott, D. W.",
    year: 1964,
    published: "Penguin",
  },
  zentnerEerola2010: {
    title: "Rhythmic engagement with music in infancy",
    author: "Zentner, M., & Eerola, T.",
    year: 2010,
    published: "Proceedings of the National Academy of Sciences, 107(13), 5768-5773",
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof sources;
