// The Guide: help with reading and caring for a baby, gathered in one place. Crying first (it is urgent),
// then the rooms: signs, short reads, a look back on the week, the page for a visit, and saved ideas.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../../components/Page";
import { CryingHelpLink } from "./CryingHelpLink";
import "../../i18n/guidance";
import "../../styles/guide.css";

const rooms = [
  { to: "/guide/cues", key: "cues" },
  { to: "/guide/learn", key: "learn" },
  { to: "/guide/week", key: "week" },
  { to: "/guide/visit", key: "visit" },
  { to: "/guide/saved", key: "saved" },
  { to: "/help/bonding", key: "bonding" },
] as const;

export default function Guide() {
  const { t } = useTranslation();
  return (
    <Page title={t("guide.hub.title")} intro={t("guide.hub.intro")} className="guide-page">
      <CryingHelpLink />
      <ul className="guide-rooms">
        {rooms.map((room) => (
          <li key={room.key} className="card guide-room">
            <h2>
              <Link to={room.to} className="room-link">
                {t(`guide.hub.${room.key}.title`)}
              </Link>
            </h2>
            <p>{t(`guide.hub.${room.key}.body`)}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
