// Referrals in the case: suggest a service from the public directory (search by name, choose one) or write
// one in; see where each stands as the family updates it, and update it for them when they tell you.
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ServiceType } from "../../../domain/directory/taxonomy";
import { REFERRAL_NOTE_MAX } from "../../../domain/referral";
import { type NewReferral, useCaseReferrals, useMakeReferral, useMoveCaseReferral } from "../../api/careTeam";
import type { ProviderCard } from "../../api/directory";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { SelectField } from "../../components/SelectField";
import { TextAreaField } from "../../components/TextAreaField";
import { ReferralList } from "../careTeam/ReferralList";
import { useDirectoryWords } from "../directory/labels";
import { CaseLoading } from "./CaseLoading";
import type { CaseSectionProps } from "./caseSections";
import { DirectoryLookup } from "./DirectoryLookup";
import "../../i18n/careteam";
import "../../styles/care-team.css";

type Where = "directory" | "written_in";

export function CaseReferrals({ caseId }: CaseSectionProps) {
  const { t } = useTranslation();
  const w = useDirectoryWords();
  const list = useCaseReferrals(caseId);
  const make = useMakeReferral(caseId);
  const move = useMoveCaseReferral(caseId);
  const [where, setWhere] = useState<Where>("directory");
  const [chosen, setChosen] = useState<ProviderCard | null>(null);
  const [name, setName] = useState("");
  const [contact, setContact] = useState({ phone: "", email: "", website: "" });
  const [service, setService] = useState<ServiceType>("therapy");
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  const choose = (p: ProviderCard | null) => {
    setChosen(p);
    const first = p?.services[0] as ServiceType | undefined;
    if (first) setService(first);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (make.isPending) return;
    const given = Object.fromEntries(Object.entries(contact).filter(([, v]) => v.trim()));
    const who =
      where === "directory"
        ? chosen && { providerId: chosen.id }
        : name.trim() && { name: name.trim(), ...(Object.keys(given).length ? { contact: given } : {}) };
    if (!who) {
      setProblem(t("referrals.pickFirst"));
      return;
    }
    setProblem(null);
    setSent(false);
    const input = { ...who, service, ...(note.trim() ? { note: note.trim() } : {}) } as NewReferral;
    make.mutate(input, {
      onSuccess: () => {
        setChosen(null);
        setName("");
        setContact({ phone: "", email: "", website: "" });
        setNote("");
        setSent(true);
      },
    });
  };

  return (
    <section aria-labelledby="case-referrals-heading" className="card stack care-team-section">
      <h2 id="case-referrals-heading">{t("referrals.heading")}</h2>
      <p>{t("referrals.intro")}</p>
      <ErrorAlert error={list.error ?? move.error} />
      <CaseLoading when={list.isPending} />
      <ReferralList referrals={list.data} empty={t("referrals.none")} itemClassName="referral" mover={move} />

      <form
        className="stack care-team-form"
        onSubmit={submit}
        noValidate
        aria-labelledby="referral-new-heading"
      >
        <h3 id="referral-new-heading">{t("referrals.new")}</h3>
        <ChoiceGroup<Where>
          legend={t("referrals.where")}
          value={where}
          onChange={(v) => {
            setWhere(v);
            setProblem(null);
          }}
          choices={[
            { value: "directory", label: t("referrals.fromDirectory") },
            { value: "written_in", label: t("referrals.writeIn") },
          ]}
        />
        {where === "directory" ? (
          chosen ? (
            <div className="referral-chosen">
              <p>{t("referrals.chosen", { name: chosen.name })}</p>
              <Button variant="secondary" onClick={() => choose(null)}>
                {t("referrals.chooseAgain")}
              </Button>
            </div>
          ) : (
            <DirectoryLookup onChoose={choose} />
          )
        ) : (
          <>
            <Field label={t("referrals.name")} value={name} onChange={setName} maxLength={200} />
            <Field
              label={t("referrals.phone")}
              type="tel"
              value={contact.phone}
              onChange={(phone) => setContact({ ...contact, phone })}
              maxLength={40}
            />
            <Field
              label={t("referrals.email")}
              type="email"
              value={contact.email}
              onChange={(email) => setContact({ ...contact, email })}
              maxLength={200}
            />
            <Field
              label={t("referrals.website")}
              type="url"
              value={contact.website}
              onChange={(website) => setContact({ ...contact, website })}
              maxLength={300}
            />
          </>
        )}
        <SelectField<ServiceType>
          label={t("referrals.service")}
          value={service}
          onChange={setService}
          options={w.terms("service").map((o) => ({ value: o.value as ServiceType, label: o.label }))}
        />
        <TextAreaField
          label={t("referrals.note")}
          hint={t("referrals.noteHint")}
          value={note}
          rows={3}
          maxLength={REFERRAL_NOTE_MAX}
          onChange={setNote}
        />
        {problem ? <p className="field-error">{problem}</p> : null}
        <ErrorAlert error={make.error} />
        <Button type="submit" busy={make.isPending} busyLabel={t("referrals.sending")}>
          {t("referrals.send")}
        </Button>
        <StatusMessage>{sent ? t("referrals.sent") : null}</StatusMessage>
      </form>
    </section>
  );
}
