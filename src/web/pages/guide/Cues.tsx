// The cue guide: the signs babies give, by what they ask for (to connect, a break, food, sleep) and how
// loud they are, searchable in the language shown. Sections have stable ids so Today's cue chips and
// other pages can link straight to one (see cueLinks.ts).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  type CueGroup,
  cueGroups,
  cueGuideIntro,
  cueGuideSources,
  cueSectionId,
  type GuideCue,
  guideCues,
} from "../../../content/cues/index";
import type { Lang } from "../../../content/learn/types";
import { StatusMessage } from "../../components/Alert";
import { FilterField } from "../../components/FilterField";
import { Page } from "../../components/Page";
import { BackToGuide } from "./BackToGuide";
import { CueCard } from "./CueCard";
import { matchesCue } from "./cueSearch";
import { SourceList } from "./SourceList";
import { useContentLang } from "./useContentLang";
import { useFocusHash } from "./useFocusHash";
import "../../i18n/guidance";
import "../../styles/guide.css";

export default function Cues() {
  const { t } = useTranslation();
  const lang = useContentLang();
  const [query, setQuery] = useState("");
  const shown = guideCues.filter((cue) => matchesCue(cue, query, lang));
  useFocusHash();

  return (
    <Page title={t("guide.cues.title")} intro={cueGuideIntro[lang]} className="guide-page cue-guide">
      <search className="cue-search">
        <FilterField
          label={t("guide.cues.search")}
          hint={t("guide.cues.searchHint")}
          value={query}
          onChange={setQuery}
        />
        <StatusMessage>
          {query.trim()
            ? t("guide.cues.matches", { count: shown.length })
            : t("guide.cues.all", { count: shown.length })}
        </StatusMessage>
      </search>
      {query.trim() ? null : (
        <nav className="cue-jump" aria-label={t("guide.cues.jump")}>
          <ul className="jump-list">
            {cueGroups.map((group) => (
              <li key={group.id}>
                <Link to={`#${cueSectionId(group.id)}`} className="jump-link">
                  {group.title[lang]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {shown.length === 0 ? <p className="note">{t("guide.cues.none")}</p> : null}
      {cueGroups.map((group) => (
        <GroupSection key={group.id} group={group} cues={shown} lang={lang} />
      ))}
      <SourceList heading={t("guide.cues.sources")} keys={cueGuideSources} />
      <BackToGuide />
    </Page>
  );
}

function GroupSection({ group, cues, lang }: { group: CueGroup; cues: GuideCue[]; lang: Lang }) {
  const mine = cues.filter((cue) => cue.group === group.id);
  if (mine.length === 0) return null;
  const id = cueSectionId(group.id);
  return (
    <section id={id} className="cue-group" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {group.title[lang]}
      </h2>
      <p>{group.intro[lang]}</p>
      {group.sections.length === 0 ? (
        <CueList cues={mine} lang={lang} level={3} />
      ) : (
        group.sections.map((section) => {
          const inSection = mine.filter((cue) => cue.level === section.level);
          if (inSection.length === 0) return null;
          const sectionId = cueSectionId(group.id, section.level);
          return (
            <section
              key={section.level}
              id={sectionId}
              className="cue-section"
              aria-labelledby={`${sectionId}-heading`}
            >
              <h3 id={`${sectionId}-heading`} tabIndex={-1}>
                {section.title[lang]}
              </h3>
              {section.note ? <p className="note">{section.note[lang]}</p> : null}
              <CueList cues={inSection} lang={lang} level={4} />
            </section>
          );
        })
      )}
    </section>
  );
}

function CueList({ cues, lang, level }: { cues: GuideCue[]; lang: Lang; level: 3 | 4 }) {
  return (
    <ul className="cue-list">
      {cues.map((cue) => (
        <CueCard key={cue.id} cue={cue} lang={lang} level={level} />
      ))}
    </ul>
  );
}
