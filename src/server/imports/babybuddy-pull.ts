// Pulls one child's history from a running Baby Buddy through its REST API (github.com/babybuddy/babybuddy,
// docs/api.md and openapi-schema.yml): every list is under /api/, needs the header
// "Authorization: Token <key>" (the key is on the user's settings page), and answers a page at a time as
// { count, next, previous, results }, `next` being the absolute address of the following page or null
// (Django REST framework's LimitOffsetPagination). A list is filtered to a child with ?child=<id>.
//
// The address is the person's, so the server checks where it leads before it asks: only http(s), never a
// link-local or unspecified address (a cloud's metadata service), and a private or loopback one only where
// the operator allows it (IMPORT_PRIVATE_HOSTS). Redirects are not followed, `next` must stay on the same
// origin (the key is never sent elsewhere), and every answer is bounded in time and size.
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import type { BabyBuddyModel } from "../../domain/import/babybuddy.js";
import { HttpError } from "../errors.js";

/** The lists read, by the model each holds. Missing ones (an older Baby Buddy) are skipped. */
export const babyBuddyLists: Record<BabyBuddyModel, string> = {
  feeding: "feedings",
  sleep: "sleep",
  change: "changes",
  "tummy-time": "tummy-times",
  pumping: "pumping",
  temperature: "temperature",
  weight: "weight",
  height: "height",
  "head-circumference": "head-circumference",
  note: "notes",
  medication: "medication",
};

const PAGE_SIZE = 500;
const MAX_RECORDS = 300_000;
const PAGE_BYTES = 16 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

export interface BabyBuddyPull {
  children: Record<string, unknown>[];
  batches: { model: BabyBuddyModel; records: Record<string, unknown>[] }[];
}

export interface PullOptions {
  url: string;
  token: string;
  /** Only the children list is read when false: to ask which child first. */
  childId: number | null;
  privateHosts: boolean;
}

/** The Baby Buddy's address as its origin plus any path it lives under ("https://home.example/babybuddy"). */
export function babyBuddyBase(url: string): URL {
  let base: URL;
  try {
    base = new URL(url.trim());
  } catch {
    throw badAddress(
      "This is not a web address. Write it as it appears in the browser, such as https://babybuddy.example.org.",
    );
  }
  if (base.protocol !== "http:" && base.protocol !== "https:")
    throw badAddress("A Baby Buddy address starts with https:// (or http:// on a home network).");
  if (base.username || base.password)
    throw badAddress("Leave the user name and password out of the address: the API key is all Attune needs.");
  // People paste the API's address or a page's: keep only where Baby Buddy itself lives.
  base.pathname = base.pathname.replace(/\/(api|dashboard|children|login)(\/.*)?$/, "").replace(/\/?$/, "/");
  base.search = "";
  base.hash = "";
  return base;
}

export async function pullBabyBuddy(options: PullOptions): Promise<BabyBuddyPull> {
  const base = babyBuddyBase(options.url);
  await checkHost(base.hostname, options.privateHosts);
  const get = (path: string) => readList(new URL(path, base), base, options.token);
  const children = await get(`api/children/?limit=${PAGE_SIZE}`);
  if (!children) throw notBabyBuddy(base);
  if (options.childId === null) return { children, batches: [] };
  const batches: BabyBuddyPull["batches"] = [];
  let total = 0;
  for (const [model, list] of Object.entries(babyBuddyLists) as [BabyBuddyModel, string][]) {
    const records = await get(`api/${list}/?child=${options.childId}&limit=${PAGE_SIZE}`);
    if (!records) continue;
    total += records.length;
    if (total > MAX_RECORDS)
      throw new HttpError(
        413,
        "too_large",
        `This Baby Buddy holds more than ${MAX_RECORDS.toLocaleString("en")} records for the child: more than one import takes.`,
      );
    batches.push({ model, records });
  }
  return { children, batches };
}

/** Every record of a list, page after page; null when this Baby Buddy has no such list. */
async function readList(first: URL, base: URL, token: string): Promise<Record<string, unknown>[] | null> {
  const records: Record<string, unknown>[] = [];
  let next: URL | null = first;
  for (let pages = 0; next; pages++) {
    if (pages > MAX_RECORDS / PAGE_SIZE + 10)
      throw upstream("Baby Buddy kept sending pages past the end of the list.");
    const page = await fetchPage(next, token);
    if (page === null) return pages === 0 ? null : records;
    records.push(...page.results);
    if (records.length > MAX_RECORDS)
      throw new HttpError(413, "too_large", "This Baby Buddy list is longer than one import takes.");
    if (!page.next) break;
    const following: URL = new URL(page.next, next);
    // The key goes only where it was given: a `next` to another server is not followed.
    if (following.origin !== base.origin) throw upstream("Baby Buddy's next page points to another server.");
    next = following;
  }
  return records;
}

interface Page {
  next: string | null;
  results: Record<string, unknown>[];
}

async function fetchPage(url: URL, token: string): Promise<Page | null> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Token ${token}`, accept: "application/json" },
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    throw new HttpError(
      400,
      "babybuddy_unreachable",
      timedOut
        ? `Baby Buddy at ${url.host} did not answer within ${TIMEOUT_MS / 1000} seconds. Is it running, and reachable from the internet?`
        : `Attune could not reach ${url.host}. Check the address, and that this Baby Buddy can be reached from the internet.`,
    );
  }
  if (response.status === 401 || response.status === 403)
    throw new HttpError(
      400,
      "babybuddy_key",
      "Baby Buddy did not accept this API key. Copy it again from Baby Buddy's user settings (it is the long line of letters and digits).",
    );
  if (response.status === 404) return null;
  if (response.status >= 300 && response.status < 400)
    throw new HttpError(
      400,
      "babybuddy_moved",
      `Baby Buddy answers at another address (${response.headers.get("location") ?? "unknown"}). Use that address.`,
    );
  if (!response.ok) throw upstream(`Baby Buddy answered with an error (${response.status}).`);
  const length = Number(response.headers.get("content-length") ?? 0);
  if (length > PAGE_BYTES) throw upstream("Baby Buddy sent a page larger than Attune reads.");
  const text = await boundedText(response);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  const page = body as Partial<Page>;
  if (!Array.isArray(page.results)) return null;
  return {
    next: typeof page.next === "string" ? page.next : null,
    results: page.results.filter((r): r is Record<string, unknown> => typeof r === "object" && r !== null),
  };
}

async function boundedText(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > PAGE_BYTES) {
      await reader.cancel();
      throw upstream("Baby Buddy sent a page larger than Attune reads.");
    }
    parts.push(value);
  }
  return Buffer.concat(parts).toString("utf8");
}

/** A BlockList of ranges written as CIDR ("10.0.0.0/8"); one written without a prefix is a single address. */
function blockListOf(ranges: readonly string[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const [address = "", prefix] = range.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

// Never asked: the link-local range holds cloud metadata services; unspecified and multicast are no host.
const never = blockListOf(["169.254.0.0/16", "0.0.0.0/8", "224.0.0.0/4", "fe80::/10", "ff00::/8", "::"]);
// Asked only on a home server (IMPORT_PRIVATE_HOSTS=true).
const privateNets = blockListOf([
  "127.0.0.0/8",
  "10.0.0.0/8",
  "172.16.0.0/12",
  "192.168.0.0/16",
  "100.64.0.0/10",
  "::1",
  "fc00::/7",
]);

async function checkHost(hostname: string, privateHosts: boolean): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
  } catch {
    throw badAddress(`No server is named ${host}. Check the address for a typing mistake.`);
  }
  for (const { address, family } of addresses) {
    const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/)?.[1];
    const ip = mapped ?? address;
    const type = mapped || family !== 6 ? "ipv4" : "ipv6";
    if (never.check(ip, type)) throw badAddress(`Attune does not connect to ${host}.`);
    if (!privateHosts && privateNets.check(ip, type))
      throw badAddress(
        `${host} is on a private network that this Attune server cannot reach. Use an address Baby Buddy has on the internet, or export CSV files from Baby Buddy's admin and import those.`,
      );
  }
}

const badAddress = (message: string) => new HttpError(400, "babybuddy_address", message);
const upstream = (message: string) => new HttpError(502, "babybuddy_failed", message);
const notBabyBuddy = (base: URL) =>
  new HttpError(
    400,
    "babybuddy_not_found",
    `No Baby Buddy answers at ${base.href}: its list of children was not there. Check the address (the one you open Baby Buddy at).`,
  );
