// Pages load on demand so the first screen only downloads what it shows.
import { lazy } from "react";

export const SignInPage = lazy(() => import("../pages/SignIn"));
export const SignUpPage = lazy(() => import("../pages/SignUp"));
export const HomePage = lazy(() => import("../pages/Home"));
export const SettingsPage = lazy(() => import("../pages/Settings"));
export const AdminPage = lazy(() => import("../pages/Admin"));
export const NotFoundPage = lazy(() => import("../pages/NotFound"));
