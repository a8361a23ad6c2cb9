// Sign out, but never silently lose what was logged offline: first try once more to send the outbox (and any
// check-ins finished offline), and if some are still waiting, ask.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMe, useSignOut } from "../api/account";
import { unsentCheckInsAfterSend } from "../api/sendCheckIns";
import { Button } from "../components/Button";
import { ErrorAlert } from "../components/ErrorAlert";
import { SignOutConfirm } from "./SignOutConfirm";

/** Loaded on tap, so the sign-in screen's bundle never carries the log database. */
async function unsaved(userId: string): Promise<number | "unknown"> {
  try {
    const { unsavedAfterSync } = await import("../log/unsaved");
    return await unsavedAfterSync(userId);
  } catch {
    // No storage, or the code could not load offline: we can't tell, so we ask.
    return "unknown";
  }
}

/** `hasLog`: this person keeps a family log on this device, so there may be an outbox to check. */
export function SignOutButton({ hasLog }: { hasLog: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const userId = useMe().data?.user.id;
  const [checking, setChecking] = useState(false);
  const [asking, setAsking] = useState<{ entries: number | "unknown"; checkIns: number } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Fetched ahead while online: the check matters most when the connection is gone by the time of the tap.
  useEffect(() => {
    if (hasLog) import("../log/unsaved").catch(() => undefined);
  }, [hasLog]);

  const leave = () =>
    signOut
      .mutateAsync()
      .then(() => navigate("/sign-in", { replace: true }))
      .catch(() => undefined);

  async function start() {
    signOut.reset();
    setChecking(true);
    const [entries, checkIns] = userId
      ? await Promise.all([unsaved(userId), unsentCheckInsAfterSend(userId)])
      : [0, 0];
    setChecking(false);
    if (entries === 0 && checkIns === 0) void leave();
    else setAsking({ entries, checkIns });
  }

  return (
    <>
      <Button
        ref={buttonRef}
        variant="quiet"
        className="sign-out"
        busy={checking || signOut.isPending}
        busyLabel={t("nav.signingOut")}
        onClick={() => void start()}
      >
        {t("nav.signOut")}
      </Button>
      <ErrorAlert error={signOut.error} />
      {asking !== null ? (
        <SignOutConfirm
          count={asking.entries}
          checkIns={asking.checkIns}
          onStay={() => {
            setAsking(null);
            // Back where they were, so a keyboard or screen reader user isn't dropped at the top of the page.
            buttonRef.current?.focus();
          }}
          onSignOut={() => {
            setAsking(null);
            void leave();
          }}
        />
      ) : null}
    </>
  );
}
