// The listing form's state as the person types it, how it becomes the API's ListingInput, and which field a
// problem belongs to, whether the browser found it (the shared zod schema) or the server did.
import type { ListingInput } from "../../../domain/directory/listing-input.js"; // .js: unit-tested under Node's rules

export interface Draft {
  name: string;
  kind: "individual" | "organization";
  organization: string;
  about: string;
  services: string[];
  focus: string[];
  approaches: string[];
  credentials: string[];
  credentialDetails: Record<string, string>;
  /** Language codes (ISO 639), picked by name. */
  languages: string[];
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
  /** Video regions (US, US-CA, GB-SCT), picked by name. */
  telehealth: string[];
  phone: string;
  email: string;
  website: string;
}

const optional = (s: string) => (s.trim() ? s.trim() : undefined);

export function draftOf(input?: ListingInput): Draft {
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
    languages: input?.languages ?? ["en"],
    insurance: input?.insurance ?? [],
    fees: input?.fees ?? "",
    slidingScale: input?.slidingScale ?? false,
    accepting: input?.accepting ?? true,
    // A new application starts with a place open (most providers see people in person); an edit keeps
    // what the listing says.
    inPerson: input ? Boolean(input.inPerson) : true,
    address: input?.inPerson?.address ?? "",
    showAddress: input?.inPerson?.showAddress ?? false,
    city: input?.inPerson?.city ?? "",
    region: input?.inPerson?.region ?? "",
    postcode: input?.inPerson?.postcode ?? "",
    country: input?.inPerson?.country ?? "US",
    telehealth: input?.telehealth ?? [],
    phone: input?.contact.phone ?? "",
    email: input?.contact.email ?? "",
    website: input?.contact.website ?? "",
  };
}

/**
 * A draft kept from an earlier visit (savedDraft.ts), or null when there is none worth restoring. Each field
 * is taken only if it has the shape a draft's field has, so a draft saved by an older version of the form
 * cannot break this one.
 */
export function restoreDraft(stored: unknown): Draft | null {
  if (!stored || typeof stored !== "object") return null;
  const fresh = draftOf();
  const restored: Record<string, unknown> = { ...fresh };
  for (const [key, value] of Object.entries(stored)) {
    const model = (fresh as unknown as Record<string, unknown>)[key];
    if (model === undefined) continue;
    const sameShape = Array.isArray(model)
      ? Array.isArray(value) && value.every((v) => typeof v === "string")
      : typeof model === typeof value && value !== null && !Array.isArray(value);
    if (sameShape) restored[key] = value;
  }
  const draft = restored as unknown as Draft;
  if (draft.kind !== "individual" && draft.kind !== "organization") draft.kind = fresh.kind;
  if (draft.country !== "US" && draft.country !== "GB") draft.country = fresh.country;
  return draft;
}

/** The body for the API, unchecked: the caller parses it with listingInputSchema before sending. */
export function inputOf(d: Draft): unknown {
  return {
    name: d.name,
    kind: d.kind,
    organization: optional(d.organization),
    about: d.about,
    services: d.services,
    focus: d.focus,
    approaches: d.approaches,
    credentials: d.credentials.map((type) => ({ type, detail: optional(d.credentialDetails[type] ?? "") })),
    languages: d.languages,
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
    telehealth: d.telehealth,
    contact: { phone: optional(d.phone), email: optional(d.email), website: optional(d.website) },
  };
}

/** The places in the form a problem can be shown next to, in the order they appear. */
export const problemFields = [
  "name",
  "organization",
  "about",
  "services",
  "focus",
  "approaches",
  "credentials",
  "languages",
  "insurance",
  "fees",
  "where",
  "place",
  "postcode",
  "city",
  "region",
  "address",
  "telehealth",
  "contact",
  "phone",
  "email",
  "website",
] as const;
export type ProblemField = (typeof problemFields)[number];
export type FormProblems = Partial<Record<ProblemField, true>>;

const topLevel = new Set<string>(problemFields);

/** Which field a schema issue is about: ["inPerson", "city"] → city, ["contact"] → contact, and so on. */
export function fieldOfPath(path: readonly PropertyKey[]): ProblemField | null {
  const [first, second] = path.map(String);
  if (first === "inPerson")
    return second === "city" || second === "postcode" || second === "region" || second === "address"
      ? second
      : "where";
  if (first === "contact")
    return second === "phone" || second === "email" || second === "website" ? second : "contact";
  return first && topLevel.has(first) ? (first as ProblemField) : null;
}

/**
 * The fields a server refusal names: a validation error lists issue paths ("/inPerson/city"), and a place
 * that cannot be put on the map says { field: "inPerson" }. Null when the refusal is about no one field.
 */
export function fieldsOfServerError(code: string, details: unknown): FormProblems | null {
  if (code === "unknown_place") return { place: true };
  const issues = (details as { issues?: { path?: string }[] } | undefined)?.issues;
  if (!Array.isArray(issues)) return null;
  const found: FormProblems = {};
  for (const issue of issues) {
    const field = fieldOfPath((issue.path ?? "").split(/[/.]/).filter(Boolean));
    if (field) found[field] = true;
  }
  return Object.keys(found).length ? found : null;
}
