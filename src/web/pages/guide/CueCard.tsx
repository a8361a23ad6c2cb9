// One sign in the cue guide: its drawing, its name (a heading, so the guide can be skimmed by heading),
// what it looks like, what it usually asks, and when it is harder to see on some babies.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { GuideCue } from "../../../content/cues/index";
import type { Lang } from "../../../content/learn/types";
import { CRYING_HELP_PATH } from "./CryingHelpLink";
import { CueIcon } from "./CueIcon";

export function CueCard({ cue, lang, level }: { cue: GuideCue; lang: Lang; level: 3 | 4 }) {
  const { t } = useTranslation();
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <li id={cue.id} className="card cue-card">
      <CueIcon icon={cue.icon} />
      <div className="cue-text">
        <Heading className="cue-name" tabIndex={-1}>
          {cue.name[lang]}
        </Heading>
        <p>
          <span className="cue-label">{t("guide.cues.looksLike")}</span> {cue.looksLike[lang]}
        </p>
        <p>
          <span className="cue-label">{t("guide.cues.asks")}</span> {cue.asks[lang]}
        </p>
        {cue.visibilityNote ? (
          <p className="cue-visibility">
            <span className="cue-label">{t("guide.cues.visibility")}</span> {cue.visibilityNote[lang]}
          </p>
        ) : null}
        {cue.stepsUpTo?.length ? (
          <p className="cue-emergency">
            <Link to={CRYING_HELP_PATH}>{t("guide.cues.emergencyLink")}</Link>
          </p>
        ) : null}
      </div>
    </li>
  );
}
