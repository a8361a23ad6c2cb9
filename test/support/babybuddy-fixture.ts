// A stand-in Baby Buddy for the import tests: a real HTTP server answering the API's lists in the shape its
// documentation gives (docs/api.md, openapi-schema.yml in github.com/babybuddy/babybuddy): "Authorization:
// Token <key>", ?limit=&offset= paging with { count, next, previous, results } and absolute `next` links,
// ?child= filtering, and 404 for a list this version does not have. It counts the requests, so a test can
// see that paging was followed to the end.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export const BABY_BUDDY_KEY = "0123456789abcdef0123456789abcdef01234567";

export interface BabyBuddyFixture {
  url: string;
  /** Requests per list path ("/api/feedings/"), paging included. */
  requests: Map<string, number>;
  /** Every Authorization header received. */
  authorizations: string[];
  close(): Promise<void>;
}

export async function startBabyBuddy(
  lists: Record<string, Record<string, unknown>[]>,
  options: { basePath?: string; nextOrigin?: string } = {},
): Promise<BabyBuddyFixture> {
  const requests = new Map<string, number>();
  const authorizations: string[] = [];
  const basePath = options.basePath ?? "";
  let origin = "";
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", origin);
    const path = url.pathname.slice(basePath.length);
    requests.set(path, (requests.get(path) ?? 0) + 1);
    authorizations.push(req.headers.authorization ?? "");
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (!url.pathname.startsWith(basePath)) return send(404, { detail: "Not found." });
    if (req.headers.authorization !== `Token ${BABY_BUDDY_KEY}`)
      return send(403, { detail: "Authentication credentials were not provided." });
    const name = path.match(/^\/api\/([a-z-]+)\/$/)?.[1];
    const all = name ? lists[name] : undefined;
    if (!all) return send(404, { detail: "Not found." });
    const child = url.searchParams.get("child");
    const rows = child ? all.filter((r) => String(r.child) === child) : all;
    const limit = Number(url.searchParams.get("limit") ?? 100);
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const link = (at: number) => {
      const next = new URL(url.href);
      next.searchParams.set("limit", String(limit));
      next.searchParams.set("offset", String(at));
      return options.nextOrigin ? `${options.nextOrigin}${next.pathname}${next.search}` : next.href;
    };
    send(200, {
      count: rows.length,
      next: offset + limit < rows.length ? link(offset + limit) : null,
      previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
      results: rows.slice(offset, offset + limit),
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${basePath}`,
    requests,
    authorizations,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
