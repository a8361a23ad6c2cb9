// One Learn article: its blocks as real headings, paragraphs and lists, and its sources at the end.
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { articleBySlug } from "../../../content/learn/index";
import { Page } from "../../components/Page";
import NotFound from "../NotFound";
import { ArticleBlock } from "./ArticleBlock";
import { SourceList } from "./SourceList";
import { useContentLang } from "./useContentLang";
import "../../i18n/guidance";
import "../../styles/guide.css";

export default function LearnArticle() {
  const { t } = useTranslation();
  const lang = useContentLang();
  const article = articleBySlug(useParams().slug ?? "");
  if (!article) return <NotFound />;
  return (
    <Page title={article.title[lang]} className="guide-page learn-article">
      <p className="guide-meta">{t("guide.learn.minutes", { count: article.minutes })}</p>
      <p className="page-intro">{article.summary[lang]}</p>
      <article>
        {article.body[lang].map((block, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are fixed content; their place is their identity
          <ArticleBlock key={i} block={block} />
        ))}
      </article>
      <SourceList heading={t("guide.learn.sources")} keys={article.sources} />
      <p className="guide-back">
        <Link to="/guide/learn" className="back-link">
          {t("guide.learn.back")}
        </Link>
      </p>
    </Page>
  );
}
