// Theme choice lives on <html data-theme>. "system" removes the attribute so the CSS media query
// (prefers-color-scheme) decides, which also works before any script has run.
import type { ThemeChoice } from "../api/types";

const STORAGE_KEY = "attune.theme";
const CHANGE_EVENT = "attune:themechange";
const darkQuery = () => window.matchMedia("(prefers-color-scheme: dark)");

// Browser chrome colours, kept equal to --color-bg in styles/tokens.css.
const CHROME_COLOURS = { light: "#fbf5ee", night: "#1c1411" } as const;

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === "system" || value === "light" || value === "night";
}

export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isThemeChoice(value) ? value : "system";
  } catch {
    return "system";
  }
}

export function currentThemeChoice(): ThemeChoice {
  const value = document.documentElement.dataset.theme;
  return isThemeChoice(value) ? value : "system";
}

/** What is on screen right now: an explicit choice, or the system's light/dark setting. */
export function effectiveTheme(): "light" | "night" {
  const choice = currentThemeChoice();
  if (choice !== "system") return choice;
  return darkQuery().matches ? "night" : "light";
}

export function applyTheme(choice: ThemeChoice): void {
  try {
    localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Still applies for this visit.
  }
  const root = document.documentElement;
  if (choice === "system") delete root.dataset.theme;
  else root.dataset.theme = choice;
  syncChromeColour();
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Calls back whenever the effective theme may have changed (a choice here, or the OS switching). */
export function subscribeToTheme(callback: () => void): () => void {
  const query = darkQuery();
  const onSystemChange = () => {
    syncChromeColour();
    callback();
  };
  query.addEventListener("change", onSystemChange);
  window.addEventListener(CHANGE_EVENT, callback);
  return () => {
    query.removeEventListener("change", onSystemChange);
    window.removeEventListener(CHANGE_EVENT, callback);
  };
}

// index.html carries one theme-color per colour scheme; an explicit choice overrides both.
function syncChromeColour(): void {
  const colour = CHROME_COLOURS[effectiveTheme()];
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    meta.content = colour;
  }
}
