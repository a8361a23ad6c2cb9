// Which detail fields each type of entry has. One place to look when a type gains a field.
import type { EntryType } from "../../../../domain/entries/vocabulary";
import { holdingSpec, noDetails, playSpec, readingSpec } from "./ActivityDetails";
import { appointmentSpec, medicationSpec } from "./CareDetails";
import { customSpec } from "./CustomDetails";
import { diaperSpec } from "./DiaperDetails";
import { feedSpec, pumpingSpec } from "./FeedDetails";
import type { DetailSpec } from "./form";
import { growthSpec, temperatureSpec } from "./MeasureDetails";
import { sleepSpec } from "./SleepDetails";
import { soothingSpec } from "./SoothingDetails";

export const detailSpecs: Record<EntryType, DetailSpec<unknown>> = {
  feed: feedSpec,
  sleep: sleepSpec,
  diaper: diaperSpec,
  bath: noDetails,
  dressing: noDetails,
  play: playSpec,
  reading: readingSpec,
  skin_to_skin: noDetails,
  massage: noDetails,
  holding: holdingSpec,
  walk: noDetails,
  soothing: soothingSpec,
  appointment: appointmentSpec,
  pumping: pumpingSpec,
  growth: growthSpec,
  temperature: temperatureSpec,
  medication: medicationSpec,
  note: noDetails,
  custom: customSpec,
};
