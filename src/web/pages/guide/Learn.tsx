// Learn: short reads, each a two-minute read with its sources, in the order the content lists them.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { articles } from "../../../content/learn/index";
import { Page } from "../../components/Page";
import { BackToGuide } from "./BackToGuide";
import { useContentLang } from "./useContentLang";
import "../../i18n/guidance";
import "../../styles/guide.css";

export default function Learn() {
  const { t } = useTranslation();
  const lang = useContentLang();
  return (
    <Page title={t("guide.learn.title")} intro={t("guide.learn.intro")} className="guide-page">
      <ul className="guide-rooms">
        {articles.map((article) => (
          <li key={article.slug} className="card guide-room">
            <h2>
              <Link to={`/guide/learn/${article.slug}`} className="room-link">
                {article.title[lang]}
              </Link>
            </h2>
            <p>{article.summary[lang]}</p>
            <p className="guide-meta">{t("guide.learn.minutes", { count: article.minutes })}</p>
          </li>
        ))}
      </ul>
      <BackToGuide />
    </Page>
  );
}
