// Where a running Baby Buddy is and its API key: the server reads the history through Baby Buddy's API with
// them, once, and keeps neither the key nor anything but the entries.
import { useTranslation } from "react-i18next";
import { Field } from "../../components/Field";

export interface BabyBuddyAddress {
  url: string;
  token: string;
}

export function BabyBuddyFields({
  value,
  onChange,
}: {
  value: BabyBuddyAddress;
  onChange: (next: BabyBuddyAddress) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        label={t("imports.babyBuddy.url")}
        hint={t("imports.babyBuddy.urlHint")}
        type="url"
        inputMode="url"
        autoComplete="url"
        placeholder="https://babybuddy.example.org"
        required
        value={value.url}
        onChange={(url) => onChange({ ...value, url })}
      />
      <Field
        label={t("imports.babyBuddy.token")}
        hint={t("imports.babyBuddy.tokenHint")}
        type="password"
        autoComplete="off"
        spellCheck={false}
        required
        value={value.token}
        onChange={(token) => onChange({ ...value, token })}
      />
    </>
  );
}
