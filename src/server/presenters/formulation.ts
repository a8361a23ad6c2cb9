import {
  type DyadFormulation,
  dyadFormulationSchema,
  type FormulationVersion,
  formulationContentSchema,
  formulationVersionSchema,
} from "../../contract/case-file.js";
import type {
  DyadFormulation as DyadFormulationRow,
  FormulationVersion as FormulationVersionRow,
} from "../../db/repositories/formulations.js";

export { dyadFormulationSchema, formulationContentSchema, formulationVersionSchema };

export function formulationVersionView(v: FormulationVersionRow): FormulationVersion {
  return {
    id: v.id,
    caregiverId: v.caregiverId,
    babyId: v.babyId,
    version: v.version,
    content: v.content,
    author: v.author,
    savedAt: new Date(v.savedAt).toISOString(),
  };
}

export function dyadFormulationView(d: DyadFormulationRow): DyadFormulation {
  return {
    caregiver: d.caregiver,
    baby: d.baby,
    latest: formulationVersionView(d.latest),
    versions: d.versions,
  };
}
