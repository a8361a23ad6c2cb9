import { useTranslation } from "react-i18next";
import { useMe } from "../api/account";
import { isNetworkError } from "../api/client";
import { useOnline } from "./useOnline";

/** A calm banner while the server can't be reached; it goes away by itself when the connection returns. */
export function OfflineNotice() {
  const { t } = useTranslation();
  const online = useOnline();
  const me = useMe();
  const offline = !online || isNetworkError(me.error);
  return (
    <div className="offline-notice" role="status">
      {offline ? <p>{t("offline.notice")}</p> : null}
    </div>
  );
}
