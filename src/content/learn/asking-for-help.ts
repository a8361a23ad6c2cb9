import { h, list, p } from "./blocks.js";
import type { Article } from "./types.js";

export const askingForHelp: Article = {
  slug: "asking-for-help",
  topic: "wellbeing",
  minutes: 2,
  title: {
    en: "When and how to ask for help",
    es: "Cuándo y cómo pedir ayuda",
  },
  summary: {
    en: "Depression and anxiety around pregnancy and after birth are common and treatable, and reaching out is a strong thing to do.",
    es: "La depresión y la ansiedad en el embarazo y después del parto son frecuentes y tienen tratamiento, y pedir ayuda es un gesto de fortaleza.",
  },
  body: {
    en: [
      p(
        "Having a baby changes almost everything at once: your body, your sleep, your relationships, your sense of who you are. It is no wonder that many parents struggle with their mood or their worries along the way. Clinicians call these struggles perinatal mood and anxiety disorders. They can affect mothers, fathers, partners and adoptive parents, during pregnancy or at any point in the first year or so.",
      ),
      h("What it can feel like"),
      list(
        "Feeling low, empty or tearful most days, for more than two weeks.",
        "Losing interest in things, or feeling very little for your baby.",
        "Worry that will not switch off, a racing mind, or feeling on edge all the time.",
        "Frightening, unwanted thoughts or pictures of harm coming to your baby, which upset you.",
        "Panic, irritability or anger that does not feel like you.",
        "Not sleeping even when your baby sleeps, or not eating.",
        "Reliving a hard birth, or avoiding anything that brings it back.",
        "Thinking that you would be better off gone, or that your family would.",
      ),
      p(
        "The “baby blues”, a spell of tearfulness and mood swings in the first days after birth, are very common and usually pass within about two weeks. When feelings last longer, start later, or get in the way of daily life, that is a good time to reach out.",
      ),
      h("Common, and treatable"),
      p(
        "Depression affects more than one in ten mothers in pregnancy or the year after birth, anxiety is about as common, and around one in ten fathers goes through depression in that time too. It is not a sign of weakness or of being a bad parent. Talking therapies help, peer support helps, and some medicines can be used in pregnancy and while breastfeeding; a doctor can go through the options with you. Most people recover, and support that comes early often makes the road shorter.",
      ),
      h("Who to talk to"),
      list(
        "Your midwife, obstetrician, nurse, family doctor, or your baby's doctor or health visitor. They ask about mood because it matters, not to judge you.",
        "A therapist or counselor who works with new parents. Attune's directory lists perinatal providers.",
        "A perinatal support line or a peer support group.",
        "Someone you trust, who can sit with you while you make the call.",
      ),
      p(
        "If you ever have thoughts of harming yourself or your baby, or feel you cannot keep yourself or your baby safe, get help straight away. Tap “Need help now?” in Attune to see crisis lines where you live, or call your local emergency number.",
      ),
    ],
    es: [
      p(
        "Tener un bebé lo cambia casi todo a la vez: tu cuerpo, tu sueño, tus relaciones, tu idea de quién eres. No es raro que muchas madres y padres pasen por momentos difíciles con su estado de ánimo o sus preocupaciones. En la consulta a esto se le llama trastornos perinatales del estado de ánimo y de ansiedad. Pueden afectar a madres, padres, parejas y familias adoptivas, durante el embarazo o en cualquier momento del primer año, más o menos.",
      ),
      h("Cómo se puede sentir"),
      list(
        "Tristeza, vacío o ganas de llorar casi todos los días, durante más de dos semanas.",
        "Perder el interés por las cosas, o sentir muy poco por tu bebé.",
        "Una preocupación que no se apaga, la cabeza a mil o la sensación de estar siempre en tensión.",
        "Pensamientos o imágenes no deseados de que a tu bebé le pasa algo malo, que te asustan y te angustian.",
        "Pánico, irritabilidad o rabia que no parecen propios de ti.",
        "No poder dormir aunque tu bebé duerma, o no comer.",
        "Revivir un parto difícil, o evitar todo lo que te lo recuerde.",
        "Pensar que sería mejor no estar aquí, o que tu familia estaría mejor sin ti.",
      ),
      p(
        "La «tristeza posparto», unos días de llanto fácil y cambios de humor después del parto, es muy frecuente y suele pasar en unas dos semanas. Si lo que sientes dura más, empieza más tarde o te impide llevar el día a día, es un buen momento para pedir ayuda.",
      ),
      h("Frecuente y con tratamiento"),
      p(
        "La depresión afecta a más de una de cada diez madres durante el embarazo o el año siguiente al parto, la ansiedad es casi igual de frecuente, y alrededor de uno de cada diez padres también pasa por una depresión en esa etapa. No es una señal de debilidad ni de ser mala madre o mal padre. La terapia ayuda, el apoyo de otras familias ayuda, y hay medicamentos que se pueden usar en el embarazo y durante la lactancia; tu médico puede repasar las opciones contigo. La mayoría de las personas se recupera, y pedir apoyo pronto suele acortar el camino.",
      ),
      h("Con quién hablar"),
      list(
        "Tu partera o matrona, tu obstetra, el personal de enfermería, tu médico de familia o el pediatra de tu bebé. Preguntan por tu estado de ánimo porque importa, no para juzgarte.",
        "Una terapeuta o un terapeuta que trabaje con familias en la etapa perinatal. El directorio de Attune reúne a profesionales de salud mental perinatal.",
        "Una línea de apoyo perinatal o un grupo de apoyo entre iguales.",
        "Alguien de confianza que te acompañe mientras haces la llamada.",
      ),
      p(
        "Si en algún momento piensas en hacerte daño o en hacérselo a tu bebé, o sientes que no puedes mantenerte a salvo a ti o a tu bebé, pide ayuda enseguida. Toca «¿Necesitas ayuda ahora?» en Attune para ver las líneas de crisis de tu zona, o llama al número de emergencias local.",
      ),
    ],
  },
  sources: ["oharaMcCabe2013", "dennis2017", "paulsonBazemore2010", "nhsPostnatalDepression"],
};
