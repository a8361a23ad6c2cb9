import { QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Route, Routes } from "react-router";
import { queryClient } from "../api/queryClient";
import { RequireAdmin, RequireSignedIn, RequireSignedOut } from "./guards";
import {
  AdminPage,
  FamilyPage,
  HistoryPage,
  LogLayout,
  NotFoundPage,
  SettingsPage,
  SignInPage,
  SignUpPage,
  TodayPage,
  WeekPage,
} from "./lazyPages";
import { PreferencesSync } from "./PreferencesSync";
import { SessionKeepAlive } from "./SessionKeepAlive";
import { Shell } from "./Shell";

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <PreferencesSync />
      <SessionKeepAlive />
      <BrowserRouter>
        <Routes>
          <Route element={<Shell />}>
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
              </Route>
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
