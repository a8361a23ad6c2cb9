// What every reader checks before it offers a row: Attune could keep it (a length under a day, details its
// schema accepts). One place, so a preview's errors are the same whichever app made the file.
import { detailSchemas } from "../entries/details.js";
import { type EntryType, MAX_DURATION_MS } from "../entries/vocabulary.js";
import { type RowReason, reason } from "./row-errors.js";

/** A column name as headers write it, for matching by name: no byte-order mark, no case, no padding. */
export const columnName = (name: string) =>
  name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase();

/** Limits worth naming, by detail: what the number is, in the words of the catalogue. */
const MEASURES: Record<string, "weight" | "length" | "head" | "temperature" | "amount"> = {
  weightKg: "weight",
  lengthCm: "length",
  headCm: "head",
  celsius: "temperature",
  amountMl: "amount",
  leftMl: "amount",
  rightMl: "amount",
};

/** Why Attune could not keep a row it has read (a 30-hour sleep, a 90 kg baby), or null when it can. */
export function unstorable(read: {
  type: EntryType;
  startedAt: number;
  endedAt: number | null;
  details: Record<string, unknown>;
}): RowReason | null {
  if (read.endedAt !== null && read.endedAt - read.startedAt >= MAX_DURATION_MS) return reason("too_long");
  const details = detailSchemas[read.type].safeParse(read.details);
  if (details.success) return null;
  const issue = details.error.issues[0];
  const [key] = issue?.path ?? [];
  const measure =
    issue?.path.length === 1 && typeof key === "string" && Object.hasOwn(MEASURES, key)
      ? MEASURES[key]
      : undefined;
  const value = typeof key === "string" ? read.details[key] : undefined;
  if (measure && typeof value === "number" && issue?.code === "too_big" && issue.origin === "number") {
    return reason(`${measure}_too_high`, { value, max: Number(issue.maximum) });
  }
  if (
    measure &&
    measure !== "amount" &&
    typeof value === "number" &&
    issue?.code === "too_small" &&
    issue.origin === "number"
  ) {
    return reason(`${measure}_too_low`, { value, min: Number(issue.minimum) });
  }
  return reason("details_not_kept", {
    field: issue?.path.join(".") || "details",
    problem: issue?.message ?? "not a value Attune records",
  });
}
