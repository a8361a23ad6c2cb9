import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { HttpError } from "../../errors.js";
import { hsdsServiceInput, servicesIn } from "../../hsds/dataset.js";
import { listingOf } from "../../hsds/to-listing.js";
import { moderateDirectory } from "../../policies/directory.js";
import { auditOf } from "../directory/audit-of.js";
import { coordinatesOf } from "../directory/place.js";
import { errorReplies } from "../schemas.js";

/**
 * Bulk onboarding: a moderator imports an Open Referral HSDS 3.1 dataset. Every service is checked on its
 * own (HSDS types, then the same rules as a provider's application); each good one becomes a pending
 * listing with no owner (source "hsds_import") in the moderation queue, written with its audit record in
 * one transaction; each bad one is reported by its position with what to fix, and so is one this source
 * already imported (by its HSDS id), so re-importing a corrected dataset adds only what is new. Nothing becomes
 * public without a moderator's approval. Bodies are at most 1 MiB: a larger dataset is imported in parts.
 */
const MAX_PROBLEMS = 20;

const skippedSchema = z.object({
  index: z.number().int().describe("Position of the service in the dataset, from 0"),
  id: z.string().optional().describe("The service's own id, when it had one"),
  problems: z.array(z.string()),
});

export const hsdsImportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/hsds/import",
    {
      config: { policy: moderateDirectory },
      schema: {
        tags: ["directory"],
        summary:
          "Import an Open Referral HSDS 3.1 dataset (an array of services, one service, or a page of them; at most 1 MiB) as pending listings for moderation. Moderators only",
        body: z.unknown().describe("HSDS 3.1 services (JSON)"),
        response: {
          200: z.object({ imported: z.number().int(), skipped: z.array(skippedSchema) }),
          ...errorReplies,
        },
      },
    },
    async (request) => {
      const found = servicesIn(request.body);
      if ("notADataset" in found) throw new HttpError(400, "not_hsds", found.notADataset);
      const seen = new Set<string>();
      const rawIds = found.services.flatMap((raw) => {
        const rawId = (raw as { id?: unknown } | null)?.id;
        return typeof rawId === "string" ? [rawId] : [];
      });
      const importedBefore = await app.attune.directory.imported("hsds_import", rawIds);
      const importedAgain = (serviceId: string, listingId?: string) =>
        `id: service ${serviceId} was imported before${listingId ? `, as listing ${listingId}` : ""}; edit or reject that listing instead of importing it again`;
      const skipped: z.infer<typeof skippedSchema>[] = [];
      let imported = 0;
      for (const [index, raw] of found.services.entries()) {
        const rawId = (raw as { id?: unknown } | null)?.id;
        const id = typeof rawId === "string" ? rawId : undefined;
        const skip = (problems: string[]) =>
          skipped.push({ index, ...(id ? { id } : {}), problems: problems.slice(0, MAX_PROBLEMS) });
        const checked = hsdsServiceInput.safeParse(raw);
        if (!checked.success) {
          skip(checked.error.issues.map((i) => `${i.path.join(".") || "service"}: ${i.message}`));
          continue;
        }
        const service = checked.data;
        if (seen.has(service.id.toLowerCase())) {
          skip([`id: service ${service.id} appears earlier in the dataset; each service is imported once`]);
          continue;
        }
        seen.add(service.id.toLowerCase());
        const earlier = importedBefore.get(service.id.toLowerCase());
        if (earlier) {
          skip([importedAgain(service.id, earlier)]);
          continue;
        }
        const mapped = listingOf(service);
        if (mapped.problems) {
          skip(mapped.problems);
          continue;
        }
        let coordinates: { lat: number; lon: number } | null;
        try {
          coordinates = coordinatesOf(mapped.listing);
        } catch (error) {
          if (!(error instanceof HttpError)) throw error;
          skip([`service_at_locations.location.addresses: ${error.message}`]);
          continue;
        }
        const listing = await app.attune.directory.importOnce(
          { ...mapped.listing, coordinates },
          {
            ownerId: null,
            source: "hsds_import",
            sourceRef: service.id,
            audit: auditOf(request, "hsds_import", { index, hsdsServiceId: service.id }),
          },
        );
        // Null when an import running at the same moment brought this service in first.
        if (!listing) {
          skip([importedAgain(service.id)]);
          continue;
        }
        imported++;
      }
      return { imported, skipped };
    },
  );
};
