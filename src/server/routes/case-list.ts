import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import type { OpenCase } from "../../db/repositories/cases.js";
import type { ConsentScope } from "../../domain/consent.js";
import { auditCaseRead } from "../clinician/case-audit.js";
import { caseClinician } from "../policies/case.js";
import { guarded } from "../policies/loaded.js";
import { type PageAsked, type Paging, readPage, type Window } from "./paging.js";
import { errorReplies, idParams, page, pageQuery } from "./schemas.js";

type App = Parameters<FastifyPluginAsyncZod>[0];

interface CaseList<Row, Item extends z.ZodType, Query extends z.ZodType<PageAsked>, From> {
  /** Under the case: `/api/cases/:id/…`. */
  path: `/api/cases/:id/${string}`;
  summary: string;
  /** The OpenAPI tags (default: cases). */
  tags?: string[];
  /** The part of the family's share the list needs, when the open case alone is not enough. */
  scope?: ConsentScope;
  /** The part of the case the family's access log says was read. */
  part: string;
  item: Item;
  /** The querystring, when the list takes more than a cursor and a page size (`pageQuery`). */
  query?: Query;
  paging: Paging<Row, From>;
  /** The rows of the window (one page and one row more), newest first. */
  rows: (
    open: OpenCase,
    window: Window<From>,
    query: z.output<Query>,
    request: FastifyRequest,
  ) => Promise<Row[]>;
  /** What the reply says of the rows on the page. */
  present: (
    rows: Row[],
    open: OpenCase,
    request: FastifyRequest,
  ) => z.output<Item>[] | Promise<z.output<Item>[]>;
}

/**
 * A clinician's paged list of one part of a case, newest first: only the case's clinician, only while the
 * family shares it (and the `scope`, if one), and each page read is written to the family's access log
 * before it is sent.
 */
export function caseListRoute<
  Row,
  Item extends z.ZodType,
  From,
  Query extends z.ZodType<PageAsked> = typeof pageQuery,
>(app: App, list: CaseList<Row, Item, Query, From>): void {
  app.get(
    list.path,
    guarded(
      caseClinician(list.scope),
      {
        schema: {
          tags: list.tags ?? ["cases"],
          summary: list.summary,
          params: idParams,
          querystring: list.query ?? pageQuery,
          response: { 200: page(list.item), ...errorReplies },
        },
      },
      async (request, _reply, { openCase: open }) => {
        // The schema above validated the query; Fastify's types cannot follow a schema chosen by the caller.
        const query = request.query as z.output<Query>;
        const { items, nextCursor } = await readPage(list.paging, query, async (window) => {
          const rows = await list.rows(open, window, query, request);
          await auditCaseRead(request, open, list.part);
          return rows;
        });
        return { items: await list.present(items, open, request), nextCursor };
      },
    ),
  );
}
