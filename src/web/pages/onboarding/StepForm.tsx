// A later step of the first visit (the baby, an invite code): its own narrow page holding one form, what
// the server refused said at the top, and at the bottom the step's action beside a way back to the start.
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";

export function StepForm({
  title,
  intro,
  onSubmit,
  error,
  action,
  onBack,
  children,
}: {
  title: string;
  intro: string;
  onSubmit: (event: FormEvent) => void;
  /** What went wrong with the last try, if anything. */
  error: unknown;
  action: { label: string; busy: boolean; busyLabel: string };
  onBack: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Page title={title} intro={intro} className="narrow">
      <form className="stack" onSubmit={onSubmit} noValidate>
        <ErrorAlert error={error} />
        {children}
        <div className="button-row">
          <Button type="submit" busy={action.busy} busyLabel={action.busyLabel}>
            {action.label}
          </Button>
          <Button variant="secondary" onClick={onBack}>
            {t("onboarding.back")}
          </Button>
        </div>
      </form>
    </Page>
  );
}
