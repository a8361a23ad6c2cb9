// The last step before something that cannot be undone (deleting an account or a family): the account's
// password, the danger button and a way back. Putting it away forgets the password typed.
import { type ReactNode, useEffect, useState } from "react";
import { checkRequired } from "../forms/rules";
import { useCheckedForm } from "../forms/useCheckedForm";
import { Button } from "./Button";
import { ErrorAlert } from "./ErrorAlert";
import { CurrentPasswordField } from "./PasswordFields";

export interface PasswordConfirmWords {
  password: string;
  confirm: string;
  confirming: string;
  cancel: string;
}

export function PasswordConfirmForm({
  words,
  busy,
  error,
  onConfirm,
  onCancel,
  focusOnOpen = false,
  children,
}: {
  words: PasswordConfirmWords;
  busy: boolean;
  error: unknown;
  onConfirm: (password: string) => void;
  onCancel: () => void;
  /** Start at the password; off where something else on the page should be read first. */
  focusOnOpen?: boolean;
  /** Said between the error and the password. */
  children?: ReactNode;
}) {
  const [password, setPassword] = useState("");
  const form = useCheckedForm<"password">();
  const { focus } = form;

  useEffect(() => {
    if (focusOnOpen) focus("password");
  }, [focusOnOpen, focus]);

  return (
    <form
      className="stack"
      onSubmit={form.onSubmit({
        busy,
        check: () => ({ password: checkRequired(password) }),
        send: () => onConfirm(password),
      })}
      noValidate
    >
      <ErrorAlert error={error} />
      {children}
      <CurrentPasswordField
        label={words.password}
        name="password"
        value={password}
        onChange={setPassword}
        {...form.field("password")}
      />
      <div className="button-row">
        <Button type="submit" variant="danger" busy={busy} busyLabel={words.confirming}>
          {words.confirm}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {words.cancel}
        </Button>
      </div>
    </form>
  );
}
