// The shapes the web app reads from /api. Account and preference types come from src/domain, which the
// server's schemas are built from, so both sides change together. (Type-only: no zod reaches the bundle.)

import type { AccountAbilities } from "../../contract/abilities.js";
import type { Account, Locale, Preferences, Role, selfChosenRoles } from "../../domain/account.js";

export type { Locale, Preferences, Role };
export type User = Account;
export type SelfChosenRole = (typeof selfChosenRoles)[number];
export type VolumeUnit = Preferences["volumeUnit"];
export type WeightUnit = Preferences["weightUnit"];
export type Clock = Preferences["clock"];
export type ThemeChoice = Preferences["theme"];

export interface Me {
  user: User;
  preferences: Preferences;
  /** What the server's rules let this person do across the instance (absent from older servers and caches). */
  abilities?: AccountAbilities;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
