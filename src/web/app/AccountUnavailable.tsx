// Shown in place of a page when we could not find out who is signed in. Offline is not "signed out":
// sending someone to the sign-in form because their phone lost signal would feel like losing everything.
import { useTranslation } from "react-i18next";
import { isNetworkError } from "../api/client";
import { Button } from "../components/Button";
import { Page } from "../components/Page";

export function AccountUnavailable({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  const { t } = useTranslation();
  const offline = isNetworkError(error);
  return (
    <Page title={offline ? t("offline.title") : t("errors.loadFailedTitle")}>
      <p>{offline ? t("offline.body") : t("errors.loadFailedBody")}</p>
      <Button variant="secondary" onClick={onRetry} busy={retrying} busyLabel={t("app.loading")}>
        {t("offline.retry")}
      </Button>
    </Page>
  );
}
