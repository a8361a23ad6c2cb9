// The provider's listing form, for an application and for an edit. It checks the answers with the same
// rules as the server (listingInputSchema) before sending, names the fields that need a look in the
// person's language, and shows the server's own words for anything only it can judge (an unknown place).
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { type ListingInput, listingInputSchema } from "../../../domain/directory/listing-input";
import { useSaveListing } from "../../api/directory";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ChipGroup } from "../../components/ChipGroup";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { SelectField } from "../../components/SelectField";
import { type TermFacet, useDirectoryWords } from "./labels";

interface Draft {
  name: string;
  kind: "individual" | "organization";
  organization: string;
  about: string;
  services: string[];
  focus: string[];
  approaches: string[];
  credentials: string[];
  credentialDetails: Record<string, string>;
  languages: string;
  insurance: string[];
  fees: string;
  slidingScale: boolean;
  accepting: boolean;
  inPerson: boolean;
  address: string;
  showAddress: boolean;
  city: string;
  region: string;
  postcode: string;
  country: "US" | "GB";
  telehealth: string;
  phone: string;
  email: string;
  website: string;
}

const list = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

function draftOf(input?: ListingInput): Draft {
  return {
    name: input?.name ?? "",
    kind: input?.kind ?? "individual",
    organization: input?.organization ?? "",
    about: input?.about ?? "",
    services: input?.services ?? [],
    focus: input?.focus ?? [],
    approaches: input?.approaches ?? [],
    credentials: input?.credentials.map((c) => c.type) ?? [],
    credentialDetails: Object.fromEntries(input?.credentials.map((c) => [c.type, c.detail ?? ""]) ?? []),
    languages: input?.languages.join(", ") ?? "en",
    insurance: input?.insurance ?? [],
    fees: input?.fees ?? "",
    slidingScale: input?.slidingScale ?? false,
    accepting: input?.accepting ?? true,
    inPerson: Boolean(input?.inPerson) || !input,
    address: input?.inPerson?.address ?? "",
    showAddress: input?.inPerson?.showAddress ?? false,
    city: input?.inPerson?.city ?? "",
    region: input?.inPerson?.region ?? "",
    postcode: input?.inPerson?.postcode ?? "",
    country: input?.inPerson?.country ?? "US",
    telehealth: input?.telehealth.join(", ") ?? "",
    phone: input?.contact.phone ?? "",
    email: input?.contact.email ?? "",
    website: input?.contact.website ?? "",
  };
}

const optional = (s: string) => (s.trim() ? s.trim() : undefined);

function inputOf(d: Draft): unknown {
  return {
    name: d.name,
    kind: d.kind,
    organization: optional(d.organization),
    about: d.about,
    services: d.services,
    focus: d.focus,
    approaches: d.approaches,
    credentials: d.credentials.map((type) => ({ type, detail: optional(d.credentialDetails[type] ?? "") })),
    languages: list(d.languages.toLowerCase()),
    insurance: d.insurance,
    fees: optional(d.fees),
    slidingScale: d.slidingScale,
    accepting: d.accepting,
    inPerson: d.inPerson
      ? {
          address: optional(d.address),
          showAddress: d.showAddress,
          city: d.city,
          region: optional(d.region),
          postcode: optional(d.postcode),
          country: d.country,
        }
      : null,
    telehealth: list(d.telehealth.toUpperCase()),
    contact: { phone: optional(d.phone), email: optional(d.email), website: optional(d.website) },
  };
}

/** Which label names a field the schema found a problem with. */
const problemLabel: Record<string, string> = {
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
  inPerson: "inPerson",
  telehealth: "telehealth",
  contact: "email",
};

export function ListingForm({ listingId, initial }: { listingId?: string; initial?: ListingInput }) {
  const { t } = useTranslation();
  const w = useDirectoryWords();
  const navigate = useNavigate();
  const save = useSaveListing(listingId);
  const [d, setD] = useState<Draft>(() => draftOf(initial));
  const [problems, setProblems] = useState<string[]>([]);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setD((x) => ({ ...x, [key]: value }));
  const chips = (facet: TermFacet) => w.terms(facet);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = listingInputSchema.safeParse(inputOf(d));
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => problemLabel[String(i.path[0])] ?? "about"))];
      setProblems(fields);
      return;
    }
    setProblems([]);
    save.mutate(parsed.data, { onSuccess: () => navigate("/directory/mine") });
  };

  const label = (key: string) => t(`directory.apply.${key}` as "directory.apply.name");
  return (
    <form className="listing-form" onSubmit={submit} noValidate>
      <Field label={label("name")} value={d.name} onChange={set("name")} maxLength={120} required />
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
      />
      <div className="field">
        <label htmlFor="listing-about">{label("about")}</label>
        <p className="field-hint" id="listing-about-hint">
          {label("aboutHint")}
        </p>
        <textarea
          id="listing-about"
          aria-describedby="listing-about-hint"
          value={d.about}
          onChange={(e) => set("about")(e.target.value)}
          rows={6}
          maxLength={3000}
        />
      </div>
      <ChipGroup
        legend={label("services")}
        chips={chips("service")}
        selected={d.services}
        onChange={set("services")}
      />
      <ChipGroup legend={label("focus")} chips={chips("focus")} selected={d.focus} onChange={set("focus")} />
      <ChipGroup
        legend={label("approaches")}
        chips={chips("approach")}
        selected={d.approaches}
        onChange={set("approaches")}
      />
      <ChipGroup
        legend={label("credentials")}
        chips={chips("credential")}
        selected={d.credentials}
        onChange={set("credentials")}
      />
      {d.credentials.map((type) => (
        <Field
          key={type}
          label={`${w.term("credential", type)}: ${label("credentialDetail")}`}
          value={d.credentialDetails[type] ?? ""}
          onChange={(v) => setD((x) => ({ ...x, credentialDetails: { ...x.credentialDetails, [type]: v } }))}
          maxLength={200}
        />
      ))}
      <Field
        label={label("languages")}
        hint={label("languagesHint")}
        value={d.languages}
        onChange={set("languages")}
      />
      <ChipGroup
        legend={label("insurance")}
        chips={chips("insurance")}
        selected={d.insurance}
        onChange={set("insurance")}
      />
      <Field label={label("fees")} value={d.fees} onChange={set("fees")} maxLength={300} />
      {(["slidingScale", "accepting", "inPerson"] as const).map((key) => (
        <label key={key} className="choice directory-check">
          <input type="checkbox" checked={d[key]} onChange={(e) => set(key)(e.target.checked)} />
          <span>{label(key)}</span>
        </label>
      ))}
      {d.inPerson ? (
        <fieldset className="listing-place">
          <legend>{label("inPerson")}</legend>
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
          />
          <Field
            label={label("city")}
            value={d.city}
            onChange={set("city")}
            maxLength={120}
            autoComplete="address-level2"
          />
          <Field
            label={label("region")}
            value={d.region}
            onChange={set("region")}
            maxLength={120}
            autoComplete="address-level1"
          />
          <Field
            label={label("address")}
            value={d.address}
            onChange={set("address")}
            maxLength={200}
            autoComplete="street-address"
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
      />
      <Field
        label={label("phone")}
        value={d.phone}
        onChange={set("phone")}
        type="tel"
        autoComplete="tel"
        maxLength={40}
      />
      <Field
        label={label("email")}
        value={d.email}
        onChange={set("email")}
        type="email"
        autoComplete="email"
        maxLength={200}
      />
      <Field
        label={label("website")}
        value={d.website}
        onChange={set("website")}
        type="url"
        autoComplete="url"
        maxLength={300}
      />
      {problems.length ? (
        <Alert>
          {t("directory.apply.problem", {
            fields: problems.map((f) => label(f).replace(/ \(.*\)$/, "")).join(", "),
          })}
        </Alert>
      ) : null}
      <ErrorAlert error={save.error} />
      <Button type="submit" busy={save.isPending} busyLabel={label("saving")}>
        {listingId ? label("save") : label("submit")}
      </Button>
    </form>
  );
}
