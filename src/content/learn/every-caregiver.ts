import { h, list, p } from "./blocks.js";
import type { Article } from "./types.js";

export const everyCaregiver: Article = {
  slug: "bonding-for-every-caregiver",
  topic: "caregivers",
  minutes: 2,
  title: {
    en: "Bonding for fathers, partners, adoptive parents and grandparents",
    es: "El vínculo también es para padres, parejas, familias adoptivas y abuelos",
  },
  summary: {
    en: "Every caregiver builds a bond with a baby the same way: through hands-on, responsive care, whoever gave birth.",
    es: "Cualquier persona que cuida construye el vínculo con un bebé de la misma manera: con cuidado cercano y atento, sin importar quién dio a luz.",
  },
  body: {
    en: [
      p(
        "A lot of writing about babies speaks only to the person who gave birth. But babies form attachments to the people who care for them regularly, and most have more than one. In a classic Scottish study, Rudolph Schaffer and Peggy Emerson found that by about a year and a half, most babies had several people they were attached to, often including fathers, grandparents and older siblings.",
      ),
      h("Care builds the bond"),
      p(
        "Bonding is not only about birth or biology. Ruth Feldman's team studied fathers who were their babies' main caregivers. Their brains responded to their babies in ways much like mothers' brains, and across all the fathers, the more time they spent in hands-on care, the stronger some of these responses were. Holding, feeding, bathing and soothing a baby seem to shape the parent as much as the baby.",
      ),
      h("Some ideas, role by role"),
      list(
        "Fathers and partners: take on whole routines, like the bath or the first change of the morning, so that they become yours. Skin-to-skin is not only for the birth parent.",
        "Adoptive and foster parents: a baby who has already changed caregivers may take time to trust, and may not reach out for comfort even when upset. Offering comfort anyway helps them learn it is there. Studies of babies in foster care found that many grew secure attachments with their new caregivers.",
        "Grandparents and other relatives: a familiar person who comes often can become one of a baby's safe people. Following the parents' routines helps the baby feel at home with you.",
        "Everyone: a baby can love several people without loving anyone less.",
      ),
      p(
        "Sharing care also gives the main caregiver real rest, and gives the baby more than one safe harbor. Each caregiver does things a little differently, and that is fine. A baby can learn that grandma sings and dad hums, and come to look forward to both.",
      ),
      h("Looking after yourself too"),
      p(
        "Fathers, partners and adoptive parents can also feel low or anxious after a baby arrives, and it often goes unnoticed. A review of many studies found that about one in ten fathers had depression during pregnancy or the first year, more often when the mother was depressed too. If you are struggling, the well-being check-ins and help pages in Attune are for you as well.",
      ),
    ],
    es: [
      p(
        "Mucho de lo que se escribe sobre bebés se dirige solo a quien dio a luz. Pero los bebés se apegan a las personas que los cuidan con regularidad, y la mayoría tiene más de una. En un estudio clásico hecho en Escocia, Rudolph Schaffer y Peggy Emerson vieron que, hacia el año y medio, la mayoría de los bebés tenía varias personas de apego, entre ellas a menudo el padre, los abuelos y los hermanos mayores.",
      ),
      h("El cuidado construye el vínculo"),
      p(
        "El vínculo no depende solo del parto ni de la biología. El equipo de Ruth Feldman estudió a padres que eran los principales cuidadores de sus bebés. Su cerebro respondía a sus bebés de forma muy parecida al de las madres y, en todos los padres del estudio, cuanto más tiempo dedicaban a cuidar directamente, más fuertes eran algunas de esas respuestas. Sostener, dar de comer, bañar y calmar a un bebé parece transformar a quien cuida tanto como al bebé.",
      ),
      h("Algunas ideas según tu papel"),
      list(
        "Padres y parejas: hazte cargo de rutinas completas, como el baño o el primer cambio de la mañana, para que sean tuyas. El piel con piel no es solo para quien dio a luz.",
        "Familias adoptivas y de acogida: un bebé que ya ha cambiado de cuidadores puede tardar en confiar, y quizá no busque consuelo aunque esté mal. Ofrecérselo de todos modos lo ayuda a aprender que está ahí. Estudios con bebés en acogida encontraron que muchos llegaron a formar un apego seguro con sus nuevos cuidadores.",
        "Abuelas, abuelos y otros familiares: una persona conocida que viene a menudo puede convertirse en uno de los refugios del bebé. Seguir las rutinas de la familia lo ayuda a sentirse en casa contigo.",
        "Para todo el mundo: un bebé puede querer a varias personas sin querer menos a nadie.",
      ),
      p(
        "Compartir el cuidado también da un descanso de verdad a quien más cuida, y le da al bebé más de un puerto seguro. Cada persona hace las cosas un poco a su manera, y no pasa nada. Un bebé puede aprender que la abuela canta y papá tararea, y esperar con ganas las dos cosas.",
      ),
      h("Cuídate también"),
      p(
        "Los padres, las parejas y las familias adoptivas también pueden sentirse tristes o con ansiedad tras la llegada de un bebé, y muchas veces pasa desapercibido. Una revisión de muchos estudios encontró que alrededor de uno de cada diez padres tuvo depresión durante el embarazo o el primer año, con más frecuencia cuando la madre también la tenía. Si lo estás pasando mal, las revisiones de bienestar y las páginas de ayuda de Attune también son para ti.",
      ),
    ],
  },
  sources: ["schafferEmerson1964", "abraham2014", "dozier2001", "paulsonBazemore2010"],
};
