// The provider's listing form, for an application and for an edit, in sections a clinician can fill in
// one at a time. It checks the answers with the same rules as the server (listingInputSchema) before
// sending, and puts each problem, the browser's or the server's (a place it cannot find on the map), next
// to its field in the person's language, moving focus to the first.
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { type ListingInput, listingInputSchema } from "../../../domain/directory/listing-input";
import { ApiError } from "../../api/client";
import { useSaveListing } from "../../api/directory";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { type Chip, ChipGroup } from "../../components/ChipGroup";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { SelectField } from "../../components/SelectField";
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

export function ListingForm({ listingId, initial }: { listingId?: string; initial?: ListingInput }) {
  const { t } = useTranslation();
  const w = useDirectoryWords();
  const navigate = useNavigate();
  const save = useSaveListing(listingId);
  const formRef = useRef<HTMLFormElement>(null);
  const aboutId = useId();
  const [d, setD] = useState<Draft>(() => draftOf(initial));
  const [problems, setProblems] = useState<FormProblems>({});
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
    const parsed = listingInputSchema.safeParse(inputOf(d));
    if (!parsed.success) {
      const found: FormProblems = {};
      for (const issue of parsed.error.issues) found[fieldOfPath(issue.path) ?? "about"] = true;
      return refuse(found);
    }
    setProblems({});
    save.mutate(parsed.data, {
      onSuccess: () => navigate("/directory/mine"),
      onError: (err) => {
        const found = err instanceof ApiError ? fieldsOfServerError(err.code, err.details) : null;
        if (found) refuse(found);
      },
    });
  };

  const listed = problemFields.filter((f) => problems[f]);
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
        <Field
          label={label("languages")}
          hint={label("languagesHint")}
          value={d.languages}
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
        <Field
          label={label("telehealth")}
          hint={label("telehealthHint")}
          value={d.telehealth}
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

      {listed.length ? (
        <Alert>
          {t("directory.apply.problem", {
            fields: [...new Set(listed.map((f) => label(summaryLabel[f]).replace(/ \(.*\)$/, "")))].join(
              ", ",
            ),
          })}
        </Alert>
      ) : null}
      {fieldsOfError ? null : <ErrorAlert error={save.error} />}
      <Button type="submit" busy={save.isPending} busyLabel={label("saving")}>
        {listingId ? label("save") : label("submit")}
      </Button>
    </form>
  );
}
