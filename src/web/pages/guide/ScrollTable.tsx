// A wide table on a narrow phone scrolls sideways inside its own box instead of widening the page. The box
// is a named region that takes focus, so a keyboard can scroll it too (WCAG 2.1.1). When the table is wider
// than its box, a line above it says so and a shadow marks each edge with more beyond it: otherwise the
// last columns are simply missing for someone who does not think to swipe.
import { type ReactNode, useId, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import "../../i18n/guidance";
import "../../styles/scroll-table.css";

export function ScrollTable({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const { t } = useTranslation();
  const hintId = useId();
  const box = useRef<HTMLElement>(null);
  const [more, setMore] = useState({ before: false, after: false });

  // Measured before paint, so the hint does not pop in under the reader's eyes; again on scroll and whenever
  // the box or the table changes size (a turned phone, a longer period, a larger text size).
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const hidden = el.scrollWidth - el.clientWidth;
      const at = Math.abs(el.scrollLeft);
      const before = at > 1;
      const after = hidden - at > 1;
      setMore((m) => (m.before === before && m.after === after ? m : { before, after }));
    };
    measure();
    el.addEventListener("scroll", measure, { passive: true });
    const resized = new ResizeObserver(measure);
    resized.observe(el);
    if (el.firstElementChild) resized.observe(el.firstElementChild);
    return () => {
      el.removeEventListener("scroll", measure);
      resized.disconnect();
    };
  }, []);

  const wider = more.before || more.after;
  const edges = [
    "table-scroll-edges",
    more.before ? "has-more-before" : "",
    more.after ? "has-more-after" : "",
  ];
  return (
    <div className="table-scroll-frame">
      {wider ? (
        <p className="table-scroll-hint" id={hintId}>
          {t("guide.visit.scrollHint")}
          <span aria-hidden="true"> →</span>
        </p>
      ) : null}
      <div className={edges.filter(Boolean).join(" ")}>
        <section
          ref={box}
          className="table-scroll"
          aria-labelledby={labelledBy}
          aria-describedby={wider ? hintId : undefined}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
          tabIndex={0}
        >
          {children}
        </section>
      </div>
    </div>
  );
}
