// Jumping to a part of the case file (#notes): the page is drawn by script once the case has loaded, so the
// browser's own jump to the anchor has nothing to land on. Once drawn, scroll the part into view and move
// focus to its heading, so keyboard and screen reader users start reading there too.
// Each part loads on its own, so the parts above the one jumped to keep growing for a moment after the jump
// and would push it off the screen. Until the reader does something themselves (or a few seconds pass), the
// part is held at the top whenever the page changes size. (Browsers' own scroll anchoring does not cover
// this: it holds still whichever part shows at the top edge, which can be the end of the one above.)
import { useEffect } from "react";
import { useLocation } from "react-router";

const HOLD_MS = 5000;
const readerActs = ["wheel", "touchstart", "pointerdown", "keydown"] as const;
let release: (() => void) | null = null;

function holdInView(part: HTMLElement): void {
  release?.();
  const align = () => part.scrollIntoView({ block: "start" });
  const resized = new ResizeObserver(align);
  resized.observe(document.body);
  const stop = () => {
    resized.disconnect();
    clearTimeout(timer);
    for (const act of readerActs) window.removeEventListener(act, stop, true);
    if (release === stop) release = null;
  };
  const timer = setTimeout(stop, HOLD_MS);
  for (const act of readerActs) window.addEventListener(act, stop, { capture: true, passive: true });
  release = stop;
}

/** Scrolls to the part with this id and focuses its heading; false when the page has no such part. */
export function focusCasePart(id: string): boolean {
  const part = document.getElementById(id);
  if (!part) return false;
  const heading = part.querySelector<HTMLElement>("h2") ?? part;
  // Headings are not focusable by nature; -1 lets script focus them without adding a tab stop.
  if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  part.scrollIntoView({ block: "start" });
  holdInView(part);
  return true;
}

/** Follows the address's #part once `ready` (the case drawn), and again whenever it changes (Back, a link). */
export function useCasePartFocus(ready: boolean, parts: readonly string[]): void {
  const { hash } = useLocation();
  const wanted = hash.length > 1 ? decodeURIComponent(hash.slice(1)) : "";
  const known = parts.includes(wanted);
  useEffect(() => {
    if (ready && known) focusCasePart(wanted);
  }, [ready, known, wanted]);
  // Going Back or Forward to a #part, the browser itself takes focus away (after the router has moved it,
  // before "hashchange"): move it to the part's heading once more.
  useEffect(() => {
    const followed = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (parts.includes(id)) focusCasePart(id);
    };
    window.addEventListener("hashchange", followed);
    return () => window.removeEventListener("hashchange", followed);
  }, [parts]);
  // Leaving the page lets go of the part it held.
  useEffect(() => () => release?.(), []);
}
