// A number as a tap-to-call link, as big as a button: in a hurry the number must be one tap, not copied.
import type { ReactNode } from "react";

export function CallLink({ number, children }: { number: string; children: ReactNode }) {
  // "1800 022 222" dials as 1800022222; the visible label keeps the spaces people read.
  return (
    <a className="button button-primary call-link" href={`tel:${number.replace(/[^\d+]/g, "")}`}>
      {children}
    </a>
  );
}
