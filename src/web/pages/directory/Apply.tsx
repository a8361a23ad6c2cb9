// Listing a practice (new) or editing one's own listing (/directory/mine/:id/edit).
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMyListings } from "../../api/directory";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { ListingForm } from "./ListingForm";
import "../../i18n/directory";
import "../../styles/directory.css";

export default function Apply() {
  const { t } = useTranslation();
  const { id } = useParams();
  const mine = useMyListings(Boolean(id));
  if (!id)
    return (
      <Page title={t("directory.apply.title")} intro={t("directory.apply.intro")} className="directory-page">
        <ListingForm />
      </Page>
    );
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
