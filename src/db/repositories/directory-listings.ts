import { type Kysely, type Selectable, sql, type Transaction } from "kysely";
import type { ListingStatus } from "../../domain/directory/listing.js";
import type { ListingInput, PlaceInput } from "../../domain/directory/listing-input.js";
import { foldText, searchTextOf } from "../../domain/directory/search-text.js";
import type { CredentialType } from "../../domain/directory/taxonomy.js";
import { uuidv7 } from "../../domain/ids.js";
import type { Database, DirectoryProvidersTable } from "../schema.js";

/** How a listing came to the directory. */
export type ListingSource = "application" | "hsds_import" | "demo";

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
    async create(
      listing: NewListing,
      meta: {
        ownerId: string | null;
        source: ListingSource;
        status?: ListingStatus;
        now?: number;
        confirmedAt?: number;
      },
    ): Promise<Listing> {
      const now = meta.now ?? Date.now();
      const status = meta.status ?? "pending";
      const id = uuidv7(now);
      await db.transaction().execute(async (tx) => {
        const inserted = await tx
          .insertInto("directory_providers")
          .values({
            id,
            owner_id: meta.ownerId,
            status,
            source: meta.source,
            ...contentColumns(listing),
            confirmed_at: meta.confirmedAt ?? now,
            pending_changes: null,
            moderation_note: null,
            created_at: now,
            updated_at: now,
            approved_at: status === "approved" ? now : null,
          })
          .returning("num")
          .executeTakeFirstOrThrow();
        const num = Number(inserted.num);
        await replaceTerms(tx, num, listing);
        await replaceCredentials(tx, num, listing.credentials);
      });
      return (await load({ id })) as Listing;
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
      return db.transaction().execute(async (tx) => {
        const current = await load({ id }, tx);
        if (!current) return undefined;
        const same = (a: ListingInput["credentials"], b: ListingInput["credentials"]) =>
          json([...a].map((c) => [c.type, c.detail ?? null]).sort()) ===
          json([...b].map((c) => [c.type, c.detail ?? null]).sort());
        const shown = current.credentials.map((c) => ({
          type: c.type,
          ...(c.detail ? { detail: c.detail } : {}),
        }));
        const holdForReview = current.status === "approved" && !same(listing.credentials, shown);
        const kept = holdForReview ? { ...listing, credentials: shown } : listing;
        await tx
          .updateTable("directory_providers")
          .set({
            ...contentColumns(kept),
            pending_changes: holdForReview ? json({ credentials: listing.credentials }) : null,
            updated_at: now,
          })
          .where("num", "=", current.num)
          .execute();
        await replaceTerms(tx, current.num, kept);
        if (!holdForReview) await replaceCredentials(tx, current.num, kept.credentials);
        return load({ num: current.num }, tx);
      });
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
        await tx
          .insertInto("directory_moderation_events")
          .values({
            id: uuidv7(now),
            provider_num: Number(updated.num),
            actor_id: change.actorId,
            action: change.action,
            reason: change.reason ?? null,
            at: now,
          })
          .execute();
        return load({ num: Number(updated.num) }, tx);
      });
    },

    /** The provider says again whether they are taking new clients; this keeps the listing in search. */
    async reconfirm(id: string, accepting: boolean, now = Date.now()): Promise<Listing | undefined> {
      await db
        .updateTable("directory_providers")
        .set({ accepting: accepting ? 1 : 0, confirmed_at: now, updated_at: now })
        .where("id", "=", id)
        .execute();
      return load({ id });
    },

    /** A moderator's check of one credential: who, when and how, kept with the credential. */
    async verifyCredential(
      id: string,
      type: CredentialType,
      verification: CredentialVerification,
    ): Promise<Listing | undefined> {
      const listing = await load({ id });
      if (!listing) return undefined;
      const result = await db
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
      return load({ id });
    },

    /** A moderator accepts credential changes held on a live listing: they replace the shown ones. */
    async applyPendingCredentials(id: string, now = Date.now()): Promise<Listing | undefined> {
      return db.transaction().execute(async (tx) => {
        const current = await load({ id }, tx);
        if (!current?.pendingCredentials) return undefined;
        const listing = { ...inputOf(current), credentials: current.pendingCredentials };
        await replaceCredentials(tx, current.num, current.pendingCredentials);
        await replaceTerms(tx, current.num, listing);
        await tx
          .updateTable("directory_providers")
          .set({ pending_changes: null, search_text: foldText(searchTextOf(listing)), updated_at: now })
          .where("num", "=", current.num)
          .execute();
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

    /** How many listings an account owns (an account may hold a few: a practice and its people). */
    async countOwnedBy(userId: string): Promise<number> {
      const row = await db
        .selectFrom("directory_providers")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("owner_id", "=", userId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** The provider withdraws the listing: it and its terms, credentials and history go (foreign keys cascade). */
    async remove(id: string): Promise<boolean> {
      const result = await db.deleteFrom("directory_providers").where("id", "=", id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** A moderator turns down credential changes held on a live listing: the checked ones stay. */
    async discardPendingCredentials(id: string, now = Date.now()): Promise<Listing | undefined> {
      const result = await db
        .updateTable("directory_providers")
        .set({ pending_changes: null, updated_at: now })
        .where("id", "=", id)
        .where("pending_changes", "is not", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0 ? load({ id }) : undefined;
    },

    /** Records a moderation event that changes no status (a credential check, a credential change decided). */
    async recordEvent(
      id: string,
      event: { actorId: string | null; action: string; reason?: string | null },
      now = Date.now(),
    ) {
      const listing = await load({ id });
      if (!listing) return;
      await db
        .insertInto("directory_moderation_events")
        .values({
          id: uuidv7(now),
          provider_num: listing.num,
          actor_id: event.actorId,
          action: event.action,
          reason: event.reason ?? null,
          at: now,
        })
        .execute();
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
