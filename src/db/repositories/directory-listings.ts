import { type Kysely, type Selectable, sql, type Transaction } from "kysely";
import { searchTextOf } from "../../content/directory/search-text.js";
import { type ListingStatus, nextStatus } from "../../domain/directory/listing.js";
import type { ListingInput, PlaceInput } from "../../domain/directory/listing-input.js";
import type { CredentialType } from "../../domain/directory/taxonomy.js";
import { uuidv7 } from "../../domain/ids.js";
import { foldText } from "../../domain/text.js";
import type { Database, DirectoryProvidersTable } from "../schema.js";
import { type AuditRecord, auditRepository } from "./audit.js";

/** How a listing came to the directory. */
export type ListingSource = "application" | "hsds_import" | "demo";

/** Who a new listing belongs to, where it came from, and its audit record. */
export interface CreateMeta {
  ownerId: string | null;
  applicantEmail?: string;
  source: ListingSource;
  /** An imported listing's id at its source (the HSDS service id). */
  sourceRef?: string;
  status?: ListingStatus;
  now?: number;
  confirmedAt?: number;
  audit?: ListingAudit;
}

export interface CredentialVerification {
  by: string;
  at: number;
  method: string;
}

export interface ListedCredential {
  type: CredentialType;
  detail: string | null;
  verified: CredentialVerification | null;
}

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

/**
 * Who changed a listing and from where. A write given one records it in the audit trail inside its own
 * transaction, so a change and its audit event are stored together or not at all.
 */
export type ListingAudit = Omit<AuditRecord, "subjectType" | "subjectId">;

/** What an owner's edit did, besides the new contents. */
export interface ListingEdit {
  listing: Listing;
  /** Changed credentials on a live listing, held for a moderator. */
  heldForReview: boolean;
  /** A listing sent back (changes asked for, or not accepted) went back to the moderators. */
  resubmitted: boolean;
}

/** A listing as given, with the coordinates of its in-person place already worked out (or null). */
export type NewListing = ListingInput & { coordinates: { lat: number; lon: number } | null };

type Row = Selectable<DirectoryProvidersTable>;
type CredentialRow = Selectable<Database["directory_credentials"]>;

const json = (value: unknown) => JSON.stringify(value);

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
    credentials: credentials.map((c) => ({
      type: c.type as CredentialType,
      detail: c.detail,
      verified:
        c.verified_by && c.verified_at !== null
          ? { by: c.verified_by, at: Number(c.verified_at), method: c.verification_method ?? "" }
          : null,
    })),
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

/** The (facet, term) rows a listing is filtered by. */
function termsOf(l: ListingInput): { facet: string; term: string }[] {
  return [
    ...l.services.map((term) => ({ facet: "service", term })),
    ...l.focus.map((term) => ({ facet: "focus", term })),
    ...l.approaches.map((term) => ({ facet: "approach", term })),
    ...l.credentials.map((c) => ({ facet: "credential", term: c.type })),
    ...l.languages.map((term) => ({ facet: "language", term })),
    ...l.insurance.map((term) => ({ facet: "insurance", term })),
    ...l.telehealth.map((term) => ({ facet: "telehealth", term })),
  ];
}

/** The columns a listing's own words fill; status, owner and times are set by the caller. */
function contentColumns(l: NewListing) {
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
    search_text: foldText(searchTextOf(l)),
  };
}

async function replaceTerms(tx: Transaction<Database>, num: number, l: ListingInput) {
  await tx.deleteFrom("directory_terms").where("provider_num", "=", num).execute();
  const rows = termsOf(l).map((t) => ({ provider_num: num, ...t }));
  if (rows.length) await tx.insertInto("directory_terms").values(rows).execute();
}

/**
 * Writes a listing's credentials. A credential that stays keeps its verification; a new one, or one whose
 * detail changed, starts unverified, because a moderator checked the old detail, not the new one.
 */
async function replaceCredentials(
  tx: Transaction<Database>,
  num: number,
  credentials: ListingInput["credentials"],
) {
  const before = await tx
    .selectFrom("directory_credentials")
    .selectAll()
    .where("provider_num", "=", num)
    .execute();
  await tx.deleteFrom("directory_credentials").where("provider_num", "=", num).execute();
  if (!credentials.length) return;
  await tx
    .insertInto("directory_credentials")
    .values(
      credentials.map((c) => {
        const kept = before.find((b) => b.type === c.type && (b.detail ?? null) === (c.detail ?? null));
        return {
          provider_num: num,
          type: c.type,
          detail: c.detail ?? null,
          verified_by: kept?.verified_by ?? null,
          verified_at: kept?.verified_at ?? null,
          verification_method: kept?.verification_method ?? null,
        };
      }),
    )
    .execute();
}

const sameCredentials = (a: ListingInput["credentials"], b: ListingInput["credentials"]) =>
  json([...a].map((c) => [c.type, c.detail ?? null]).sort()) ===
  json([...b].map((c) => [c.type, c.detail ?? null]).sort());

async function insertEvent(
  executor: Kysely<Database>,
  num: number,
  event: { actorId: string | null; action: string; reason?: string | null },
  now: number,
) {
  await executor
    .insertInto("directory_moderation_events")
    .values({
      id: uuidv7(now),
      provider_num: num,
      actor_id: event.actorId,
      action: event.action,
      reason: event.reason ?? null,
      at: now,
    })
    .execute();
}

async function recordAudit(
  executor: Kysely<Database>,
  listingId: string,
  audit: ListingAudit | undefined,
  now: number,
) {
  if (audit)
    await auditRepository(executor).record(
      { ...audit, subjectType: "directory_listing", subjectId: listingId },
      now,
    );
}

/**
 * An owner's edit is written only onto the listing as it was read (same status, same last change): on
 * Postgres a moderator's move or credential decision can land between the read and the write, and then the
 * edit is decided again against what is there now. Moderators can change a listing only a few times in a
 * row before it needs its owner again, so a few tries always settle it.
 */
const EDIT_TRIES = 5;

export function directoryListingsRepository(db: Kysely<Database>) {
  async function load(where: { id?: string; num?: number }, executor: Kysely<Database> = db) {
    let query = executor.selectFrom("directory_providers").selectAll();
    if (where.id !== undefined) query = query.where("id", "=", where.id);
    if (where.num !== undefined) query = query.where("num", "=", where.num);
    const row = await query.executeTakeFirst();
    if (!row) return undefined;
    const credentials = await executor
      .selectFrom("directory_credentials")
      .selectAll()
      .where("provider_num", "=", Number(row.num))
      .orderBy("type")
      .execute();
    return toListing(row, credentials);
  }

  /** One try at an owner's edit; "moved" when the listing's status changed between reading and writing. */
  async function editOnce(
    tx: Transaction<Database>,
    id: string,
    listing: NewListing,
    now: number,
    by?: { actorId: string; audit: ListingAudit },
  ): Promise<ListingEdit | undefined | "moved"> {
    const current = await load({ id }, tx);
    if (!current) return undefined;
    const shown = current.credentials.map((c) => ({
      type: c.type,
      ...(c.detail ? { detail: c.detail } : {}),
    }));
    const heldForReview = current.status === "approved" && !sameCredentials(listing.credentials, shown);
    const kept = heldForReview ? { ...listing, credentials: shown } : listing;
    const back = by ? nextStatus(current.status, "resubmit") : null;
    const written = await tx
      .updateTable("directory_providers")
      .set({
        ...contentColumns(kept),
        pending_changes: heldForReview ? json({ credentials: listing.credentials }) : null,
        updated_at: now,
        // Resubmitted, the moderator's last note has been answered; the history keeps it.
        ...(back ? { status: back, moderation_note: null } : {}),
      })
      .where("num", "=", current.num)
      .where("status", "=", current.status)
      .where("updated_at", "=", current.updatedAt)
      .executeTakeFirst();
    if (Number(written.numUpdatedRows) === 0) return "moved";
    await replaceTerms(tx, current.num, kept);
    if (!heldForReview) await replaceCredentials(tx, current.num, kept.credentials);
    if (by) {
      if (back) await insertEvent(tx, current.num, { actorId: by.actorId, action: "resubmit" }, now);
      const details = { ...by.audit.details, heldForReview, resubmitted: Boolean(back) };
      await recordAudit(tx, id, { ...by.audit, details }, now);
    }
    const edited = (await load({ num: current.num }, tx)) as Listing;
    return { listing: edited, heldForReview, resubmitted: Boolean(back) };
  }

  async function editListing(
    id: string,
    listing: NewListing,
    now: number,
    by?: { actorId: string; audit: ListingAudit },
  ): Promise<ListingEdit | undefined> {
    for (let attempt = 1; ; attempt++) {
      const result = await db.transaction().execute((tx) => editOnce(tx, id, listing, now, by));
      if (result !== "moved") return result;
      if (attempt === EDIT_TRIES) throw new Error(`listing ${id} kept changing during an edit`);
    }
  }

  /** Writes a listing with its terms, credentials and audit record in one transaction; null on a source id seen before. */
  async function insertListing(listing: NewListing, meta: CreateMeta): Promise<Listing | null> {
    const now = meta.now ?? Date.now();
    const status = meta.status ?? "pending";
    const id = uuidv7(now);
    const written = await db.transaction().execute(async (tx) => {
      const inserted = await tx
        .insertInto("directory_providers")
        .values({
          id,
          owner_id: meta.ownerId,
          applicant_email: meta.applicantEmail?.toLowerCase() ?? null,
          status,
          source: meta.source,
          source_ref: meta.sourceRef?.toLowerCase() ?? null,
          ...contentColumns(listing),
          confirmed_at: meta.confirmedAt ?? now,
          pending_changes: null,
          moderation_note: null,
          created_at: now,
          updated_at: now,
          approved_at: status === "approved" ? now : null,
        })
        .onConflict((oc) => oc.columns(["source", "source_ref"]).doNothing())
        .returning("num")
        .executeTakeFirst();
      if (!inserted) return false;
      const num = Number(inserted.num);
      await replaceTerms(tx, num, listing);
      await replaceCredentials(tx, num, listing.credentials);
      await recordAudit(tx, id, meta.audit, now);
      return true;
    });
    return written ? ((await load({ id })) as Listing) : null;
  }

  return {
    get: (id: string) => load({ id }),
    /** By the internal key the search indexes return. */
    getByNum: (num: number) => load({ num }),

    /** Listings owned by this account, newest first. */
    async ownedBy(userId: string): Promise<Listing[]> {
      const rows = await db
        .selectFrom("directory_providers")
        .select("id")
        .where("owner_id", "=", userId)
        .orderBy("created_at", "desc")
        .execute();
      const found = await Promise.all(rows.map((r) => load({ id: r.id })));
      return found.filter((l): l is Listing => Boolean(l));
    },

    /** A new listing with its terms and credentials, in one transaction. */
    async create(listing: NewListing, meta: CreateMeta): Promise<Listing> {
      return (await insertListing(listing, meta)) as Listing;
    },

    /**
     * An imported listing, once per source id: null, writing nothing, when this source already brought in a
     * listing with that id (before, or in an import running at the same moment).
     */
    async importOnce(listing: NewListing, meta: CreateMeta & { sourceRef: string }): Promise<Listing | null> {
      return insertListing(listing, meta);
    },

    /** Which of these source ids this source has already imported, each with its listing's id. */
    async imported(source: ListingSource, refs: string[]): Promise<Map<string, string>> {
      const found = new Map<string, string>();
      const wanted = [...new Set(refs.map((r) => r.toLowerCase()))];
      for (let k = 0; k < wanted.length; k += 500) {
        const rows = await db
          .selectFrom("directory_providers")
          .select(["id", "source_ref"])
          .where("source", "=", source)
          .where("source_ref", "in", wanted.slice(k, k + 500))
          .execute();
        for (const r of rows) if (r.source_ref) found.set(r.source_ref, r.id);
      }
      return found;
    },

    /**
     * Many listings at once (the benchmark's 100,000 and a large import), a batch per transaction: the same
     * rows create() writes, without reading each back.
     */
    async bulkCreate(
      listings: readonly NewListing[],
      meta: { source: ListingSource; status: ListingStatus; now?: number },
      batchSize = 500,
    ): Promise<number> {
      const now = meta.now ?? Date.now();
      for (let start = 0; start < listings.length; start += batchSize) {
        const batch = listings.slice(start, start + batchSize);
        await db.transaction().execute(async (tx) => {
          const inserted = await tx
            .insertInto("directory_providers")
            .values(
              batch.map((l) => ({
                id: uuidv7(now),
                owner_id: null,
                status: meta.status,
                source: meta.source,
                ...contentColumns(l),
                confirmed_at: now,
                pending_changes: null,
                moderation_note: null,
                created_at: now,
                updated_at: now,
                approved_at: meta.status === "approved" ? now : null,
              })),
            )
            .returning("num")
            .execute();
          const terms = batch.flatMap((l, i) =>
            termsOf(l).map((t) => ({ provider_num: Number(inserted[i]?.num), ...t })),
          );
          for (let k = 0; k < terms.length; k += 2000)
            await tx
              .insertInto("directory_terms")
              .values(terms.slice(k, k + 2000))
              .execute();
          const credentials = batch.flatMap((l, i) =>
            l.credentials.map((c) => ({
              provider_num: Number(inserted[i]?.num),
              type: c.type,
              detail: c.detail ?? null,
              verified_by: null,
              verified_at: null,
              verification_method: null,
            })),
          );
          if (credentials.length) await tx.insertInto("directory_credentials").values(credentials).execute();
        });
      }
      // Fresh statistics: without them both planners guess that each filter matches one row and pick a
      // nested loop over the term index that is hundreds of times slower than the plan they choose after.
      await sql`analyze directory_providers`.execute(db);
      await sql`analyze directory_terms`.execute(db);
      return listings.length;
    },

    /**
     * The owner's edit. Everything but credentials applies at once. On a live (approved) listing, changed
     * credentials wait in pending_changes for a moderator and the listing keeps showing the checked ones;
     * on a listing not yet approved they simply replace the old ones (a moderator will see them anyway).
     */
    async update(id: string, listing: NewListing, now = Date.now()): Promise<Listing | undefined> {
      return (await editListing(id, listing, now))?.listing;
    },

    /**
     * The owner's edit as the API makes it: update()'s rules, and a listing sent back for changes or not
     * accepted goes back to the moderators ("resubmit"), with its event and the audit row, in one transaction.
     */
    edit(
      id: string,
      listing: NewListing,
      by: { actorId: string; audit: ListingAudit },
      now = Date.now(),
    ): Promise<ListingEdit | undefined> {
      return editListing(id, listing, now, by);
    },

    /**
     * Moves a listing to a new status only if it is still in the status the caller saw, so two moderators
     * acting at once cannot both win; records the event in the same transaction. Returns undefined when the
     * listing changed underneath (the caller answers 409).
     */
    async transition(
      id: string,
      change: {
        from: ListingStatus;
        to: ListingStatus;
        action: string;
        actorId: string | null;
        reason?: string | null;
        audit?: ListingAudit;
      },
      now = Date.now(),
    ): Promise<Listing | undefined> {
      return db.transaction().execute(async (tx) => {
        const updated = await tx
          .updateTable("directory_providers")
          .set({
            status: change.to,
            moderation_note: change.reason ?? null,
            updated_at: now,
            ...(change.to === "approved" ? { approved_at: now } : {}),
          })
          .where("id", "=", id)
          .where("status", "=", change.from)
          .returning("num")
          .executeTakeFirst();
        if (!updated) return undefined;
        await insertEvent(tx, Number(updated.num), change, now);
        await recordAudit(tx, id, change.audit, now);
        return load({ num: Number(updated.num) }, tx);
      });
    },

    /** The provider says again whether they are taking new clients; this keeps the listing in search. */
    async reconfirm(
      id: string,
      accepting: boolean,
      now = Date.now(),
      audit?: ListingAudit,
    ): Promise<Listing | undefined> {
      return db.transaction().execute(async (tx) => {
        const result = await tx
          .updateTable("directory_providers")
          .set({ accepting: accepting ? 1 : 0, confirmed_at: now, updated_at: now })
          .where("id", "=", id)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return undefined;
        await recordAudit(tx, id, audit, now);
        return load({ id }, tx);
      });
    },

    /**
     * A moderator's check of one credential: who, when and how, kept with the credential. Given an audit
     * record, the check also goes into the listing's history and the audit trail, in the same transaction.
     */
    async verifyCredential(
      id: string,
      type: CredentialType,
      verification: CredentialVerification,
      audit?: ListingAudit,
    ): Promise<Listing | undefined> {
      return db.transaction().execute(async (tx) => {
        const listing = await load({ id }, tx);
        if (!listing) return undefined;
        const result = await tx
          .updateTable("directory_credentials")
          .set({
            verified_by: verification.by,
            verified_at: verification.at,
            verification_method: verification.method,
          })
          .where("provider_num", "=", listing.num)
          .where("type", "=", type)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return undefined;
        if (audit) {
          const reason = `${type}: ${verification.method}`;
          await insertEvent(
            tx,
            listing.num,
            { actorId: verification.by, action: "verify_credential", reason },
            verification.at,
          );
          await recordAudit(tx, id, audit, verification.at);
        }
        return load({ num: listing.num }, tx);
      });
    },

    /**
     * A moderator accepts credential changes held on a live listing: they replace the shown ones. Given who
     * decided, the decision goes into the listing's history and the audit trail in the same transaction.
     */
    async applyPendingCredentials(
      id: string,
      now = Date.now(),
      by?: { actorId: string; audit: ListingAudit },
    ): Promise<Listing | undefined> {
      return db.transaction().execute(async (tx) => {
        const current = await load({ id }, tx);
        if (!current?.pendingCredentials) return undefined;
        const listing = { ...inputOf(current), credentials: current.pendingCredentials };
        // Claimed only as read: an owner's edit or another moderator's decision landing in between (on
        // Postgres) makes this one apply nothing, rather than credentials nobody reviewed.
        const claimed = await tx
          .updateTable("directory_providers")
          .set({ pending_changes: null, search_text: foldText(searchTextOf(listing)), updated_at: now })
          .where("num", "=", current.num)
          .where("pending_changes", "is not", null)
          .where("updated_at", "=", current.updatedAt)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) === 0) return undefined;
        await replaceCredentials(tx, current.num, current.pendingCredentials);
        await replaceTerms(tx, current.num, listing);
        if (by) {
          await insertEvent(
            tx,
            current.num,
            { actorId: by.actorId, action: "credential_changes_approve" },
            now,
          );
          await recordAudit(tx, id, by.audit, now);
        }
        return load({ num: current.num }, tx);
      });
    },

    /**
     * The moderation queue, oldest first (first come, first served), resumable after a (createdAt, num)
     * position. For "pending" it also holds live listings whose credential changes wait for review.
     */
    async queue(status: ListingStatus, after: { createdAt: number; num: number } | null, limit: number) {
      let q = db.selectFrom("directory_providers").select(["num", "created_at"]);
      q =
        status === "pending"
          ? q.where((eb) =>
              eb.or([
                eb("status", "=", "pending"),
                eb.and([eb("status", "=", "approved"), eb("pending_changes", "is not", null)]),
              ]),
            )
          : q.where("status", "=", status);
      if (after)
        q = q.where((eb) =>
          eb.or([
            eb("created_at", ">", after.createdAt),
            eb.and([eb("created_at", "=", after.createdAt), eb("num", ">", after.num)]),
          ]),
        );
      const rows = await q.orderBy("created_at").orderBy("num").limit(limit).execute();
      const found = await Promise.all(rows.map((r) => load({ num: Number(r.num) })));
      return found.filter((l): l is Listing => Boolean(l));
    },

    /** Applications made without an account from this email that nobody has taken over yet. */
    async countUnclaimed(email: string): Promise<number> {
      const row = await db
        .selectFrom("directory_providers")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("applicant_email", "=", email.toLowerCase())
        .where("owner_id", "is", null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /**
     * An account takes over the applications made without one from its email, while they are still in
     * review. A live listing is not handed to whoever signs up with an address later: its contact details
     * are public, so taking one over is a moderator's call.
     */
    async claimApplications(userId: string, email: string, audit: ListingAudit, now = Date.now()) {
      return db.transaction().execute(async (tx) => {
        const claimed = await tx
          .updateTable("directory_providers")
          .set({ owner_id: userId, updated_at: now })
          .where("applicant_email", "=", email.toLowerCase())
          .where("owner_id", "is", null)
          .where("status", "in", ["pending", "changes_requested"])
          .returning(["id", "num"])
          .execute();
        for (const row of claimed) {
          await insertEvent(tx, Number(row.num), { actorId: userId, action: "claim" }, now);
          await recordAudit(tx, row.id, audit, now);
        }
        return claimed.length;
      });
    },

    /** How many listings an account owns (an account may hold a few: a practice and its people). */
    async countOwnedBy(userId: string): Promise<number> {
      const row = await db
        .selectFrom("directory_providers")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("owner_id", "=", userId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /**
     * The provider withdraws the listing: it and its terms, credentials and history go (foreign keys
     * cascade; on SQLite a trigger takes its words out of the FTS index). The audit row outlives it.
     */
    async remove(id: string, audit?: ListingAudit, now = Date.now()): Promise<boolean> {
      return db.transaction().execute(async (tx) => {
        const result = await tx.deleteFrom("directory_providers").where("id", "=", id).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) return false;
        await recordAudit(tx, id, audit, now);
        return true;
      });
    },

    /**
     * A moderator turns down credential changes held on a live listing: the checked ones stay. Given who
     * decided and why, the decision goes into the listing's history and the audit trail in one transaction.
     */
    async discardPendingCredentials(
      id: string,
      now = Date.now(),
      by?: { actorId: string; reason: string; audit: ListingAudit },
    ): Promise<Listing | undefined> {
      return db.transaction().execute(async (tx) => {
        const result = await tx
          .updateTable("directory_providers")
          .set({ pending_changes: null, updated_at: now })
          .where("id", "=", id)
          .where("pending_changes", "is not", null)
          .returning("num")
          .executeTakeFirst();
        if (!result) return undefined;
        if (by) {
          const event = { actorId: by.actorId, action: "credential_changes_reject", reason: by.reason };
          await insertEvent(tx, Number(result.num), event, now);
          await recordAudit(tx, id, by.audit, now);
        }
        return load({ num: Number(result.num) }, tx);
      });
    },

    /** Records a moderation event that changes no status (a credential check, a credential change decided). */
    async recordEvent(
      id: string,
      event: { actorId: string | null; action: string; reason?: string | null },
      now = Date.now(),
    ) {
      const listing = await load({ id });
      if (!listing) return;
      await insertEvent(db, listing.num, event, now);
    },

    /** Moderation history of a listing, oldest first. */
    async events(id: string) {
      return db
        .selectFrom("directory_moderation_events as e")
        .innerJoin("directory_providers as p", "p.num", "e.provider_num")
        .select(["e.id", "e.actor_id as actorId", "e.action", "e.reason", "e.at"])
        .where("p.id", "=", id)
        .orderBy("e.at")
        .orderBy("e.id")
        .execute();
    },
  };
}
export type DirectoryListingsRepository = ReturnType<typeof directoryListingsRepository>;
