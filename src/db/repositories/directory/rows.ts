import type { Selectable } from "kysely";
import type { ListingStatus } from "../../../domain/directory/listing.js";
import type { ListingInput, PlaceInput } from "../../../domain/directory/listing-input.js";
import type { DirectoryProvidersTable } from "../../schema.js";
import { type CredentialRow, type ListedCredential, listedCredential } from "./credentials.js";
import { searchTextColumn } from "./search-terms.js";

/** How a listing came to the directory. */
export type ListingSource = "application" | "hsds_import" | "demo";

export type Place = Omit<PlaceInput, "lat" | "lon">;

export interface Listing {
  id: string;
  /** The stable integer key the search indexes use; never shown outside the server. */
  num: number;
  ownerId: string | null;
  /** Where to reach someone who applied without an account (until an account takes the listing over). */
  applicantEmail: string | null;
  status: ListingStatus;
  source: ListingSource;
  kind: ListingInput["kind"];
  name: string;
  organization: string | null;
  about: string;
  services: ListingInput["services"];
  focus: ListingInput["focus"];
  approaches: ListingInput["approaches"];
  languages: string[];
  insurance: ListingInput["insurance"];
  telehealth: string[];
  credentials: ListedCredential[];
  fees: string | null;
  slidingScale: boolean;
  accepting: boolean;
  /** When the provider last said whether they are taking new clients (epoch ms). */
  confirmedAt: number;
  place: Place | null;
  lat: number | null;
  lon: number | null;
  contact: ListingInput["contact"];
  /** Credential changes to a live listing that wait for a moderator. */
  pendingCredentials: ListingInput["credentials"] | null;
  moderationNote: string | null;
  createdAt: number;
  updatedAt: number;
  approvedAt: number | null;
}

/** A listing as given, with the coordinates of its in-person place already worked out (or null). */
export type NewListing = ListingInput & { coordinates: { lat: number; lon: number } | null };

type Row = Selectable<DirectoryProvidersTable>;

/** Lists and objects are stored as JSON text, the same on SQLite and Postgres. */
export const json = (value: unknown) => JSON.stringify(value);

export function toListing(r: Row, credentials: readonly CredentialRow[]): Listing {
  const pending = r.pending_changes
    ? (JSON.parse(r.pending_changes) as { credentials?: ListingInput["credentials"] })
    : null;
  return {
    id: r.id,
    num: Number(r.num),
    ownerId: r.owner_id,
    applicantEmail: r.applicant_email,
    status: r.status as ListingStatus,
    source: r.source as ListingSource,
    kind: r.kind as Listing["kind"],
    name: r.name,
    organization: r.organization,
    about: r.about,
    services: JSON.parse(r.services),
    focus: JSON.parse(r.focus),
    approaches: JSON.parse(r.approaches),
    languages: JSON.parse(r.languages),
    insurance: JSON.parse(r.insurance),
    telehealth: JSON.parse(r.telehealth),
    credentials: credentials.map(listedCredential),
    fees: r.fees,
    slidingScale: r.sliding_scale === 1,
    accepting: r.accepting === 1,
    confirmedAt: Number(r.confirmed_at),
    place: r.place ? (JSON.parse(r.place) as Place) : null,
    lat: r.lat,
    lon: r.lon,
    contact: JSON.parse(r.contact),
    pendingCredentials: pending?.credentials ?? null,
    moderationNote: r.moderation_note,
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    approvedAt: r.approved_at === null ? null : Number(r.approved_at),
  };
}

/** A stored listing in the words of an application: what the owner's edit form starts from. */
export function inputOf(l: Listing): ListingInput {
  return {
    name: l.name,
    kind: l.kind,
    ...(l.organization ? { organization: l.organization } : {}),
    about: l.about,
    services: l.services,
    focus: l.focus,
    approaches: l.approaches,
    credentials: l.credentials.map((c) => ({ type: c.type, ...(c.detail ? { detail: c.detail } : {}) })),
    languages: l.languages,
    insurance: l.insurance,
    ...(l.fees ? { fees: l.fees } : {}),
    slidingScale: l.slidingScale,
    accepting: l.accepting,
    inPerson: l.place
      ? { ...l.place, ...(l.lat !== null && l.lon !== null ? { lat: l.lat, lon: l.lon } : {}) }
      : null,
    telehealth: l.telehealth,
    contact: l.contact,
  };
}

/** The columns a listing's own words fill; status, owner and times are set by the caller. */
export function contentColumns(l: NewListing) {
  const { lat: _lat, lon: _lon, ...place } = l.inPerson ?? ({} as PlaceInput);
  return {
    kind: l.kind,
    name: l.name,
    organization: l.organization ?? null,
    about: l.about,
    services: json(l.services),
    focus: json(l.focus),
    approaches: json(l.approaches),
    languages: json(l.languages),
    insurance: json(l.insurance),
    telehealth: json(l.telehealth),
    fees: l.fees ?? null,
    sliding_scale: l.slidingScale ? 1 : 0,
    accepting: l.accepting ? 1 : 0,
    place: l.inPerson ? json(place) : null,
    lat: l.coordinates?.lat ?? null,
    lon: l.coordinates?.lon ?? null,
    contact: json(l.contact),
    search_text: searchTextColumn(l),
  };
}
