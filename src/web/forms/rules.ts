// Client-side checks, only to help before a round trip; the server stays the judge.
import { PASSWORD_MIN_LENGTH } from "../../contract/password";

export type FieldProblem = "required" | "emailInvalid" | "passwordTooShort";

export function checkRequired(value: string): FieldProblem | null {
  return value.trim() === "" ? "required" : null;
}

export function checkEmail(value: string): FieldProblem | null {
  if (value.trim() === "") return "required";
  return /^[^\s@]+@[^\s@]+$/.test(value.trim()) ? null : "emailInvalid";
}

export function checkNewPassword(value: string): FieldProblem | null {
  if (value === "") return "required";
  return value.length < PASSWORD_MIN_LENGTH ? "passwordTooShort" : null;
}

export type Problems<K extends string> = Partial<Record<K, FieldProblem | null>>;

export function hasProblems<K extends string>(problems: Problems<K>): boolean {
  return Object.values(problems).some(Boolean);
}
