import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import { boundingBox, type Point } from "../../domain/directory/geo.js";
import { visibleSince } from "../../domain/directory/listing.js";
import { searchWords } from "../../domain/text.js";
import type { DatabaseKind } from "../database.js";
import type { Database } from "../schema.js";
import { type Listing, toListing } from "./directory-listings.js";

/**
 * Directory search, done by the database's own indexes (never by loading listings into JavaScript):
 * - visibility: approved and confirmed within 180 days (index on status, confirmed_at);
 * - words: SQLite FTS5 or a Postgres tsvector, on text folded to lower case without accents;
 * - filters: an EXISTS against the (facet, term) index per filter;
 * - near: the (lat, lon) index narrows to a bounding box, then the exact great-circle distance decides;
 * - telehealth: the listing serves the asked region or its whole country.
 * With both near and telehealth, a listing qualifies either way; in-person ones nearby come first.
 */
export type FilterFacet = "service" | "focus" | "credential" | "approach" | "language" | "insurance";

export interface DirectorySearch {
  text?: string;
  near?: { centre: Point; radiusKm: number };
  /** A region code (US, US-CA, GB-SCT): listings offering telehealth there. */
  telehealth?: string;
  filters: { facet: FilterFacet; term: string }[];
  slidingScale?: boolean;
  accepting?: boolean;
  offset: number;
  limit: number;
  now?: number;
}

export interface SearchHit {
  listing: Listing;
  /** Great-circle km from the searched place to the in-person place; null without either. */
  distanceKm: number | null;
}

/** Every word as a prefix ("lact" finds "lactation"), quoted so that nothing typed is FTS5 syntax. */
const ftsQuery = (words: string[]) => words.map((w) => `"${w}"*`).join(" ");

const EARTH_RADIUS_KM = 6371.0088;
const num = (n: number) => sql`cast(${n} as double precision)`;

/** Haversine in SQL (both databases have the math functions), matching src/domain/directory/geo.ts. */
function distanceSql(centre: Point, kind: DatabaseKind): Expression<number> {
  const dLat = sql`radians(p.lat - ${num(centre.lat)})`;
  const dLon = sql`radians(p.lon - ${num(centre.lon)})`;
  const h = sql`sin(${dLat} / 2) * sin(${dLat} / 2) + cos(radians(${num(centre.lat)})) * cos(radians(p.lat)) * sin(${dLon} / 2) * sin(${dLon} / 2)`;
  // Clamped with the dialect's two-argument minimum so the long expression h is computed once per row, not twice.
  const clamped = kind === "postgres" ? sql`least(${h}, 1)` : sql`min(${h}, 1)`;
  return sql<number>`(2 * ${num(EARTH_RADIUS_KM)} * asin(sqrt(${clamped})))`;
}

export function directorySearchRepository(db: Kysely<Database>, kind: DatabaseKind) {
  /**
   * The page's listings in two queries (rows, then all their credentials) rather than two per listing: on
   * Postgres each query is a network round trip, and forty of them cost more than the search itself.
   */
  async function loadPage(nums: number[]): Promise<Map<number, Listing>> {
    if (!nums.length) return new Map();
    const [rows, credentials] = await Promise.all([
      db.selectFrom("directory_providers").selectAll().where("num", "in", nums).execute(),
      db
        .selectFrom("directory_credentials")
        .selectAll()
        .where("provider_num", "in", nums)
        .orderBy("provider_num")
        .orderBy("type")
        .execute(),
    ]);
    const byProvider = new Map<number, typeof credentials>();
    for (const c of credentials) {
      const key = Number(c.provider_num);
      byProvider.set(key, [...(byProvider.get(key) ?? []), c]);
    }
    return new Map(rows.map((r) => [Number(r.num), toListing(r, byProvider.get(Number(r.num)) ?? [])]));
  }

  function nearbySql(near: NonNullable<DirectorySearch["near"]>): Expression<SqlBool> {
    const box = boundingBox(near.centre, near.radiusKm);
    return sql<SqlBool>`(p.lat between ${num(box.minLat)} and ${num(box.maxLat)}
      and p.lon between ${num(box.minLon)} and ${num(box.maxLon)}
      and ${distanceSql(near.centre, kind)} <= ${num(near.radiusKm)})`;
  }

  function telehealthSql(region: string): Expression<SqlBool> {
    const country = region.split("-")[0] ?? region;
    const served = country === region ? [region] : [region, country];
    return sql<SqlBool>`exists (select 1 from directory_terms t where t.provider_num = p.num
      and t.facet = 'telehealth' and t.term in (${sql.join(served)}))`;
  }

  /** Everything but order and paging, shared by the page query and the count. */
  function matching(s: DirectorySearch, words: string[]) {
    const now = s.now ?? Date.now();
    let q = db
      .selectFrom("directory_providers as p")
      .where("p.status", "=", "approved")
      .where("p.confirmed_at", ">=", visibleSince(now));
    if (words.length) {
      if (kind === "postgres") {
        const query = words.map((w) => `${w}:*`).join(" & ");
        q = q.where(sql<SqlBool>`p.search_vector @@ to_tsquery('simple', ${query})`);
      } else if (!s.near) {
        // Without a place the words lead and their rank orders the page, so the matches are joined with
        // their bm25 rank in one pass over the index. (Asking FTS5 for each listing's rank in a subquery ran
        // the whole word query once per listing: 1.35 s for "trauma" + two filters over 100,000; this, 55 ms.)
        q = q.innerJoin(
          sql<{ num: number; rank: number }>`(select rowid as num, bm25(directory_providers_fts) as rank
            from directory_providers_fts where directory_providers_fts match ${ftsQuery(words)})`.as("f"),
          (join) => join.onRef("f.num", "=", "p.num"),
        );
      } else {
        // With a place, the unary + keeps SQLite from driving the search by the word list (a common word
        // matches tens of thousands of listings) so the (lat, lon) box leads: 49 → 9 ms over 100,000.
        const num = s.telehealth ? sql`p.num` : sql`+p.num`;
        q = q.where(
          sql<SqlBool>`${num} in (select rowid from directory_providers_fts where directory_providers_fts match ${ftsQuery(words)})`,
        );
      }
    }
    for (const f of s.filters)
      q = q.where(
        sql<SqlBool>`exists (select 1 from directory_terms t where t.provider_num = p.num and t.facet = ${f.facet} and t.term = ${f.term})`,
      );
    if (s.slidingScale) q = q.where("p.sliding_scale", "=", 1);
    if (s.accepting !== undefined) q = q.where("p.accepting", "=", s.accepting ? 1 : 0);
    if (s.near && s.telehealth) {
      const nearby = nearbySql(s.near);
      const remote = telehealthSql(s.telehealth);
      q = q.where(sql<SqlBool>`(${nearby} or ${remote})`);
    } else if (s.near) q = q.where(nearbySql(s.near));
    else if (s.telehealth) q = q.where(telehealthSql(s.telehealth));
    return q;
  }

  return {
    async search(s: DirectorySearch): Promise<{ hits: SearchHit[]; total: number }> {
      const words = s.text ? searchWords(s.text) : [];
      const base = matching(s, words);
      const distance = s.near ? distanceSql(s.near.centre, kind) : sql<number>`null`;
      let page = base.select([
        "p.num",
        sql<number | null>`case when p.lat is null then null else ${distance} end`.as("distance"),
      ]);
      if (s.near && s.telehealth) {
        // In-person listings within the radius first, nearest first; telehealth-only ones after them.
        page = page
          .orderBy(sql`case when ${nearbySql(s.near)} then 0 else 1 end`)
          .orderBy(sql`case when p.lat is null then 1 else 0 end`)
          .orderBy("distance");
      } else if (s.near) {
        // Every match is in person within the radius, so nearest first says it all.
        page = page.orderBy("distance");
      } else if (words.length && kind === "sqlite") {
        page = page.orderBy(sql`f.rank`); // joined in matching()
      } else if (words.length) {
        const query = words.map((w) => `${w}:*`).join(" & ");
        page = page.orderBy(sql`ts_rank(p.search_vector, to_tsquery('simple', ${query}))`, "desc");
      } else {
        // No place and no words: those taking new clients first, then the most recently confirmed.
        page = page.orderBy("p.accepting", "desc").orderBy("p.confirmed_at", "desc");
      }
      const ordered = page.orderBy("p.name").orderBy("p.num").limit(s.limit).offset(s.offset);
      const countAll = () => base.select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow();
      let rows: { num: number; distance: number | null }[];
      let total: number;
      if (!s.near && !words.length) {
        // Browsing walks the (status, accepting, confirmed_at, name, num) index in page order and stops after
        // one page; a window count would make it visit every visible listing first (120–160 ms over 100,000),
        // so the total is counted on its own, from the (status, confirmed_at) index.
        const [found, count] = await Promise.all([ordered.execute(), countAll()]);
        rows = found;
        total = Number(count.n);
      } else {
        // The total rides along with the page (a window count is taken before LIMIT), saving a second pass
        // over the same matches; only a page past the end needs its own count.
        const found = await ordered.select(sql<number>`count(*) over ()`.as("total")).execute();
        rows = found;
        total = found[0] ? Number(found[0].total) : Number((await countAll()).n);
      }
      const loaded = await loadPage(rows.map((r) => Number(r.num)));
      const hits = rows.flatMap((r) => {
        const listing = loaded.get(Number(r.num));
        return listing ? [{ listing, distanceKm: r.distance === null ? null : Number(r.distance) }] : [];
      });
      return { hits, total };
    },
  };
}
export type DirectorySearchRepository = ReturnType<typeof directorySearchRepository>;
