// The provider's listing form, for an application and for an edit, in sections a clinician can fill in
// one at a time. It checks the answers with the same rules as the server (listingInputSchema) before
// sending, and puts each problem, the browser's or the server's (a place it cannot find on the map), next
// to its field in the person's language, moving focus to the first. Someone signed out fills in the same
// form and makes their account in its last section, when they send it; a new application's draft is kept
// in the tab (savedDraft.ts) until it is sent.
import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { type ListingInput, listingInputSchema } from "../../../domain/directory/listing-input";
import { useSignUp } from "../../api/account";
import { ApiError } from "../../api/client";
import { useSaveListing } from "../../api/directory";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { type Chip, ChipGroup } from "../../components/ChipGroup";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { SelectField } from "../../components/SelectField";
import { hasProblems, type Problems } from "../../forms/rules";
import { currentLocale } from "../../i18n";
import { currentThemeChoice } from "../../theme/theme";
import { CodePicker } from "./CodePicker";
import { useDirectoryWords } from "./labels";
import {
  type Draft,
  draftOf,
  type FormProblems,
  fieldOfPath,
  fieldsOfServerError,
  inputOf,
  type ProblemField,
  problemFields,
} from "./listingDraft";
import {
  type AccountField,
  accountFields,
  checkNewAccount,
  type NewAccount,
  NewAccountSection,
} from "./NewAccount";
import { fold, languageOptions, regionOptions } from "./pickLists";
import { forgetDraft, saveDraft, savedDraft } from "./savedDraft";
import { filterLanguages, telehealthRegions } from "./searchParams";

/** Likely languages, shown before anything is typed: the app's own two, then the most spoken at home. */
const suggestedLanguages = filterLanguages.slice(0, 8);

/** The label that names a field in the "Please check" summary (a key under directory.apply). */
const summaryLabel: Record<ProblemField, string> = {
  name: "name",
  organization: "organization",
  about: "about",
  services: "services",
  focus: "focus",
  approaches: "approaches",
  credentials: "credentials",
  languages: "languages",
  insurance: "insurance",
  fees: "fees",
  where: "sections.where",
  place: "postcode",
  postcode: "postcode",
  city: "city",
  region: "region",
  address: "address",
  telehealth: "telehealth",
  contact: "sections.contact",
  phone: "phone",
  email: "email",
  website: "website",
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="listing-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A chip group whose problem is read out with it (as its description) and shown in the error colour. */
function Chips<T extends string>({
  legend,
  chips,
  selected,
  onChange,
  error,
}: {
  legend: string;
  chips: readonly Chip<T>[];
  selected: T[];
  onChange: (v: T[]) => void;
  error: string | null;
}) {
  return (
    <div className={error ? "listing-chips has-error" : "listing-chips"}>
      <ChipGroup
        legend={legend}
        chips={chips}
        selected={selected}
        onChange={onChange}
        hint={error ?? undefined}
      />
    </div>
  );
}

export function ListingForm({
  listingId,
  initial,
  signedOut = false,
}: {
  listingId?: string;
  initial?: ListingInput;
  /** No one is signed in: the form ends by making the account that will hold the listing. */
  signedOut?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const w = useDirectoryWords();
  const navigate = useNavigate();
  const save = useSaveListing(listingId);
  const signUp = useSignUp();
  const formRef = useRef<HTMLFormElement>(null);
  const aboutId = useId();
  const isNew = !listingId;
  const [d, setD] = useState<Draft>(() => (initial ? draftOf(initial) : (savedDraft() ?? draftOf())));
  const [problems, setProblems] = useState<FormProblems>({});
  // The account's name and email follow the listing's until the person writes their own.
  const [account, setAccount] = useState<{ name?: string; email?: string; password: string }>({
    password: "",
  });
  const newAccount: NewAccount = {
    name: account.name ?? (d.kind === "individual" ? d.name : ""),
    email: account.email ?? d.email,
    password: account.password,
  };
  const [accountProblems, setAccountProblems] = useState<Problems<AccountField>>({});
  const lang = i18n.language === "es" ? "es" : "en";
  const languages = useMemo(() => languageOptions(lang), [lang]);
  const regions = regionOptions(
    telehealthRegions,
    (code) =>
      code.includes("-") ? w.region(code) : t("directory.picker.wholeCountry", { country: w.region(code) }),
    lang,
  );
  // A provider seen in person in California is most likely licensed there: offer it first.
  const placeRegion =
    d.inPerson && d.region.trim()
      ? regions.find((o) => o.code.startsWith(`${d.country}-`) && o.words.includes(fold(d.region)))?.code
      : undefined;

  useEffect(() => {
    if (isNew) saveDraft(d);
  }, [d, isNew]);
  // Bumped on every refused submit, so focus moves to the first problem each time, not only the first.
  const [attempt, setAttempt] = useState(0);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setD((x) => ({ ...x, [key]: value }));
  const label = (key: string) => t(`directory.apply.${key}` as "directory.apply.name");
  const error = (...fields: ProblemField[]) => {
    const field = fields.find((f) => problems[f]);
    return field ? t(`directory.apply.errors.${field}`) : null;
  };

  useEffect(() => {
    if (!attempt) return;
    formRef.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"], .has-error button, .has-error input')
      ?.focus();
  }, [attempt]);

  const refuse = (found: FormProblems) => {
    setProblems(found);
    setAttempt((n) => n + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending || signUp.isPending) return;
    const parsed = listingInputSchema.safeParse(inputOf(d));
    const accountFound = signedOut ? checkNewAccount(newAccount) : {};
    setAccountProblems(accountFound);
    if (!parsed.success || hasProblems(accountFound)) {
      const found: FormProblems = {};
      if (!parsed.success)
        for (const issue of parsed.error.issues) found[fieldOfPath(issue.path) ?? "about"] = true;
      return refuse(found);
    }
    setProblems({});
    const send = () =>
      save.mutate(parsed.data, {
        onSuccess: () => {
          if (isNew) forgetDraft();
          navigate("/directory/mine");
        },
        onError: (err) => {
          const found = err instanceof ApiError ? fieldsOfServerError(err.code, err.details) : null;
          if (found) refuse(found);
        },
      });
    if (!signedOut) return send();
    signUp.mutate(
      {
        input: {
          name: newAccount.name.trim(),
          email: newAccount.email.trim(),
          password: newAccount.password,
          role: "clinician",
        },
        devicePreferences: { locale: currentLocale(), theme: currentThemeChoice() },
      },
      {
        // Signed in now: the application becomes the new account's own. No session means the address may
        // already have an account (the server does not say which): sign in, and the draft is still here.
        onSuccess: (me) =>
          me
            ? send()
            : navigate("/sign-in?from=sign-up", { state: { from: "/directory/apply" }, replace: true }),
      },
    );
  };

  const listed = problemFields.filter((f) => problems[f]);
  const accountListed = accountFields.filter((f) => accountProblems[f]);
  const fieldsOfError =
    save.error instanceof ApiError && fieldsOfServerError(save.error.code, save.error.details);
  const placeError = error("place");
  return (
    <form ref={formRef} className="listing-form" onSubmit={submit} noValidate>
      <Section title={label("sections.who")}>
        <Field
          label={label("name")}
          value={d.name}
          onChange={set("name")}
          maxLength={120}
          required
          error={error("name")}
        />
        <ChoiceGroup
          legend={label("kind")}
          value={d.kind}
          onChange={set("kind")}
          choices={[
            { value: "individual", label: label("individual") },
            { value: "organization", label: label("kindOrganization") },
          ]}
        />
        <Field
          label={label("organization")}
          value={d.organization}
          onChange={set("organization")}
          maxLength={160}
          error={error("organization")}
        />
        <div className={problems.about ? "field has-error" : "field"}>
          <label htmlFor={aboutId}>{label("about")}</label>
          <p className="field-hint" id={`${aboutId}-hint`}>
            {label("aboutHint")}
          </p>
          <textarea
            id={aboutId}
            aria-describedby={problems.about ? `${aboutId}-hint ${aboutId}-error` : `${aboutId}-hint`}
            aria-invalid={problems.about ? true : undefined}
            value={d.about}
            onChange={(e) => set("about")(e.target.value)}
            rows={6}
            maxLength={3000}
          />
          {problems.about ? (
            <p className="field-error" id={`${aboutId}-error`}>
              {error("about")}
            </p>
          ) : null}
        </div>
      </Section>

      <Section title={label("sections.offer")}>
        <Chips
          legend={label("services")}
          chips={w.terms("service")}
          selected={d.services}
          onChange={set("services")}
          error={error("services")}
        />
        <Chips
          legend={label("focus")}
          chips={w.terms("focus")}
          selected={d.focus}
          onChange={set("focus")}
          error={error("focus")}
        />
        <Chips
          legend={label("approaches")}
          chips={w.terms("approach")}
          selected={d.approaches}
          onChange={set("approaches")}
          error={error("approaches")}
        />
        <Chips
          legend={label("credentials")}
          chips={w.terms("credential")}
          selected={d.credentials}
          onChange={set("credentials")}
          error={error("credentials")}
        />
        {d.credentials.map((type) => (
          <Field
            key={type}
            label={`${w.term("credential", type)}: ${label("credentialDetail")}`}
            value={d.credentialDetails[type] ?? ""}
            onChange={(v) =>
              setD((x) => ({ ...x, credentialDetails: { ...x.credentialDetails, [type]: v } }))
            }
            maxLength={200}
          />
        ))}
        <CodePicker
          legend={label("languages")}
          hint={label("languagesHint")}
          searchLabel={t("directory.picker.findLanguage")}
          options={languages}
          suggested={suggestedLanguages}
          chosen={d.languages}
          onChange={set("languages")}
          error={error("languages")}
        />
      </Section>

      <Section title={label("sections.fees")}>
        <label className="choice directory-check">
          <input type="checkbox" checked={d.accepting} onChange={(e) => set("accepting")(e.target.checked)} />
          <span>{label("accepting")}</span>
        </label>
        <Field
          label={label("fees")}
          value={d.fees}
          onChange={set("fees")}
          maxLength={300}
          error={error("fees")}
        />
        <label className="choice directory-check">
          <input
            type="checkbox"
            checked={d.slidingScale}
            onChange={(e) => set("slidingScale")(e.target.checked)}
          />
          <span>{label("slidingScale")}</span>
        </label>
        <Chips
          legend={label("insurance")}
          chips={w.terms("insurance")}
          selected={d.insurance}
          onChange={set("insurance")}
          error={error("insurance")}
        />
      </Section>

      <Section title={label("sections.where")}>
        <p className="field-hint">{label("whereHint")}</p>
        <label className="choice directory-check">
          <input type="checkbox" checked={d.inPerson} onChange={(e) => set("inPerson")(e.target.checked)} />
          <span>{label("inPerson")}</span>
        </label>
        {d.inPerson ? (
          <fieldset className="listing-place">
            <legend>{label("placeLegend")}</legend>
            <SelectField
              label={label("country")}
              value={d.country}
              onChange={set("country")}
              options={[
                { value: "US", label: label("countryUS") },
                { value: "GB", label: label("countryGB") },
              ]}
            />
            <Field
              label={label("postcode")}
              value={d.postcode}
              onChange={set("postcode")}
              maxLength={12}
              autoComplete="postal-code"
              error={error("postcode") ?? (d.postcode.trim() ? placeError : null)}
            />
            <Field
              label={label("city")}
              value={d.city}
              onChange={set("city")}
              maxLength={120}
              autoComplete="address-level2"
              error={error("city") ?? (d.postcode.trim() ? null : placeError)}
            />
            <Field
              label={label("region")}
              value={d.region}
              onChange={set("region")}
              maxLength={120}
              autoComplete="address-level1"
              error={error("region")}
            />
            <Field
              label={label("address")}
              value={d.address}
              onChange={set("address")}
              maxLength={200}
              autoComplete="street-address"
              error={error("address")}
            />
            <label className="choice directory-check">
              <input
                type="checkbox"
                checked={d.showAddress}
                onChange={(e) => set("showAddress")(e.target.checked)}
              />
              <span>{label("showAddress")}</span>
            </label>
          </fieldset>
        ) : null}
        <CodePicker
          legend={label("telehealth")}
          hint={label("telehealthHint")}
          searchLabel={t("directory.picker.findRegion")}
          options={regions}
          suggested={placeRegion ? [placeRegion, "US", "GB"] : ["US", "GB"]}
          chosen={d.telehealth}
          onChange={set("telehealth")}
          error={error("telehealth", "where")}
        />
      </Section>

      <Section title={label("sections.contact")}>
        <p className="field-hint">{label("contactHint")}</p>
        <Field
          label={label("phone")}
          value={d.phone}
          onChange={set("phone")}
          type="tel"
          autoComplete="tel"
          maxLength={40}
          error={error("phone", "contact")}
        />
        <Field
          label={label("email")}
          value={d.email}
          onChange={set("email")}
          type="email"
          autoComplete="email"
          maxLength={200}
          error={error("email")}
        />
        <Field
          label={label("website")}
          value={d.website}
          onChange={set("website")}
          type="url"
          autoComplete="url"
          maxLength={300}
          error={error("website")}
        />
      </Section>

      {signedOut ? (
        <NewAccountSection
          value={newAccount}
          onChange={(field, value) => setAccount((a) => ({ ...a, [field]: value }))}
          problems={accountProblems}
        />
      ) : null}

      {listed.length || accountListed.length ? (
        <Alert>
          {t("directory.apply.problem", {
            fields: [
              ...new Set([
                ...listed.map((f) => label(summaryLabel[f]).replace(/ \(.*\)$/, "")),
                ...accountListed.map((f) => t(`directory.apply.account.${f}`)),
              ]),
            ].join(", "),
          })}
        </Alert>
      ) : null}
      <ErrorAlert error={signUp.error} />
      {fieldsOfError ? null : <ErrorAlert error={save.error} />}
      <Button
        type="submit"
        busy={save.isPending || signUp.isPending}
        busyLabel={signUp.isPending ? t("directory.apply.account.creating") : label("saving")}
      >
        {listingId ? label("save") : signedOut ? t("directory.apply.account.submit") : label("submit")}
      </Button>
    </form>
  );
}
