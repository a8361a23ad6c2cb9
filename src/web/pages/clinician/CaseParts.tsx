// The list of the case file's parts at its top: a case runs to many screens on a phone, so the clinician jumps
// to the part they came for (Notes, Check-in results…) instead of scrolling past the rest. Plain in-page
// links: each part keeps its address (/cases/:id#notes) to bookmark or share with a colleague.
import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { focusCasePart } from "./casePartFocus";
import type { CasePartLabel } from "./caseSections";

export function CaseParts({ parts }: { parts: readonly { key: string; label: CasePartLabel }[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const jump = (event: MouseEvent<HTMLAnchorElement>, key: string) => {
    // A click that asks for a new tab or window is the browser's to handle.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    focusCasePart(key);
    // In the history too, so Back returns to the part the clinician came from.
    if (location.hash !== `#${key}`) navigate({ search: location.search, hash: key });
  };
  return (
    <nav className="case-parts" aria-label={t("caseFile.parts")}>
      <ul>
        {parts.map((p) => (
          <li key={p.key}>
            <a href={`#${p.key}`} onClick={(event) => jump(event, p.key)}>
              {t(p.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
