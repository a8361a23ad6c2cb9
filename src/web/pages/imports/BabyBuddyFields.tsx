// Where a running Baby Buddy is and its API key: the server reads the history through Baby Buddy's API with
// them, once, and keeps neither the key nor anything but the entries.
import { useTranslation } from "react-i18next";
import { Field, type FieldProps } from "../../components/Field";

export interface BabyBuddyAddress {
  url: string;
  token: string;
}

// The two fields differ only in what the browser should offer while typing them.
const inputs = {
  url: { type: "url", inputMode: "url", autoComplete: "url", placeholder: "https://babybuddy.example.org" },
  token: { type: "password", autoComplete: "off", spellCheck: false },
} as const satisfies Record<keyof BabyBuddyAddress, Partial<FieldProps>>;

export function BabyBuddyFields({
  value,
  onChange,
}: {
  value: BabyBuddyAddress;
  onChange: (next: BabyBuddyAddress) => void;
}) {
  const { t } = useTranslation();
  return (["url", "token"] as const).map((part) => (
    <Field
      key={part}
      label={t(`imports.babyBuddy.${part}`)}
      hint={t(`imports.babyBuddy.${part}Hint`)}
      {...inputs[part]}
      required
      value={value[part]}
      onChange={(next) => onChange({ ...value, [part]: next })}
    />
  ));
}
