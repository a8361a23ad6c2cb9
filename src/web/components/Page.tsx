// Every page: one h1, a document title, and (after the first screen) focus moved to the heading so
// screen reader and keyboard users hear that the page changed.
import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

let firstPageShown = false;

interface PageProps {
  title: string;
  /** Shown instead of title as the h1 when the heading should differ from the document title. */
  heading?: string;
  intro?: ReactNode;
  children?: ReactNode;
  className?: string;
}

export function Page({ title, heading, intro, children, className }: PageProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t("app.titleTemplate", { page: title });
  }, [t, title]);

  useEffect(() => {
    // The first screen keeps natural focus order so the skip link stays the first stop.
    if (firstPageShown) headingRef.current?.focus();
    firstPageShown = true;
  }, []);

  return (
    <div className={className ? `page ${className}` : "page"}>
      <h1 ref={headingRef} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {intro ? <p className="page-intro">{intro}</p> : null}
      {children}
    </div>
  );
}
