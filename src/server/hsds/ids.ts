import { createHash } from "node:crypto";

/**
 * HSDS ids are UUIDs, unique per kind of object and stable across reads, because other directories that
 * copy ours key their records on them. Two schemes:
 *
 * - The vocabulary (taxonomies, terms, the "new clients" unit) is the same on every Attune server, so its
 *   ids are name-based UUIDv5 (RFC 9562) in Attune's own namespace: "term/service/therapy" always gives the
 *   same id, wherever and whenever it is published.
 * - The objects one listing turns into (its organization, location, service at location, address, phones,
 *   attributes...) are derived from the listing id, which is the service id. A derived id must lead back to
 *   its listing (GET /organizations/{id} has nothing else to go on, and Attune stores no second id), so it
 *   is the listing id XOR a fixed mask per part. The mask turns the version nibble 7 into 8 ("custom",
 *   RFC 9562) and leaves the variant bits alone, so a derived id is a well-formed UUID, never equal to a
 *   listing id, and different for every part of the same listing.
 */
export const ATTUNE_HSDS_NAMESPACE = "fea40351-e2f6-42ad-9f7a-d4ec73483cee";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string) => UUID.test(value);

const bytesOf = (uuid: string) => Buffer.from(uuid.replace(/-/g, ""), "hex");

function format(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** UUIDv5: SHA-1 of the namespace and the name, with version 5 and the RFC variant. */
export function uuidv5(name: string, namespace = ATTUNE_HSDS_NAMESPACE): string {
  const hash = createHash("sha1").update(bytesOf(namespace)).update(name, "utf8").digest().subarray(0, 16);
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  return format(hash);
}

const masks = new Map<string, Buffer>();
function maskOf(part: string): Buffer {
  let mask = masks.get(part);
  if (!mask) {
    mask = createHash("sha1").update(`attune-hsds/${part}`, "utf8").digest().subarray(0, 16);
    mask[6] = ((mask[6] as number) & 0x0f) | 0xf0; // version 7 xor f = 8
    mask[8] = (mask[8] as number) & 0x3f; // variant bits kept as they are
    masks.set(part, mask);
  }
  return mask;
}

function xor(uuid: string, part: string): string {
  const bytes = bytesOf(uuid);
  const mask = maskOf(part);
  for (let i = 0; i < 16; i++) bytes[i] = (bytes[i] as number) ^ (mask[i] as number);
  return format(bytes);
}

/** The id of one part of a listing's HSDS form: "organization", "location", "language/es", ... */
export function partId(listingId: string, part: string): string {
  return xor(listingId, part);
}

/** The listing a derived id was made from, or null for text that is not a UUID at all. */
export function listingIdOf(id: string, part: string): string | null {
  return isUuid(id) ? xor(id.toLowerCase(), part) : null;
}
