import { QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Route, Routes } from "react-router";
import { queryClient } from "../api/queryClient";
import { RequireAdmin, RequireSignedIn, RequireSignedOut } from "./guards";
import { AdminPage, HomePage, NotFoundPage, SettingsPage, SignInPage, SignUpPage } from "./lazyPages";
import { PreferencesSync } from "./PreferencesSync";
import { Shell } from "./Shell";

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <PreferencesSync />
      <BrowserRouter>
        <Routes>
          <Route element={<Shell />}>
            <Route element={<RequireSignedOut />}>
              <Route path="sign-in" element={<SignInPage />} />
              <Route path="sign-up" element={<SignUpPage />} />
            </Route>
            <Route element={<RequireSignedIn />}>
              <Route index element={<HomePage />} />
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
