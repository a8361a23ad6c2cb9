// Asks for the verification link again, for an account whose address is not confirmed yet; says when it went.
import { useTranslation } from "react-i18next";
import { useResendVerification } from "../api/password";
import { StatusMessage } from "./Alert";
import { Button } from "./Button";
import { ErrorAlert } from "./ErrorAlert";

export function ResendVerificationButton({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useResendVerification();
  return (
    <>
      <ErrorAlert error={resend.error} />
      <StatusMessage>{resend.isSuccess ? t("settings.email.sent") : null}</StatusMessage>
      <Button
        variant="secondary"
        busy={resend.isPending}
        busyLabel={t("settings.email.sending")}
        onClick={() => resend.mutate(email)}
      >
        {t("settings.email.resend")}
      </Button>
    </>
  );
}
