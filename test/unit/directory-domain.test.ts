import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchTextOf } from "../../src/content/directory/search-text.js";
import { boundingBox, distanceKm } from "../../src/domain/directory/geo.js";
import {
  freshnessOf,
  isPublic,
  listingStatuses,
  nextStatus,
  visibleSince,
} from "../../src/domain/directory/listing.js";
import { listingInputSchema } from "../../src/domain/directory/listing-input.js";
import { searchQuerySchema } from "../../src/domain/directory/search-query.js";
import { servesRegion } from "../../src/domain/directory/taxonomy.js";

const DAY = 86_400_000;

describe("directory geography", () => {
  it("measures great-circle distances", () => {
    // London (Charing Cross) to Paris (Notre-Dame) is about 344 km.
    expect(distanceKm({ lat: 51.5074, lon: -0.1278 }, { lat: 48.853, lon: 2.3499 })).toBeCloseTo(343.9, 0);
    expect(distanceKm({ lat: 10, lon: 10 }, { lat: 10, lon: 10 })).toBe(0);
    // One degree of latitude is about 111.2 km.
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.2, 1);
  });

  it("a bounding box never misses a point within the radius (anywhere on Earth)", () => {
    const point = fc.record({
      lat: fc.double({ min: -89.9, max: 89.9, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(
        point,
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (centre, radius, bearing, fraction) => {
          // A point `fraction × radius` away along `bearing` (destination-point formula).
          const d = (radius * fraction) / 6371.0088;
          const φ1 = (centre.lat * Math.PI) / 180;
          const λ1 = (centre.lon * Math.PI) / 180;
          const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(bearing));
          const λ2 =
            λ1 +
            Math.atan2(
              Math.sin(bearing) * Math.sin(d) * Math.cos(φ1),
              Math.cos(d) - Math.sin(φ1) * Math.sin(φ2),
            );
          const lat = (φ2 * 180) / Math.PI;
          const lon = (((((λ2 * 180) / Math.PI + 540) % 360) + 360) % 360) - 180;
          const box = boundingBox(centre, radius);
          expect(lat).toBeGreaterThanOrEqual(box.minLat - 1e-9);
          expect(lat).toBeLessThanOrEqual(box.maxLat + 1e-9);
          expect(lon).toBeGreaterThanOrEqual(box.minLon - 1e-9);
          expect(lon).toBeLessThanOrEqual(box.maxLon + 1e-9);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("a listing's life", () => {
  it("only moves along the moderation state machine", () => {
    expect(nextStatus("pending", "approve")).toBe("approved");
    expect(nextStatus("pending", "reject")).toBe("rejected");
    expect(nextStatus("pending", "request_changes")).toBe("changes_requested");
    expect(nextStatus("changes_requested", "resubmit")).toBe("pending");
    expect(nextStatus("rejected", "resubmit")).toBe("pending");
    // Nothing approves without passing through pending; nothing un-approves by an approve or resubmit.
    for (const s of listingStatuses) if (s !== "pending") expect(nextStatus(s, "approve")).toBeNull();
    expect(nextStatus("approved", "resubmit")).toBeNull();
    expect(nextStatus("approved", "request_changes")).toBeNull();
  });

  it("asks to reconfirm after 90 days and hides after 180", () => {
    const now = Date.UTC(2026, 10, 22);
    expect(freshnessOf(now - 90 * DAY, now)).toBe("fresh");
    expect(freshnessOf(now - 90 * DAY - 1, now)).toBe("reconfirm_due");
    expect(freshnessOf(now - 180 * DAY, now)).toBe("reconfirm_due");
    expect(freshnessOf(now - 180 * DAY - 1, now)).toBe("stale");
    expect(isPublic({ status: "approved", confirmedAt: visibleSince(now) }, now)).toBe(true);
    expect(isPublic({ status: "approved", confirmedAt: visibleSince(now) - 1 }, now)).toBe(false);
    for (const status of listingStatuses)
      if (status !== "approved") expect(isPublic({ status, confirmedAt: now }, now)).toBe(false);
  });

  it("telehealth for a whole country serves its regions, not the other way round", () => {
    expect(servesRegion(["US"], "US-CA")).toBe(true);
    expect(servesRegion(["US-CA"], "US-CA")).toBe(true);
    expect(servesRegion(["US-NY"], "US-CA")).toBe(false);
    expect(servesRegion(["US-CA"], "US")).toBe(false);
    expect(servesRegion(["GB"], "GB-SCT")).toBe(true);
  });
});

describe("what a provider and a search may say", () => {
  const listing = {
    name: "Rosa Díaz, LCSW",
    kind: "individual",
    about: "Therapy for parents after a hard birth, in English and Spanish.",
    services: ["therapy"],
    focus: ["birth_trauma"],
    credentials: [{ type: "pmh_c" }],
    languages: ["en", "es"],
    accepting: true,
    telehealth: ["US-CA"],
    contact: { email: "rosa@example.org" },
  };

  it("accepts a complete listing and finds it by the words of its terms in both languages", () => {
    const parsed = listingInputSchema.parse(listing);
    const text = searchTextOf(parsed);
    expect(text).toContain("Birth trauma");
    expect(text).toContain("Trauma del parto");
    expect(text).toContain("PMH-C");
  });

  it("names each problem in words a provider can act on", () => {
    const bad = listingInputSchema.safeParse({
      ...listing,
      services: ["therapy", "therapy"],
      telehealth: [],
      languages: ["English"],
      contact: {},
    });
    const messages = Object.fromEntries(bad.error?.issues.map((i) => [i.path.join("."), i.message]) ?? []);
    expect(messages.services).toBe("list each of the services once");
    expect(messages["languages.0"]).toBe("use language codes such as en, es, pl or yue");
    expect(messages.contact).toBe("give at least one way to reach you: phone, email or website");
    expect(messages.inPerson).toBe(
      "say where you see clients: an in-person place, telehealth regions, or both",
    );
  });

  it("checks every search value and says what would be accepted", () => {
    expect(searchQuerySchema.parse({ near: "94110", radiusKm: "25", accepting: "true" })).toMatchObject({
      near: "94110",
      radiusKm: 25,
      accepting: true,
    });
    const issues = (q: Record<string, string>) =>
      searchQuerySchema.safeParse(q).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
    expect(issues({ service: "magic" })[0]).toMatch(/^service: service is one of: therapy, psychiatry/);
    expect(issues({ near: "94110", radiusKm: "-3" })).toEqual(["radiusKm: radiusKm is more than 0"]);
    expect(issues({ near: "94110", radiusKm: "900" })).toEqual(["radiusKm: radiusKm is at most 500"]);
    expect(issues({ radiusKm: "10" })).toEqual(["radiusKm: radiusKm needs near: say where to measure from"]);
    expect(issues({ accepting: "yes" })).toEqual(["accepting: accepting is true or false"]);
    expect(issues({ limit: "1000" })).toEqual(["limit: limit is at most 50"]);
  });
});
