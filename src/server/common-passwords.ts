import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Passwords everyone tries first. The list is zxcvbn-ts's common-password dictionary (about 49,000 passwords
 * from public breach corpora, most common first); with Attune's 10-character minimum, about 1,600 of them
 * could be chosen at all ("qwertyuiop", "password123", "1q2w3e4r5t"). Built on first use.
 */
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"]);
  const lower = password.toLowerCase();
  return common.has(lower) || common.has(lower.replace(/\s+/g, ""));
}

export const commonPasswordMessage =
  "That password is one of the most common ones, so it is among the first anyone would guess. Please choose another: a few unrelated words make a strong one.";
