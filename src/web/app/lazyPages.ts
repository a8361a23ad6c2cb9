// Pages load on demand so the first screen only downloads what it shows.
import { lazy } from "react";

// Sign-in and sign-up are most people's first screen and weigh little, so they ship in the main bundle
// rather than costing a second round trip (see docs/benchmarks.md).
export { default as SignInPage } from "../pages/SignIn";
export { default as SignUpPage } from "../pages/SignUp";
export const LogLayout = lazy(() => import("../pages/LogLayout"));
export const TodayPage = lazy(() => import("../pages/Today"));
export const WeekPage = lazy(() => import("../pages/Week"));
export const HistoryPage = lazy(() => import("../pages/History"));
export const FamilyPage = lazy(() => import("../pages/Family"));
export const SettingsPage = lazy(() => import("../pages/Settings"));
export const AdminPage = lazy(() => import("../pages/Admin"));
export const NotFoundPage = lazy(() => import("../pages/NotFound"));
