import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import { boundingBox, type Point } from "../../domain/directory/geo.js";
import { visibleSince } from "../../domain/directory/listing.js";
import { searchWords } from "../../domain/directory/search-text.js";
import type { DatabaseKind } from "../database.js";
import type { Database } from "../schema.js";
import { directoryListingsRepository, type Listing } from "./directory-listings.js";

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

const EARTH_RADIUS_KM = 6371.0088;
const num = (n: number) => sql`cast(${n} as double precision)`;

/** Haversine in SQL (both databases have the math functions), matching src/domain/directory/geo.ts. */
function distanceSql(centre: Point): Expression<number> {
  const dLat = sql`radians(p.lat - ${num(centre.lat)})`;
  const dLon = sql`radians(p.lon - ${num(centre.lon)})`;
  const h = sql`sin(${dLat} / 2) * sin(${dLat} / 2) + cos(radians(${num(centre.lat)})) * cos(radians(p.lat)) * sin(${dLon} / 2) * sin(${dLon} / 2)`;
  return sql<number>`(2 * ${num(EARTH_RADIUS_KM)} * asin(sqrt(case when ${h} > 1 then 1 else ${h} end)))`;
}

export function directorySearchRepository(db: Kysely<Database>, kind: DatabaseKind) {
  const listings = directoryListingsRepository(db);

  function nearbySql(near: NonNullable<DirectorySearch["near"]>): Expression<SqlBool> {
    const box = boundingBox(near.centre, near.radiusKm);
    return sql<SqlBool>`(p.lat between ${num(box.minLat)} and ${num(box.maxLat)}
      and p.lon between ${num(box.minLon)} and ${num(box.maxLon)}
      and ${distanceSql(near.centre)} <= ${num(near.radiusKm)})`;
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
      } else {
        const query = words.map((w) => `"${w}"*`).join(" ");
        // With a place, the unary + keeps SQLite from driving the search by the word list (a common word
        // matches tens of thousands of listings) so the (lat, lon) box leads: 49 → 9 ms over 100,000.
        const num = s.near && !s.telehealth ? sql`+p.num` : sql`p.num`;
        q = q.where(
          sql<SqlBool>`${num} in (select rowid from directory_providers_fts where directory_providers_fts match ${query})`,
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
      const distance = s.near ? distanceSql(s.near.centre) : sql<number>`null`;
      let page = base.select([
        "p.num",
        sql<number | null>`case when p.lat is null then null else ${distance} end`.as("distance"),
      ]);
      if (s.near) {
        // In-person listings within the radius first, nearest first; telehealth-only ones after them.
        page = page
          .orderBy(sql`case when ${nearbySql(s.near)} then 0 else 1 end`)
          .orderBy(sql`case when p.lat is null then 1 else 0 end`)
          .orderBy("distance");
      } else if (words.length && kind === "sqlite") {
        const query = words.map((w) => `"${w}"*`).join(" ");
        page = page.orderBy(
          sql`(select bm25(directory_providers_fts) from directory_providers_fts where directory_providers_fts match ${query} and rowid = p.num)`,
        );
      } else if (words.length) {
        const query = words.map((w) => `${w}:*`).join(" & ");
        page = page.orderBy(sql`ts_rank(p.search_vector, to_tsquery('simple', ${query}))`, "desc");
      } else {
        // No place and no words: those taking new clients first, then the most recently confirmed.
        page = page.orderBy("p.accepting", "desc").orderBy("p.confirmed_at", "desc");
      }
      // The total rides along with the page (a window count is taken before LIMIT), saving a second pass
      // over the same matches; only a page past the end needs its own count.
      const rows = await page
        .select(sql<number>`count(*) over ()`.as("total"))
        .orderBy("p.name")
        .orderBy("p.num")
        .limit(s.limit)
        .offset(s.offset)
        .execute();
      const total = rows[0]
        ? Number(rows[0].total)
        : Number((await base.select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow()).n);
      const loaded = await Promise.all(rows.map((r) => listings.getByNum(Number(r.num))));
      const hits = rows.flatMap((r, i) => {
        const listing = loaded[i];
        return listing ? [{ listing, distanceKm: r.distance === null ? null : Number(r.distance) }] : [];
      });
      return { hits, total };
    },
  };
}
export type DirectorySearchRepository = ReturnType<typeof directorySearchRepository>;
