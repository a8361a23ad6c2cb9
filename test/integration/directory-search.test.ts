import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KM_PER_DEGREE, listing, seedListing } from "../support/directory-fixture.js";
import type { HttpClient, Reply } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

/** A place on an empty plain, and points due north of it at exact great-circle distances. */
const centre = { lat: 40, lon: -100 };
const north = (km: number) => ({ lat: centre.lat + km / KM_PER_DEGREE, lon: centre.lon });
const place = { city: "Prairie", country: "US" as const };

describe.each(databaseKinds)("directory search on %s", (kind) => {
  let server: TestServer;
  let visitor: HttpClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(kind);
    visitor = server.client();
    const seed = async (
      key: string,
      ...args: Parameters<typeof seedListing> extends [unknown, ...infer R] ? R : never
    ) => {
      ids[key] = (await seedListing(server, ...args)).id;
    };
    await seed(
      "here",
      listing({
        name: "Ana Here",
        focus: ["birth_trauma"],
        languages: ["en", "es"],
        inPerson: place,
        approaches: ["emdr"],
        credentials: [{ type: "pmh_c" }],
      }),
      { at: north(0) },
    );
    await seed(
      "near",
      listing({
        name: "Bea Near",
        services: ["lactation"],
        credentials: [{ type: "ibclc" }],
        insurance: ["medicaid"],
        slidingScale: true,
        inPerson: place,
      }),
      { at: north(24.9) },
    );
    await seed("justOut", listing({ name: "Cal JustOut", services: ["lactation"], inPerson: place }), {
      at: north(25.1),
    });
    await seed(
      "mid",
      listing({ name: "Dee Mid", services: ["doula"], accepting: false, languages: ["pl"], inPerson: place }),
      { at: north(10) },
    );
    await seed("tele", listing({ name: "Eve Telehealth", focus: ["birth_trauma"], telehealth: ["US-CA"] }), {
      at: null,
    });
    await seed(
      "teleUS",
      listing({ name: "Fay Nationwide", services: ["peer_support"], telehealth: ["US"] }),
      { at: null },
    );
    await seed("stale", listing({ name: "Gus Stale", focus: ["birth_trauma"], inPerson: place }), {
      at: north(1),
      confirmedDaysAgo: 181,
    });
    await seed("due", listing({ name: "Hal Due", focus: ["birth_trauma"], inPerson: place }), {
      at: north(2),
      confirmedDaysAgo: 120,
    });
    await seed("pending", listing({ name: "Ivy Pending", focus: ["birth_trauma"], inPerson: place }), {
      at: north(1),
      status: "pending",
    });
    await seed("rejected", listing({ name: "Jo Rejected", focus: ["birth_trauma"], inPerson: place }), {
      at: north(1),
      status: "rejected",
    });
    await seed("changes", listing({ name: "Kai Changes", focus: ["birth_trauma"], inPerson: place }), {
      at: north(1),
      status: "changes_requested",
    });
  });
  afterAll(async () => server?.close());

  async function found(query: string): Promise<string[]> {
    const reply = await visitor.get(`/api/directory/providers?${query}`);
    expect(reply.status, JSON.stringify(reply.json)).toBe(200);
    const byId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
    return reply.json.items.map((i: { id: string }) => byId[i.id] ?? i.id);
  }
  const near = `near=${centre.lat},${centre.lon}`;

  it("shows only approved listings confirmed in the last 180 days, without an account", async () => {
    expect((await found("limit=50")).sort()).toEqual(
      ["due", "here", "justOut", "mid", "near", "tele", "teleUS"].sort(),
    );
    expect((await visitor.get(`/api/directory/providers/${ids.here}`)).status).toBe(200);
    for (const hidden of ["stale", "pending", "rejected", "changes"]) {
      expect((await visitor.get(`/api/directory/providers/${ids[hidden]}`)).status).toBe(404);
    }
  });

  it("keeps a listing 24.9 km away and leaves out one 25.1 km away, nearest first, each with its distance", async () => {
    const reply = await visitor.get(`/api/directory/providers?${near}&radiusKm=25`);
    expect(reply.json.near).toMatchObject({ lat: 40, lon: -100, radiusKm: 25 });
    const items = reply.json.items as { id: string; distanceKm: number }[];
    expect(await found(`${near}&radiusKm=25`)).toEqual(["here", "due", "mid", "near"]);
    expect(items.map((i) => i.distanceKm)).toEqual([0, 2, 10, 24.9]);
    expect(await found(`${near}&radiusKm=26`)).toContain("justOut");
    // 25 km is the default radius.
    expect(await found(near)).not.toContain("justOut");
  });

  it("filters by each facet alone", async () => {
    expect(await found("service=lactation")).toEqual(expect.arrayContaining(["near", "justOut"]));
    expect((await found("service=lactation")).length).toBe(2);
    expect((await found("focus=birth_trauma")).sort()).toEqual(["due", "here", "tele"]);
    expect(await found("credential=ibclc")).toEqual(["near"]);
    expect(await found("approach=emdr")).toEqual(["here"]);
    expect(await found("language=pl")).toEqual(["mid"]);
    expect(await found("insurance=medicaid")).toEqual(["near"]);
    expect(await found("slidingScale=true")).toEqual(["near"]);
    expect(await found("accepting=false")).toEqual(["mid"]);
    // A listing for the whole country serves a state; one for California does not serve New York.
    expect((await found("telehealth=US-CA")).sort()).toEqual(["tele", "teleUS"]);
    expect(await found("telehealth=US-NY")).toEqual(["teleUS"]);
  });

  it("combines filters, words and place", async () => {
    expect(await found(`${near}&service=lactation&slidingScale=true`)).toEqual(["near"]);
    expect(await found(`${near}&focus=birth_trauma&language=es`)).toEqual(["here"]);
    expect(await found(`${near}&focus=birth_trauma&accepting=false`)).toEqual([]);
    // Nearby in person or telehealth in the region: the in-person ones come first, by distance.
    expect(await found(`${near}&radiusKm=5&telehealth=US-CA&focus=birth_trauma`)).toEqual([
      "here",
      "due",
      "tele",
    ]);
  });

  it("finds listings by their words and by the words of their terms, in English and Spanish, ignoring accents", async () => {
    expect(await found("q=Bea")).toEqual(["near"]);
    expect((await found("q=lactancia")).sort()).toEqual(["justOut", "near"]);
    expect((await found("q=trauma%20del%20parto")).sort()).toEqual(["due", "here", "tele"]);
    expect((await found("q=TRAUMA%20DEL%20PARTÓ")).sort()).toEqual(["due", "here", "tele"]);
    expect(await found("q=emd")).toEqual(["here"]);
    // Query syntax is just words: quotes, brackets and operators cannot break the search (found() expects a 200).
    await found(`q=${encodeURIComponent('"NEAR( OR * AND - ^col:')}`);
  });

  it("pages with an opaque cursor, every listing once", async () => {
    const seen: string[] = [];
    let cursor: string | null = "";
    let total = 0;
    while (cursor !== null) {
      const reply: Reply = await visitor.get(
        `/api/directory/providers?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(reply.status).toBe(200);
      total = reply.json.total;
      seen.push(...reply.json.items.map((i: { id: string }) => i.id));
      cursor = reply.json.nextCursor;
    }
    expect(total).toBe(7);
    expect(new Set(seen).size).toBe(7);
  });

  it("refuses bad values with a 400 that says what would be accepted", async () => {
    const bad = async (query: string) => {
      const reply = await visitor.get(`/api/directory/providers?${query}`);
      expect(reply.status, query).toBe(400);
      return reply.json.error.message as string;
    };
    expect(await bad("service=magic")).toMatch(/service is one of: therapy/);
    expect(await bad("radiusKm=10")).toMatch(/radiusKm needs near/);
    expect(await bad(`${near}&radiusKm=abc`)).toMatch(/radiusKm is a number/);
    expect(await bad(`${near}&radiusKm=9999`)).toMatch(/at most 500/);
    expect(await bad("near=qqqqzzzz")).toMatch(/could not place "qqqqzzzz"/);
    expect(await bad("accepting=maybe")).toMatch(/accepting is true or false/);
    expect(await bad("cursor=bm9wZQ")).toMatch(/cursor/);
    expect(await bad("limit=0")).toMatch(/limit is at least 1/);
    expect(await bad("colour=blue")).toMatch(/colour/);
  });
});
