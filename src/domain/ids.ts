/**
 * UUIDv7 (RFC 9562): a 48-bit millisecond timestamp followed by random bits.
 * Time-ordered ids keep B-tree inserts local and let a client mint an entry's id while offline,
 * which is what makes "sync exactly once" possible: the id travels with the entry.
 */
// Random bits come from a pool filled 256 ids at a time: one getRandomValues call per id cost more than the
// rest of minting it, and ids are minted on every write.
const POOL_IDS = 256;
const pool = new Uint8Array(16 * POOL_IDS);
let poolOffset = pool.length;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

export function uuidv7(now: number = Date.now()): string {
  if (poolOffset === pool.length) {
    crypto.getRandomValues(pool);
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + 16);
  poolOffset += 16;
  // 48-bit big-endian milliseconds; plain arithmetic is exact for integers below 2^53.
  const high = Math.floor(now / 2 ** 32);
  const low = now % 2 ** 32;
  const x = (byte: number) => HEX[byte & 0xff] as string;
  const r = (i: number) => x(bytes[i] as number);
  const time = `${x(high >>> 8)}${x(high)}${x(low >>> 24)}${x(low >>> 16)}-${x(low >>> 8)}${x(low)}`;
  const version = x(((bytes[6] as number) & 0x0f) | 0x70); // version 7
  const variant = x(((bytes[8] as number) & 0x3f) | 0x80); // RFC 4122 variant
  return `${time}-${version}${r(7)}-${variant}${r(9)}-${r(10)}${r(11)}${r(12)}${r(13)}${r(14)}${r(15)}`;
}

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isUuidv7(value: string): boolean {
  return UUID_V7.test(value);
}

/** The creation time a UUIDv7 carries in its first 48 bits. */
export function uuidv7Time(id: string): number {
  return Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16);
}
