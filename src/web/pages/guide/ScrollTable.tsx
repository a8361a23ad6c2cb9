// A wide table on a narrow phone scrolls sideways inside its own box instead of widening the page. The box
// is a named region that takes focus, so a keyboard can scroll it too (WCAG 2.1.1).
import type { ReactNode } from "react";

export function ScrollTable({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="table-scroll" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
