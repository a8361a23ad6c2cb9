import type { Selectable, Transaction } from "kysely";
import type { ListingInput } from "../../../domain/directory/listing-input.js";
import type { CredentialType } from "../../../domain/directory/taxonomy.js";
import type { Database } from "../../schema.js";

/**
 * A listing's credentials and their states: each is unverified until a moderator checks it, and the check
 * (who, when, how) belongs to that credential as written: change the detail and it needs checking again.
 */

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

export type CredentialRow = Selectable<Database["directory_credentials"]>;

export const listedCredential = (c: CredentialRow): ListedCredential => ({
  type: c.type as CredentialType,
  detail: c.detail,
  verified:
    c.verified_by && c.verified_at !== null
      ? { by: c.verified_by, at: Number(c.verified_at), method: c.verification_method ?? "" }
      : null,
});

/** Whether two lists name the same credentials with the same details, in any order. */
export const sameCredentials = (a: ListingInput["credentials"], b: ListingInput["credentials"]) =>
  JSON.stringify([...a].map((c) => [c.type, c.detail ?? null]).sort()) ===
  JSON.stringify([...b].map((c) => [c.type, c.detail ?? null]).sort());

/** A credential's row as written, with the verification it keeps (none for one not checked yet). */
const credentialRow = (
  num: number,
  c: ListingInput["credentials"][number],
  kept?: Pick<CredentialRow, "verified_by" | "verified_at" | "verification_method">,
) => ({
  provider_num: num,
  type: c.type,
  detail: c.detail ?? null,
  verified_by: kept?.verified_by ?? null,
  verified_at: kept?.verified_at ?? null,
  verification_method: kept?.verification_method ?? null,
});

/**
 * Writes a listing's credentials. A credential that stays keeps its verification; a new one, or one whose
 * detail changed, starts unverified, because a moderator checked the old detail, not the new one.
 */
export async function replaceCredentials(
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
      credentials.map((c) =>
        credentialRow(
          num,
          c,
          before.find((b) => b.type === c.type && (b.detail ?? null) === (c.detail ?? null)),
        ),
      ),
    )
    .execute();
}

/** The credentials of many new listings, all unverified. */
export async function insertNewCredentials(
  tx: Transaction<Database>,
  listings: readonly { num: number; listing: ListingInput }[],
) {
  const rows = listings.flatMap(({ num, listing }) => listing.credentials.map((c) => credentialRow(num, c)));
  if (rows.length) await tx.insertInto("directory_credentials").values(rows).execute();
}
