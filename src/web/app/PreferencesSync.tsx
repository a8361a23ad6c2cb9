// Once we know who is signed in, their saved language and theme win over this device's last choice.
import { useEffect } from "react";
import { useMe } from "../api/account";
import { applyOnThisDevice } from "../api/preferences";

export function PreferencesSync() {
  const { data } = useMe();
  const locale = data?.preferences.locale;
  const theme = data?.preferences.theme;
  useEffect(() => {
    if (locale || theme) applyOnThisDevice({ locale, theme });
  }, [locale, theme]);
  return null;
}
