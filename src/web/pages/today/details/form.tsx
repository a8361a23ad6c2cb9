// The frame every type's detail fields fit into. A type's spec turns stored details into what its fields
// show (numbers in the person's units, as typed text), and back into details that pass that type's schema
// in src/domain/entries/details.ts — or into problems to show next to the fields. The web app does not ship
// zod, so each spec checks the same limits itself (and the server checks again when the outbox syncs; an
// entry it refuses is marked on the timeline, never dropped).
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber, parseDecimal, type ShownUnit, type Units, unitSymbol } from "../../../log/units";

export type ProblemKey =
  | "number"
  | "range"
  | "atLeastOne"
  | "appointmentKind"
  | "medicineName"
  | "label"
  | "noteText"
  | "temperature"
  | "tooLong";

export interface Problem {
  key: ProblemKey;
  values?: Record<string, string | number>;
}

export type Problems<D> = Partial<Record<keyof D & string, Problem>>;

export interface FieldsProps<D> {
  draft: D;
  set: (patch: Partial<D>) => void;
  problems: Problems<D>;
  units: Units;
}

export type Built<D> = { details: Record<string, unknown> } | { problems: Problems<D> };

// Method syntax on purpose: it lets every spec, whatever its draft, sit in one registry (registry.ts).
export interface DetailSpec<D> {
  toDraft(details: Record<string, unknown>, units: Units): D;
  toDetails(draft: D, units: Units): Built<D>;
  Fields(props: FieldsProps<D>): ReactNode;
}

export interface DetailForm {
  fields: ReactNode;
  /** The details to save, or null after showing what to fix. */
  build: () => Record<string, unknown> | null;
}

export function useDetailForm<D>(
  spec: DetailSpec<D>,
  details: Record<string, unknown>,
  units: Units,
): DetailForm {
  const [draft, setDraft] = useState(() => spec.toDraft(details, units));
  const [problems, setProblems] = useState<Problems<D>>({});
  const Fields = spec.Fields;
  return {
    fields: (
      <Fields
        draft={draft}
        set={(patch) => setDraft((current) => ({ ...current, ...patch }))}
        problems={problems}
        units={units}
      />
    ),
    build: () => {
      const built = spec.toDetails(draft, units);
      setProblems("problems" in built ? built.problems : {});
      return "problems" in built ? null : built.details;
    },
  };
}

/** A problem in words (see details.problem in the catalogues). */
export function useProblemText() {
  const { t } = useTranslation();
  return (problem: Problem | undefined): string | null =>
    problem ? t(`details.problem.${problem.key}`, problem.values ?? {}) : null;
}

/**
 * A number field's text. `shown` is what the field started with; while the text still equals it, the stored
 * value is kept exactly, so opening and saving an entry never rounds what was saved (118.3 ml stays 118.3).
 */
export interface NumberDraft {
  text: string;
  shown: string;
  stored?: number;
}

export function numberDraft(
  stored: unknown,
  unit: ShownUnit,
  locale: string,
  toShown: (n: number) => number = (n) => n,
): NumberDraft {
  if (typeof stored !== "number") return { text: "", shown: "" };
  const shown = formatNumber(toShown(stored), unit, locale);
  return { text: shown, shown, stored };
}

export const typed = (d: NumberDraft, text: string): NumberDraft => ({ ...d, text });

/** The stored number from a field, undefined when left empty, or the problem to show. */
export function readNumber(
  d: NumberDraft,
  range: { min: number; max: number; unit: ShownUnit },
  locale: string,
  toStored: (n: number) => number = (n) => n,
): number | undefined | Problem {
  if (d.stored !== undefined && d.text === d.shown) return d.stored;
  const value = parseDecimal(d.text);
  if (value === null) return undefined;
  const limits = {
    min: formatNumber(range.min, range.unit, locale),
    max: formatNumber(range.max, range.unit, locale),
    unit: unitSymbol(range.unit),
  };
  if (Number.isNaN(value)) return { key: "number", values: limits };
  if (value < range.min || value > range.max) return { key: "range", values: limits };
  return toStored(value);
}

export const isProblem = (v: unknown): v is Problem => typeof v === "object" && v !== null && "key" in v;

/** Optional text: trimmed, left out when empty, a problem when longer than the schema allows. */
export function readText(text: string, max: number): string | undefined | Problem {
  const trimmed = text.trim();
  if (trimmed.length > max) return { key: "tooLong", values: { max } };
  return trimmed || undefined;
}

/** A stored string when it is one of the allowed values, else "" (nothing chosen). */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | "" {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : "";
}

/** The stored strings that are allowed values (a list from an older version may hold others). */
export function someOf<T extends string>(value: unknown, allowed: readonly T[]): T[] {
  return Array.isArray(value) ? allowed.filter((a) => value.includes(a)) : [];
}

/** Details without the keys whose value is undefined (the outbox stores JSON; undefined is noise). */
export function compact(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined));
}

/**
 * Collects problems while reading fields, so a spec can read every field, then say all that needs fixing
 * at once rather than one field per tap of Save.
 */
export class Reader<D> {
  readonly problems: Problems<D> = {};
  take<T>(field: keyof D & string, value: T | Problem): T | undefined {
    if (isProblem(value)) {
      this.problems[field] = value;
      return undefined;
    }
    return value;
  }
  fail(field: keyof D & string, problem: Problem): void {
    this.problems[field] = problem;
  }
  result(details: Record<string, unknown>): Built<D> {
    return Object.keys(this.problems).length ? { problems: this.problems } : { details: compact(details) };
  }
}
