import type { Localized } from "./learn/types.js";
import { sources } from "./sources.js";

/**
 * What a thought record is, for the caregiver about to write one: a few plain paragraphs in English and
 * Spanish, written in Attune's own words from the sources below. Facts only: where the tool comes from, what
 * its columns are, what it is not. The tone never grades: there is no right answer and a half-filled record
 * is fine. The sources are the registry's own entries (sources.ts), where every source is written once.
 */
export const thoughtRecordSources = {
  beck1979: sources.beck1979,
  greenberger2015: sources.greenberger2015,
} as const;
export type ThoughtRecordSourceKey = keyof typeof thoughtRecordSources;

export interface ThoughtRecordGuide {
  readonly heading: Localized;
  readonly paragraphs: readonly Localized[];
  /** Said last and set apart: a hard thought about harm goes to help, not to a worksheet. */
  readonly safety: Localized;
  readonly sources: readonly ThoughtRecordSourceKey[];
}

export const thoughtRecordGuide: ThoughtRecordGuide = {
  heading: { en: "What is a thought record?", es: "¿Qué es un registro de pensamientos?" },
  paragraphs: [
    {
      en: "When something hard happens, a thought often arrives on its own, quick and sure of itself: “I'm getting this all wrong.” Cognitive therapy, developed by the psychiatrist Aaron Beck, calls these automatic thoughts. They can feel like facts, especially when you are short of sleep, and they shape how you feel.",
      es: "Cuando pasa algo difícil, a menudo llega un pensamiento por sí solo, rápido y muy seguro: «Lo estoy haciendo todo mal». La terapia cognitiva, desarrollada por el psiquiatra Aaron Beck, llama a estos pensamientos automáticos. Pueden parecer hechos, sobre todo cuando te falta el sueño, e influyen en cómo te sientes.",
    },
    {
      en: "A thought record is a worksheet from that therapy. You note the moment, the thought, and what you felt and how strongly, from 0 to 100. Then you look at what supports the thought and what doesn't, and try a kinder, more balanced thought that takes in all of it. Last, you notice how strong the feelings are now. The columns here follow the book Mind Over Mood by Dennis Greenberger and Christine Padesky.",
      es: "Un registro de pensamientos es una hoja de trabajo de esa terapia. Anotas el momento, el pensamiento y lo que sentiste y con qué fuerza, de 0 a 100. Después miras qué apoya ese pensamiento y qué no, y pruebas un pensamiento más amable y equilibrado que tenga en cuenta todo. Por último, te fijas en la fuerza que tienen ahora esas emociones. Las columnas siguen el libro Mind Over Mood, de Dennis Greenberger y Christine Padesky.",
    },
    {
      en: "It isn't about thinking positively or talking yourself out of something that really is hard. It is a way to slow a thought down and look at it, the way you might with a friend's. There are no right answers. It is fine if the feelings hardly change, and fine to fill in only part and come back later.",
      es: "No se trata de pensar en positivo ni de quitarle importancia a algo que de verdad es difícil. Es una forma de frenar un pensamiento y mirarlo con calma, como harías con el de una amiga o un amigo. No hay respuestas correctas. Está bien si las emociones apenas cambian, y está bien completar solo una parte y volver más tarde.",
    },
  ],
  safety: {
    en: "This is a tool, not therapy or a diagnosis. If you have thoughts of harming yourself or your baby, or feel you cannot keep yourself or your baby safe, you don't need to work through that here: get help straight away.",
    es: "Es una herramienta, no una terapia ni un diagnóstico. Si tienes pensamientos de hacerte daño o de hacer daño a tu bebé, o sientes que no puedes mantenerte a salvo a ti o a tu bebé, no tienes que trabajarlo aquí: pide ayuda ahora mismo.",
  },
  sources: ["beck1979", "greenberger2015"],
};
