// Pages load on demand so the first screen only downloads what it shows.
import { lazy } from "react";
import { type OpenedOnModule, openedOn } from "./openedOn";

// Sign-in and sign-up are most people's first screen and weigh little, so they ship in the main bundle
// rather than costing a second round trip (see docs/benchmarks.md).
export { default as SignInPage } from "../pages/SignIn";
export { default as SignUpPage } from "../pages/SignUp";

const loadLogLayout = () => import("../pages/LogLayout");
const loadPinnedLog = () => import("./PinnedLog");
const loadToday = () => import("../pages/Today");
const loadWeek = () => import("../pages/Week");
const loadHistory = () => import("../pages/History");
const loadWeekReflection = () => import("../pages/guide/WeekReflection");
const loadCaseload = () => import("../pages/clinician/Caseload");
const loadDirectory = () => import("../pages/directory/Directory");

export const LogLayout = lazy(loadLogLayout);
/** The running-care bar pinned above the tabs (the shell shows it for a caregiver with a log). */
export const PinnedLog = lazy(loadPinnedLog);
export const TodayPage = lazy(loadToday);
export const WeekPage = lazy(loadWeek);
export const HistoryPage = lazy(loadHistory);
export const FamilyPage = lazy(() => import("../pages/Family"));
export const BringHistoryPage = lazy(() => import("../pages/imports/BringHistory"));
export const SettingsPage = lazy(() => import("../pages/Settings"));
export const ForgotPasswordPage = lazy(() => import("../pages/ForgotPassword"));
export const ResetPasswordPage = lazy(() => import("../pages/ResetPassword"));
export const AdminPage = lazy(() => import("../pages/Admin"));
export const NotFoundPage = lazy(() => import("../pages/NotFound"));
export const GuidePage = lazy(() => import("../pages/guide/Guide"));
export const CryingPage = lazy(() => import("../pages/Crying"));
export const LearnPage = lazy(() => import("../pages/guide/Learn"));
export const LearnArticlePage = lazy(() => import("../pages/guide/LearnArticle"));
export const CueGuidePage = lazy(() => import("../pages/guide/Cues"));
export const GuideWeekPage = lazy(loadWeekReflection);
export const GuideVisitPage = lazy(() => import("../pages/guide/VisitSummary"));
export const GuideSavedPage = lazy(() => import("../pages/guide/SavedIdeas"));
export const HelpPage = lazy(() => import("../pages/Help"));
export const BondingHelpPage = lazy(() => import("../pages/help/BondingHard"));
export const DirectoryPage = lazy(loadDirectory);
export const DirectoryProviderPage = lazy(() => import("../pages/directory/ProviderPage"));
export const DirectoryApplyPage = lazy(() => import("../pages/directory/Apply"));
export const DirectoryMinePage = lazy(() => import("../pages/directory/Mine"));
export const DirectoryModerationPage = lazy(() => import("../pages/directory/Moderation"));
export const WellbeingPage = lazy(() => import("../pages/wellbeing/Wellbeing"));
export const CheckInPage = lazy(() => import("../pages/wellbeing/CheckInPage"));
export const ResultPage = lazy(() => import("../pages/wellbeing/Result"));
export const SharingPage = lazy(() => import("../pages/sharing/Sharing"));
export const InvitationPage = lazy(() => import("../pages/sharing/InvitationPage"));
export const CaseloadPage = lazy(loadCaseload);
export const CasePage = lazy(() => import("../pages/clinician/CasePage"));
export const ClosedCasesPage = lazy(() => import("../pages/clinician/ClosedCases"));
export const CareTeamPage = lazy(() => import("../pages/careTeam/CareTeam"));
export const ThoughtsPage = lazy(() => import("../pages/thoughts/Thoughts"));

// The code of the pages in openedOn.ts, so it can be asked for as the app starts, alongside /api/bootstrap,
// instead of after the account is known and then after the layout has rendered: on a slow phone network that
// is two round trips saved before the first screen (a first visit also has it named in the HTML).
const loaders: Record<OpenedOnModule, () => Promise<unknown>> = {
  "pages/LogLayout.tsx": loadLogLayout,
  "app/PinnedLog.tsx": loadPinnedLog,
  "pages/Today.tsx": loadToday,
  "pages/Week.tsx": loadWeek,
  "pages/History.tsx": loadHistory,
  "pages/guide/WeekReflection.tsx": loadWeekReflection,
  "pages/clinician/Caseload.tsx": loadCaseload,
  "pages/directory/Directory.tsx": loadDirectory,
};

/** Starts loading the code of the page at `pathname` (and its layout), if it is one of openedOn's. */
export function preloadPageAt(pathname: string): void {
  const modules = openedOn.find(({ path }) => new RegExp(path).test(pathname))?.modules ?? [];
  // A failed download is the lazy page's to report when it renders; nothing to do here.
  for (const module of modules) loaders[module]().catch(() => undefined);
}
