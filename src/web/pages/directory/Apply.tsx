// Listing a practice (new) or editing one's own listing (/directory/mine/:id/edit). A new application is
// open to everyone: someone signed out fills in the whole form and makes their account as they send it.
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMe } from "../../api/account";
import { useMyListings } from "../../api/directory";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { ListingForm } from "./ListingForm";
import "../../i18n/directory";
import "../../styles/directory.css";

export default function Apply() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useMe();
  const mine = useMyListings(Boolean(id) && Boolean(me.data));
  if (!id) {
    // Not known yet (first visit, no answer): wait. Known, or unreachable (the server will say so on send).
    if (me.data === undefined && !me.isError) return <p>{t("app.loading")}</p>;
    const signedOut = !me.data;
    return (
      <Page
        title={t("directory.apply.title")}
        intro={signedOut ? t("directory.apply.introSignedOut") : t("directory.apply.intro")}
        className="directory-page"
      >
        <ListingForm signedOut={signedOut} />
      </Page>
    );
  }
  if (mine.isPending) return <p>{t("app.loading")}</p>;
  const listing = mine.data?.find((l) => l.id === id);
  if (!listing)
    return (
      <Page title={t("directory.provider.notFound")} className="directory-page">
        <ErrorAlert error={mine.error} />
        <p>
          <Link to="/directory/mine" className="back-link">
            {t("directory.mine.title")}
          </Link>
        </p>
      </Page>
    );
  return (
    <Page title={t("directory.apply.editTitle")} intro={listing.name} className="directory-page">
      <ListingForm listingId={listing.id} initial={listing.input} />
    </Page>
  );
}
