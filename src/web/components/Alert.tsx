// Messages people must notice (errors) and quiet confirmations (status), both announced to screen readers.
import type { ReactNode } from "react";

export function Alert({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div className="alert" role="alert" aria-live="polite" id={id}>
      {children}
    </div>
  );
}

/** Always rendered, so the live region exists before its text arrives and is reliably announced. */
export function StatusMessage({ children }: { children?: ReactNode }) {
  return (
    <p className={children ? "status-message" : "status-message is-empty"} role="status">
      {children}
    </p>
  );
}
