// The frame around every page: skip link, header, offline notice, main landmark, footer, and what stays
// pinned for a caregiver (care going on now).
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { useMe } from "../api/account";
import { Loading } from "./Loading";
import { PinnedLog } from "./lazyPages";
import { OfflineNotice } from "./OfflineNotice";
import { SiteHeader } from "./SiteHeader";
import { useHasLog } from "./useHasLog";

export function Shell() {
  const { t } = useTranslation();
  const role = useMe().data?.user.role;
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <SiteHeader />
      <OfflineNotice />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        {/* "Go easy on yourself" is for parents; a clinician at work gets the privacy line alone. */}
        <p>{role === "caregiver" || !role ? t("app.footer") : t("app.footerWork")}</p>
      </footer>
      {role === "caregiver" ? <CaregiverPinned /> : null}
    </>
  );
}

function CaregiverPinned() {
  if (!useHasLog()) return null;
  return (
    <Suspense fallback={null}>
      <PinnedLog />
    </Suspense>
  );
}
