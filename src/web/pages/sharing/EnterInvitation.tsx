// For a code a clinician read out or wrote down: typing it opens the invitation page, which says who is
// asking before anything is shared.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { OneFieldForm } from "../../components/OneFieldForm";
import "../../i18n/invitations";

export function EnterInvitation() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState("");
  const open = () => {
    if (code.trim()) navigate(`/share/${encodeURIComponent(code.trim())}`);
  };
  return (
    <section aria-labelledby="enter-invitation-heading" className="stack card">
      <h2 id="enter-invitation-heading">{t("invitations.enter.heading")}</h2>
      <OneFieldForm
        label={t("invitations.enter.label")}
        hint={t("invitations.enter.hint")}
        value={code}
        onChange={setCode}
        autoComplete="off"
        submitLabel={t("invitations.enter.go")}
        onSubmit={open}
        className="stack"
      />
    </section>
  );
}
