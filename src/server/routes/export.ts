import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Entry } from "../../db/repositories/entries.js";
import { actorOf } from "../plugins/authorize.js";
import { babyCaregiver } from "../policies/family.js";
import { guarded } from "../policies/loaded.js";
import { csvCell } from "../presenters/csv.js";
import { present } from "./entries.js";
import { errorReplies } from "./schemas.js";

const csvColumns = [
  "id",
  "type",
  "startedAt",
  "endedAt",
  "caregiverId",
  "moments",
  "cues",
  "feeling",
  "note",
  "details",
] as const;

function toCsv(entries: Entry[]): string {
  const rows = entries.map((e) =>
    csvColumns
      .map((c) => (c === "moments" || c === "cues" ? csvCell(e[c].join(" ")) : csvCell(e[c as keyof Entry])))
      .join(","),
  );
  return `${[csvColumns.join(","), ...rows].join("\r\n")}\r\n`;
}

/** All of a baby's data, for the family to keep or take elsewhere. */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { entries } = app.attune;

  app.get(
    "/api/babies/:id/export",
    guarded(
      babyCaregiver,
      {
        schema: {
          tags: ["entries"],
          summary: "Download a baby's whole log as JSON or CSV",
          params: z.object({ id: z.string().min(1).max(100) }),
          querystring: z.object({ format: z.enum(["json", "csv"]).default("json") }).strict(),
          response: { 200: z.any(), ...errorReplies },
        },
      },
      async (request, reply, { baby }) => {
        const viewer = actorOf(request).id;
        const all: Entry[] = [];
        let after: { startedAt: number; id: string } | undefined;
        for (;;) {
          const page = await entries.list(baby.id, { limit: 1000, ...(after ? { after } : {}) });
          all.push(...page.map((e) => present(e, viewer)));
          const last = page.at(-1);
          if (page.length < 1000 || !last) break;
          after = { startedAt: Date.parse(last.startedAt), id: last.id };
        }
        all.reverse(); // oldest first reads naturally in a file
        const stamp = new Date().toISOString().slice(0, 10);
        // Headers are ASCII: "Zoë" becomes "zoe"; a name with no Latin letters falls back to "baby".
        const ascii = baby.name
          .normalize("NFD")
          .replace(/[^A-Za-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")
          .toLowerCase();
        const name = `attune-${ascii || "baby"}-${stamp}`;
        if (request.query.format === "csv") {
          return reply
            .type("text/csv; charset=utf-8")
            .header("content-disposition", `attachment; filename="${name}.csv"`)
            .send(toCsv(all));
        }
        return reply.header("content-disposition", `attachment; filename="${name}.json"`).send({
          format: "attune-export",
          version: 1,
          exportedAt: new Date().toISOString(),
          baby,
          entries: all,
        });
      },
    ),
  );
};
