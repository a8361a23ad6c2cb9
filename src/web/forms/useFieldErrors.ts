// Translates field problems for display, and moves focus to the first field that needs attention.
import { type RefObject, useCallback } from "react";
import { useTranslation } from "react-i18next";
import { PASSWORD_MIN_LENGTH } from "../../contract/password";
import type { FieldProblem, Problems } from "./rules";

export function useProblemText() {
  const { t } = useTranslation();
  return useCallback(
    (problem: FieldProblem | null | undefined): string | null => {
      if (!problem) return null;
      if (problem === "passwordTooShort") return t("form.passwordTooShort", { min: PASSWORD_MIN_LENGTH });
      return t(`form.${problem}`);
    },
    [t],
  );
}

export function focusFirstProblem<K extends string>(
  order: readonly K[],
  problems: Problems<K>,
  refs: Record<K, RefObject<HTMLInputElement | null>>,
): void {
  const first = order.find((key) => problems[key]);
  if (first) refs[first].current?.focus();
}
