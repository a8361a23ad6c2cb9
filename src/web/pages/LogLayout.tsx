// The frame of the family log screens: onboarding until there is a family, then the chosen baby, the sync
// state, and the page.
import { lazy } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { useMe } from "../api/account";
import { Loading } from "../app/Loading";
import { Button } from "../components/Button";
import { ErrorAlert } from "../components/ErrorAlert";
import { Page } from "../components/Page";
import { LogProvider, useLogGate } from "../log/LogContext";
import { AddBaby } from "./log/AddBaby";
import { BabySwitcher } from "./log/BabySwitcher";
import { FamilySwitcher } from "./log/FamilySwitcher";
import { SyncStatus } from "./log/SyncStatus";
import "../i18n/log";
import "../styles/log.css";

const Onboarding = lazy(() => import("./onboarding/Onboarding"));
// Clinicians and moderators have no family of their own: they keep the kind placeholder for now.
const Home = lazy(() => import("./Home"));

export default function LogLayout() {
  const { t } = useTranslation();
  const gate = useLogGate();
  const role = useMe().data?.user.role;
  if (gate.kind === "loading") return <Loading />;
  if (gate.kind === "no-family") return role === "caregiver" ? <Onboarding /> : <Home />;
  if (gate.kind === "error")
    return (
      <Page title={t("log.unavailable")}>
        <ErrorAlert error={gate.error} />
        <Button onClick={gate.retry}>{t("offline.retry")}</Button>
      </Page>
    );
  if (gate.kind === "no-baby")
    return (
      <Page title={t("log.noBaby")} className="narrow">
        <FamilySwitcher families={gate.families} current={gate.family.id} />
        <p>{t("log.noBabyBody")}</p>
        <AddBaby familyId={gate.family.id} />
      </Page>
    );
  return (
    <LogProvider value={gate.value}>
      <div className="log-bar">
        <FamilySwitcher families={gate.value.families} current={gate.value.family.id} />
        <BabySwitcher />
        <SyncStatus />
      </div>
      <Outlet />
    </LogProvider>
  );
}
