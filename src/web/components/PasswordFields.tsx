// The two kinds of password input. The browser's password manager tells them apart by autocomplete: it fills
// the one someone has, and offers a strong one where they choose a new one.
import { useTranslation } from "react-i18next";
import { PASSWORD_MIN_LENGTH } from "../../contract/password";
import { Field, type FieldProps } from "./Field";

type PasswordProps = Omit<FieldProps, "type" | "autoComplete" | "minLength">;

/** The password the account already has: signing in, or confirming something that cannot be undone. */
export function CurrentPasswordField(props: PasswordProps) {
  return <Field {...props} type="password" autoComplete="current-password" />;
}

/** A password being chosen: says how long it must be, as the server requires. */
export function NewPasswordField(props: Omit<PasswordProps, "hint">) {
  const { t } = useTranslation();
  return (
    <Field
      {...props}
      hint={t("form.passwordHint", { min: PASSWORD_MIN_LENGTH })}
      type="password"
      autoComplete="new-password"
      minLength={PASSWORD_MIN_LENGTH}
    />
  );
}
