import { QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Route, Routes } from "react-router";
import { queryClient } from "../api/queryClient";
import { CheckInSync } from "./CheckInSync";
import { RequireAdmin, RequireSignedIn, RequireSignedOut } from "./guards";
import {
  AdminPage,
  BondingHelpPage,
  BringHistoryPage,
  CareTeamPage,
  CaseloadPage,
  CasePage,
  CheckInPage,
  ClosedCasesPage,
  CryingPage,
  CueGuidePage,
  DirectoryApplyPage,
  DirectoryMinePage,
  DirectoryModerationPage,
  DirectoryPage,
  DirectoryProviderPage,
  FamilyPage,
  ForgotPasswordPage,
  GuidePage,
  GuideSavedPage,
  GuideVisitPage,
  GuideWeekPage,
  HelpPage,
  HistoryPage,
  InvitationPage,
  LearnArticlePage,
  LearnPage,
  LogLayout,
  NotFoundPage,
  ResetPasswordPage,
  ResultPage,
  SettingsPage,
  SharingPage,
  SignInPage,
  SignUpPage,
  ThoughtsPage,
  TodayPage,
  WeekPage,
  WellbeingPage,
} from "./lazyPages";
import { PreferencesSync } from "./PreferencesSync";
import { SessionKeepAlive } from "./SessionKeepAlive";
import { Shell } from "./Shell";

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <PreferencesSync />
      <SessionKeepAlive />
      <CheckInSync />
      <BrowserRouter>
        <Routes>
          <Route element={<Shell />}>
            {/* "Need help now?": open to everyone, signed in or not. */}
            <Route path="help" element={<HelpPage />} />
            <Route path="help/bonding" element={<BondingHelpPage />} />
            {/* The provider directory: searching and reading profiles needs no account. */}
            <Route path="directory" element={<DirectoryPage />} />
            <Route path="directory/providers/:id" element={<DirectoryProviderPage />} />
            {/* Applying to be listed: a visitor fills the whole form and makes the account at its end. */}
            <Route path="directory/apply" element={<DirectoryApplyPage />} />
            {/* A forgotten password: the mailed link may be opened on a device signed in or not. */}
            <Route path="forgot-password" element={<ForgotPasswordPage />} />
            <Route path="reset-password" element={<ResetPasswordPage />} />
            <Route element={<RequireSignedOut />}>
              <Route path="sign-in" element={<SignInPage />} />
              <Route path="sign-up" element={<SignUpPage />} />
            </Route>
            <Route element={<RequireSignedIn />}>
              {/* The family log: onboarding until a family exists, then Today is home. */}
              <Route element={<LogLayout />}>
                <Route index element={<TodayPage />} />
                <Route path="week" element={<WeekPage />} />
                <Route path="history" element={<HistoryPage />} />
                <Route path="family" element={<FamilyPage />} />
                <Route path="family/sharing" element={<SharingPage />} />
                <Route path="family/care-team" element={<CareTeamPage />} />
                <Route path="family/import" element={<BringHistoryPage />} />
                {/* A clinician's invitation to share, opened by its link or typed code. */}
                <Route path="share/:code" element={<InvitationPage />} />
                {/* The Guide's pages about this baby's log. */}
                <Route path="guide" element={<GuidePage />} />
                <Route path="guide/week" element={<GuideWeekPage />} />
                <Route path="guide/visit" element={<GuideVisitPage />} />
                <Route path="guide/saved" element={<GuideSavedPage />} />
                {/* "My baby is crying": logs the crying spell, so it needs the baby and the log. */}
                <Route path="guide/crying" element={<CryingPage />} />
              </Route>
              {/* Reading that needs no family: open to every signed-in person (clinicians too). */}
              <Route path="guide/learn" element={<LearnPage />} />
              <Route path="guide/learn/:slug" element={<LearnArticlePage />} />
              <Route path="guide/cues" element={<CueGuidePage />} />
              {/* Well-being check-ins: each person's own, private results. */}
              <Route path="wellbeing" element={<WellbeingPage />} />
              <Route path="wellbeing/:instrumentId" element={<CheckInPage />} />
              <Route path="wellbeing/results/:id" element={<ResultPage />} />
              <Route path="thoughts/*" element={<ThoughtsPage />} />
              {/* Listing a practice, and moderating listings (the page itself checks the moderator role). */}
              <Route path="directory/mine" element={<DirectoryMinePage />} />
              <Route path="directory/mine/:id/edit" element={<DirectoryApplyPage />} />
              <Route path="directory/moderation" element={<DirectoryModerationPage />} />
              <Route path="caseload" element={<CaseloadPage />} />
              <Route path="cases/:id" element={<CasePage />} />
              <Route path="closed-cases" element={<ClosedCasesPage />} />
              <Route path="settings" element={<SettingsPage />} />
              <Route element={<RequireAdmin />}>
                <Route path="admin" element={<AdminPage />} />
              </Route>
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
