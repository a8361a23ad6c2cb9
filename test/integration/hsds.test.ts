import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inputOf, type Listing } from "../../src/db/repositories/directory-listings.js";
import { facets } from "../../src/domain/directory/taxonomy.js";
import { geocode } from "../../src/server/directory/geocode.js";
import { partId } from "../../src/server/hsds/ids.js";
import { KM_PER_DEGREE, listing, seedListing } from "../support/directory-fixture.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

/**
 * The Open Referral HSDS 3.1 side of the directory, over real HTTP on both databases: every reply is
 * checked against the specification's own JSON schemas (copied in test/fixtures/hsds-3.1, never fetched),
 * only public listings appear, the filters and paging work, and a moderator's import turns an HSDS dataset
 * into pending listings, including one this API published (the round trip).
 */

// ---- The specification's schemas, as Ajv validators (draft 2020-12, the dialect HSDS's OpenAPI names). ----
const fixtures = join(import.meta.dirname, "../fixtures/hsds-3.1");
const base = "https://hsds.test/schema/";
// ajv-formats is CommonJS: its plugin is module.exports and, to TypeScript, the module's default.
const addFormats = formatsModule.default;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const file of readdirSync(fixtures).filter(
  (f) => f.endsWith(".json") && f !== "openapi.json" && f !== "biome.json",
))
  ajv.addSchema(JSON.parse(readFileSync(join(fixtures, file), "utf8")), base + file);
const openapi = JSON.parse(readFileSync(join(fixtures, "openapi.json"), "utf8"));
const ref = (file: string) => ({ $ref: base + file });
/** HSDS's Page envelope around items of one schema; every Page field required (Attune always sends them). */
const paged = (item: object) => ({
  allOf: [openapi.components.schemas.Page],
  required: [...Object.keys(openapi.components.schemas.Page.properties), "contents"],
  properties: { contents: { type: "array", items: item } },
});
const schemas = {
  root: ajv.compile(openapi.paths["/"].get.responses["200"].content["application/json"].schema),
  service: ajv.compile(ref("service.json")),
  services: ajv.compile(paged(ref("service_list.json"))),
  organization: ajv.compile({
    allOf: [ref("organization.json")],
    properties: { services: { type: "array", items: ref("service.json") } },
  }),
  organizations: ajv.compile(paged(ref("organization_list.json"))),
  serviceAtLocation: ajv.compile({
    allOf: [ref("service_at_location.json")],
    properties: { service: ref("service.json") },
  }),
  serviceAtLocations: ajv.compile(paged(ref("service_at_location_list.json"))),
  taxonomy: ajv.compile(ref("taxonomy.json")),
  taxonomies: ajv.compile(paged(ref("taxonomy.json"))),
  taxonomyTerm: ajv.compile(ref("taxonomy_term.json")),
  taxonomyTerms: ajv.compile(paged(ref("taxonomy_term.json"))),
  servicePackage: ajv.compile({ type: "array", items: ref("service.json") }),
};

function expectValid(validate: ValidateFunction, data: unknown) {
  const valid = validate(data);
  expect(validate.errors ?? [], JSON.stringify(data).slice(0, 300)).toEqual([]);
  expect(valid).toBe(true);
}

describe("the copied HSDS schemas", () => {
  it("refuse what HSDS does not allow, so a pass means something", () => {
    const service = { id: "ac148810-d857-441c-9679-408f346de14b", name: "Counselling", status: "active" };
    expect(schemas.service(service)).toBe(true);
    expect(schemas.service({ ...service, id: "not-a-uuid" })).toBe(false);
    expect(schemas.service({ ...service, status: "open" })).toBe(false);
    expect(schemas.service({ ...service, service_at_locations: [{ id: service.id, location: {} }] })).toBe(
      false,
    );
    expect(schemas.services({ contents: [service] })).toBe(false); // no page fields
  });
});

// ---- The directory the tests read. ----
const sf = geocode("94110");
if (!sf) throw new Error("the offline geocoder cannot place 94110");
const northOf = (km: number) => ({ lat: sf.lat + km / KM_PER_DEGREE, lon: sf.lon });

describe.each(databaseKinds)("Open Referral HSDS 3.1 on %s", (kind) => {
  let server: TestServer;
  let visitor: HttpClient;
  let moderator: HttpClient;
  let caregiver: HttpClient;
  const seeded: Record<string, Listing> = {};
  let termIds: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(kind);
    const admin = server.client();
    [visitor, moderator, caregiver] = [server.client(), server.client(), server.client()];
    await admin.signUp(uniqueEmail("admin")); // the first account is the admin
    await moderator.signUp(uniqueEmail("moderator"));
    await caregiver.signUp(uniqueEmail("caregiver"));
    const moderatorId = (await moderator.get("/api/me")).json.user.id;
    expect((await admin.patch(`/api/admin/users/${moderatorId}`, { role: "moderator" })).status).toBe(200);

    const seed = async (
      key: string,
      ...args: Parameters<typeof seedListing> extends [unknown, ...infer R] ? R : never
    ) => {
      seeded[key] = await seedListing(server, ...args);
    };
    await seed(
      "ana",
      listing({
        name: "Ana Harbour",
        organization: "Harbour Perinatal",
        about: "Ana Harbour helps parents after a frightening birth, in person in the Mission and by video.",
        services: ["therapy"],
        focus: ["birth_trauma"],
        approaches: ["emdr"],
        credentials: [{ type: "pmh_c", detail: "PSI 2024-0042" }],
        languages: ["en", "es"],
        insurance: ["medicaid", "self_pay"],
        fees: "$120 a session",
        slidingScale: true,
        inPerson: {
          address: "3000 24th Street",
          showAddress: true,
          city: "San Francisco",
          region: "CA",
          postcode: "94110",
          country: "US",
        },
        telehealth: ["US-CA"],
        contact: { phone: "+1 415 555 0100", email: "ana@example.org", website: "https://ana.example.org" },
      }),
      { at: northOf(0) },
    );
    const checked = await server.app.attune.directory.verifyCredential(seeded.ana?.id ?? "", "pmh_c", {
      by: moderatorId,
      at: Date.parse("2025-03-04T10:00:00Z"),
      method: "PSI registry",
    });
    if (checked) seeded.ana = checked;
    await seed(
      "bea",
      listing({
        name: "Bay Lactation Collective",
        kind: "organization",
        about: "A collective of lactation consultants who visit families at home across the East Bay.",
        services: ["lactation"],
        credentials: [{ type: "ibclc" }],
        accepting: false,
        inPerson: {
          address: "22 Hidden Lane",
          showAddress: false,
          city: "Daly City",
          region: "CA",
          country: "US",
        },
        contact: { email: "hello@baylactation.example.org" },
      }),
      { at: northOf(50) },
    );
    await seed(
      "cal",
      listing({
        name: "Cal Video",
        about: "Cal works with fathers and partners after a hard birth, by video anywhere in the UK.",
        focus: ["birth_trauma", "fathers_partners"],
        telehealth: ["GB"],
        contact: { email: "cal@example.org" },
      }),
      { at: null },
    );
    await seed(
      "stale",
      listing({
        name: "Gus Stale",
        services: ["lactation"],
        inPerson: { city: "San Francisco", country: "US" },
      }),
      {
        at: northOf(1),
        confirmedDaysAgo: 181,
      },
    );
    await seed(
      "pending",
      listing({
        name: "Ivy Pending",
        services: ["lactation"],
        inPerson: { city: "San Francisco", country: "US" },
      }),
      {
        at: northOf(1),
        status: "pending",
      },
    );

    const terms = await visitor.get("/api/hsds/taxonomy_terms?per_page=100");
    expect(terms.status).toBe(200);
    termIds = Object.fromEntries(
      terms.json.contents.map((t: { code: string; id: string; taxonomy_id: string }) => [t.code, t.id]),
    );
  });
  afterAll(async () => server?.close());

  const publicKeys = ["ana", "bea", "cal"];
  const idOf = (key: string) => seeded[key]?.id as string;
  const serviceIds = async (query = "") => {
    const reply = await visitor.get(`/api/hsds/services?per_page=100${query}`);
    expect(reply.status, JSON.stringify(reply.json)).toBe(200);
    expectValid(schemas.services, reply.json);
    return reply.json.contents.map((s: { id: string }) => s.id).sort();
  };
  const ids = (...keys: string[]) => keys.map(idOf).sort();

  it("says which HSDS it speaks", async () => {
    for (const path of ["/api/hsds/", "/api/hsds"]) {
      const reply = await visitor.get(path);
      expect(reply.status).toBe(200);
      expectValid(schemas.root, reply.json);
      expect(reply.json.version).toBe("3.1");
      expect(reply.json.openapi_url).toBe(`${server.base}/api/openapi.json`);
      expect((await visitor.get(new URL(reply.json.openapi_url).pathname)).status).toBe(200);
    }
  });

  it("lists only public services (approved and confirmed within 180 days), as valid HSDS", async () => {
    expect(await serviceIds()).toEqual(ids(...publicKeys));
    const page = (await visitor.get("/api/hsds/services")).json;
    expect(page).toMatchObject({
      total_items: 3,
      total_pages: 1,
      page_number: 1,
      size: 3,
      first_page: true,
      last_page: true,
      empty: false,
    });
  });

  it("gives each public service whole and valid, and hides stale and pending ones", async () => {
    for (const key of publicKeys) {
      const reply = await visitor.get(`/api/hsds/services/${idOf(key)}`);
      expect(reply.status).toBe(200);
      expectValid(schemas.service, reply.json);
    }
    for (const key of ["stale", "pending"]) {
      const reply = await visitor.get(`/api/hsds/services/${idOf(key)}`);
      expect(reply.status).toBe(404);
      expect(reply.json.error.code).toBe("not_found");
    }
    expect((await visitor.get("/api/hsds/services/not-an-id")).status).toBe(404);
  });

  it("maps a person's listing: practice, contact, place, areas, terms, checks, fees and openings", async () => {
    const ana = (await visitor.get(`/api/hsds/services/${idOf("ana")}`)).json;
    expect(ana).toMatchObject({
      id: idOf("ana"),
      name: "Ana Harbour",
      description: seeded.ana?.about,
      status: "active",
      url: "https://ana.example.org",
      email: "ana@example.org",
      fees_description: "$120 a session",
      organization: { name: "Harbour Perinatal", id: ana.organization_id },
      contacts: [{ name: "Ana Harbour" }],
      phones: [{ number: "+1 415 555 0100" }],
      service_areas: [{ extent: "US-CA", extent_type: "text" }],
      cost_options: [{ option: "Sliding scale" }],
      capacities: [{ unit: { identifier: "new_clients" }, available: 1 }],
    });
    expect(ana.accreditations).toContain("verified 2025-03-04");
    expect(ana.languages.map((l: { code: string; name: string }) => [l.code, l.name])).toEqual([
      ["en", "English"],
      ["es", "Spanish"],
    ]);
    const address = ana.service_at_locations[0].location.addresses[0];
    expect(address).toMatchObject({
      address_1: "3000 24th Street",
      city: "San Francisco",
      postal_code: "94110",
      country: "US",
    });
    expect(ana.service_at_locations[0].location).toMatchObject({ latitude: sf.lat, longitude: sf.lon });
    const byCode = Object.fromEntries(
      ana.attributes.map(
        (a: { taxonomy_term: { code: string }; value?: string; taxonomy_term_id: string }) => [
          a.taxonomy_term.code,
          a,
        ],
      ),
    );
    expect(Object.keys(byCode).sort()).toEqual([
      "birth_trauma",
      "emdr",
      "medicaid",
      "pmh_c",
      "self_pay",
      "therapy",
    ]);
    expect(byCode.pmh_c).toMatchObject({ value: "verified 2025-03-04", taxonomy_term_id: termIds.pmh_c });
    // Licence numbers are for moderators, never published.
    expect(JSON.stringify(ana)).not.toContain("PSI 2024-0042");
  });

  it("keeps a private street private and says when no new clients are taken", async () => {
    const bea = (await visitor.get(`/api/hsds/services/${idOf("bea")}`)).json;
    expect(JSON.stringify(bea)).not.toContain("Hidden Lane");
    const location = bea.service_at_locations[0].location;
    expect(location.addresses[0].address_1).toBe("");
    expect(location.latitude).toBe(Math.round((seeded.bea?.lat ?? 0) * 100) / 100);
    expect(bea.organization.name).toBe("Bay Lactation Collective");
    expect(bea.contacts).toEqual([]);
    expect(bea.alert).toBe("Not taking new clients at the moment.");
    expect(bea.capacities[0].available).toBe(0);
  });

  it("speaks Spanish with lang=es", async () => {
    const reply = await visitor.get(`/api/hsds/services/${idOf("ana")}?lang=es`);
    expectValid(schemas.service, reply.json);
    const names = reply.json.attributes.map((a: { taxonomy_term: { name: string } }) => a.taxonomy_term.name);
    expect(names).toContain("Terapia y orientación psicológica");
    expect(reply.json.languages[1].name).toBe("español");
    expect((await visitor.get("/api/hsds/services?lang=fr")).status).toBe(400);
  });

  it("searches words and filters by a taxonomy term", async () => {
    expect(await serviceIds("&search=lactation")).toEqual(ids("bea"));
    expect(await serviceIds("&search=Mission")).toEqual(ids("ana"));
    expect(await serviceIds(`&taxonomy_term_id=${termIds.birth_trauma}`)).toEqual(ids("ana", "cal"));
    expect(await serviceIds(`&taxonomy_term_id=${termIds.birth_trauma}&search=fathers`)).toEqual(ids("cal"));
    // A term of someone else's taxonomy matches nothing here; text that is not an id at all is a mistake.
    const other = (
      await visitor.get("/api/hsds/services?taxonomy_term_id=3f7b145d-84af-42d7-8fae-eaca714b02b2")
    ).json;
    expect(other).toMatchObject({ total_items: 0, total_pages: 0, empty: true, contents: [] });
    const bad = await visitor.get("/api/hsds/services?taxonomy_term_id=therapy");
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain("taxonomy_term_id");
  });

  it("pages with page and per_page, and refuses pages that cannot be", async () => {
    const first = (await visitor.get("/api/hsds/services?per_page=2")).json;
    const second = (await visitor.get("/api/hsds/services?per_page=2&page=2")).json;
    const third = (await visitor.get("/api/hsds/services?per_page=2&page=3")).json;
    expect(first).toMatchObject({
      total_items: 3,
      total_pages: 2,
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: false,
    });
    expect(second).toMatchObject({
      page_number: 2,
      size: 1,
      first_page: false,
      last_page: true,
      empty: false,
    });
    expect(third).toMatchObject({ page_number: 3, size: 0, contents: [], empty: false });
    const seen = [...first.contents, ...second.contents].map((s: { id: string }) => s.id).sort();
    expect(seen).toEqual(ids(...publicKeys));
    for (const query of [
      "page=0",
      "page=-1",
      "page=1.5",
      "page=abc",
      "per_page=0",
      "per_page=101",
      "per_page=x",
    ]) {
      const reply = await visitor.get(`/api/hsds/services?${query}`);
      expect(reply.status, query).toBe(400);
      expect(reply.json.error.message, query).toMatch(/page is a whole number|per_page is a whole number/);
    }
    expect((await visitor.get("/api/hsds/services?format=ndjson")).status).toBe(400);
    expect((await visitor.get("/api/hsds/services?colour=blue")).status).toBe(400);
  });

  it("lists organizations, one per public listing, each leading back to it", async () => {
    const list = await visitor.get("/api/hsds/organizations?per_page=100");
    expect(list.status).toBe(200);
    expectValid(schemas.organizations, list.json);
    expect(list.json.contents.map((o: { name: string }) => o.name).sort()).toEqual([
      "Bay Lactation Collective",
      "Cal Video",
      "Harbour Perinatal",
    ]);
    for (const org of list.json.contents) {
      const one = await visitor.get(`/api/hsds/organizations/${org.id}`);
      expect(one.status).toBe(200);
      expectValid(schemas.organization, one.json);
      expect(one.json.services.length).toBe(1);
    }
    const harbour = list.json.contents.find((o: { name: string }) => o.name === "Harbour Perinatal");
    const ana = (await visitor.get(`/api/hsds/services/${idOf("ana")}`)).json;
    expect(ana.organization_id).toBe(harbour.id);
    const filtered = (await visitor.get(`/api/hsds/organizations?taxonomy_term_id=${termIds.lactation}`))
      .json;
    expect(filtered.contents.map((o: { name: string }) => o.name)).toEqual(["Bay Lactation Collective"]);
    // Stale and pending listings' organizations are as hidden as their services; other ids lead nowhere.
    for (const key of ["stale", "pending"])
      expect((await visitor.get(`/api/hsds/organizations/${partId(idOf(key), "organization")}`)).status).toBe(
        404,
      );
    expect((await visitor.get(`/api/hsds/organizations/${idOf("ana")}`)).status).toBe(404);
    expect((await visitor.get("/api/hsds/organizations/not-an-id")).status).toBe(404);
  });

  it("lists in-person places, near a postcode within a proximity in metres", async () => {
    const sals = async (query = "") => {
      const reply = await visitor.get(`/api/hsds/service_at_locations?per_page=100${query}`);
      expect(reply.status, JSON.stringify(reply.json)).toBe(200);
      expectValid(schemas.serviceAtLocations, reply.json);
      return reply.json.contents.map((s: { service_id: string }) => s.service_id).sort();
    };
    // Every public in-person place; the telehealth-only listing has none, stale and pending never show.
    expect(await sals()).toEqual(ids("ana", "bea"));
    expect(await sals("&postcode=94110&proximity=5000")).toEqual(ids("ana"));
    expect(await sals("&postcode=94110")).toEqual(ids("ana")); // 25 km when not said
    expect(await sals("&postcode=94110&proximity=60000")).toEqual(ids("ana", "bea"));
    expect(await sals(`&postcode=94110&proximity=60000&taxonomy_term_id=${termIds.lactation}`)).toEqual(
      ids("bea"),
    );
    expect(await sals(`&postcode=${sf.lat},${sf.lon}&proximity=5000`)).toEqual(ids("ana"));

    const nearest = (await visitor.get("/api/hsds/service_at_locations?postcode=94110&proximity=60000")).json;
    expect(nearest.contents[0].service_id).toBe(idOf("ana"));
    for (const item of nearest.contents) {
      const one = await visitor.get(`/api/hsds/service_at_locations/${item.id}`);
      expect(one.status).toBe(200);
      expectValid(schemas.serviceAtLocation, one.json);
      expect(one.json.service.id).toBe(item.service_id);
    }

    for (const key of ["stale", "pending", "cal"]) {
      const hidden = await visitor.get(
        `/api/hsds/service_at_locations/${partId(idOf(key), "service_at_location")}`,
      );
      expect(hidden.status, key).toBe(404);
    }
    const unplaced = await visitor.get("/api/hsds/service_at_locations?postcode=00000");
    expect(unplaced.status).toBe(400);
    expect(unplaced.json.error.code).toBe("unknown_place");
    const alone = await visitor.get("/api/hsds/service_at_locations?proximity=5000");
    expect(alone.status).toBe(400);
    expect(alone.json.error.message).toContain("postcode");
    expect((await visitor.get("/api/hsds/service_at_locations?postcode=94110&proximity=-1")).status).toBe(
      400,
    );
  });

  it("publishes Attune's taxonomies and terms with stable ids", async () => {
    const taxonomies = await visitor.get("/api/hsds/taxonomies");
    expect(taxonomies.status).toBe(200);
    expectValid(schemas.taxonomies, taxonomies.json);
    expect(taxonomies.json.total_items).toBe(Object.keys(facets).length);
    for (const t of taxonomies.json.contents) {
      const one = await visitor.get(`/api/hsds/taxonomies/${t.id}?lang=es`);
      expectValid(schemas.taxonomy, one.json);
    }
    const all = await visitor.get("/api/hsds/taxonomy_terms?per_page=100");
    expectValid(schemas.taxonomyTerms, all.json);
    const termCount = Object.values(facets).reduce((n, keys) => n + keys.length, 0);
    expect(all.json.total_items).toBe(termCount);
    const services = taxonomies.json.contents[0];
    const ofServices = (await visitor.get(`/api/hsds/taxonomy_terms?per_page=100&taxonomy_id=${services.id}`))
      .json;
    expect(ofServices.contents.map((t: { code: string }) => t.code)).toEqual([...facets.service]);
    const term = await visitor.get(`/api/hsds/taxonomy_terms/${termIds.lactation}`);
    expectValid(schemas.taxonomyTerm, term.json);
    expect(term.json).toMatchObject({ code: "lactation", taxonomy_id: services.id, language: "en" });
    const spanish = (await visitor.get("/api/hsds/taxonomy_terms?search=lactancia&lang=es")).json;
    expect(spanish.contents.map((t: { code: string }) => t.code)).toEqual(["lactation", "ibclc"]);
    expect(spanish.contents[0].name).toContain("lactancia");
    expect((await visitor.get("/api/hsds/taxonomy_terms/3f7b145d-84af-42d7-8fae-eaca714b02b2")).status).toBe(
      404,
    );
    // The same ids on every server: a term's id depends only on its name (UUIDv5).
    const other = await startTestServer("sqlite");
    try {
      const again = (await other.client().get("/api/hsds/taxonomy_terms?per_page=100")).json;
      expect(again.contents.map((t: { id: string }) => t.id)).toEqual(
        all.json.contents.map((t: { id: string }) => t.id),
      );
    } finally {
      await other.close();
    }
  });

  // ---- Import ----
  const uuid = () => crypto.randomUUID();
  const term = (code: string) => ({ id: uuid(), taxonomy_term_id: termIds[code] });
  /** Three services from another directory, written as HSDS 3.1 with Attune's term ids. */
  const dataset = () => [
    {
      id: uuid(),
      name: "Riverside Doulas",
      description: "Birth and postpartum doulas for families across central Austin, in English and Spanish.",
      status: "active",
      email: "team@riverside-doulas.example.org",
      languages: [
        { id: uuid(), code: "en", name: "English" },
        { id: uuid(), code: "es", name: "Spanish" },
      ],
      attributes: [term("doula")],
      service_at_locations: [
        {
          id: uuid(),
          location: {
            id: uuid(),
            location_type: "physical",
            latitude: 30.27,
            longitude: -97.74,
            addresses: [
              {
                id: uuid(),
                address_1: "5 River Road",
                city: "Austin",
                state_province: "TX",
                postal_code: "78701",
                country: "US",
                address_type: "physical",
              },
            ],
          },
        },
      ],
    },
    {
      id: uuid(),
      name: "Dr Kim Lee",
      description: "Perinatal psychiatrist seeing new parents by video anywhere in New York State.",
      status: "active",
      url: "https://kimlee.example.org",
      organization: { id: uuid(), name: "Lee Psychiatry", description: "A small psychiatry practice." },
      contacts: [{ id: uuid(), name: "Dr Kim Lee" }],
      languages: [{ id: uuid(), code: "en" }],
      attributes: [term("psychiatry"), term("perinatal_mood_anxiety"), term("psychiatrist")],
      service_areas: [{ id: uuid(), name: "New York State", extent: "US-NY", extent_type: "text" }],
    },
    {
      id: uuid(),
      name: "Leeds Parent Peer Group",
      description: "A weekly peer support group for parents finding the first year hard, in central Leeds.",
      status: "active",
      phones: [{ id: uuid(), number: "0113 496 0000" }],
      languages: [{ id: uuid(), code: "en" }],
      attributes: [term("support_group")],
      service_at_locations: [
        {
          id: uuid(),
          location: {
            id: uuid(),
            location_type: "physical",
            addresses: [
              {
                id: uuid(),
                address_1: "",
                city: "Leeds",
                state_province: "",
                postal_code: "LS1 4AP",
                country: "GB",
                address_type: "physical",
              },
            ],
          },
        },
      ],
    },
  ];

  const queue = async () => {
    const reply = await moderator.get("/api/directory/moderation/queue");
    expect(reply.status).toBe(200);
    return reply.json.items as {
      name: string;
      status: string;
      source: string;
      owner: unknown;
      input: Record<string, unknown> & { inPerson: Record<string, unknown> | null };
    }[];
  };

  it("is for moderators only", async () => {
    const body = dataset();
    const asCaregiver = await caregiver.post("/api/hsds/import", body);
    expect(asCaregiver.status).toBe(403);
    const signedOut = await visitor.post("/api/hsds/import", body);
    expect(signedOut.status).toBe(401);
    expect((await queue()).filter((i) => i.source === "hsds_import")).toEqual([]);
  });

  it("turns a valid HSDS dataset into pending listings in the moderation queue, never public ones", async () => {
    const body = dataset();
    expectValid(schemas.servicePackage, body); // the test's data is HSDS as the specification defines it
    const reply = await moderator.post("/api/hsds/import", body);
    expect(reply.status, JSON.stringify(reply.json)).toBe(200);
    expect(reply.json).toEqual({ imported: 3, skipped: [] });
    const items = (await queue()).filter((i) => i.source === "hsds_import");
    expect(items.map((i) => i.name).sort()).toEqual([
      "Dr Kim Lee",
      "Leeds Parent Peer Group",
      "Riverside Doulas",
    ]);
    for (const item of items) expect(item).toMatchObject({ status: "pending", owner: null });
    const byName = Object.fromEntries(items.map((i) => [i.name, i.input]));
    expect(byName["Riverside Doulas"]).toMatchObject({
      kind: "organization",
      services: ["doula"],
      languages: ["en", "es"],
      accepting: true,
      inPerson: {
        address: "5 River Road",
        showAddress: true,
        city: "Austin",
        postcode: "78701",
        lat: 30.27,
        lon: -97.74,
      },
      contact: { email: "team@riverside-doulas.example.org" },
    });
    expect(byName["Dr Kim Lee"]).toMatchObject({
      kind: "individual",
      organization: "Lee Psychiatry",
      services: ["psychiatry"],
      focus: ["perinatal_mood_anxiety"],
      credentials: [{ type: "psychiatrist" }],
      telehealth: ["US-NY"],
      inPerson: null,
      contact: { website: "https://kimlee.example.org" },
    });
    // No coordinates given: placed from the town offline, as a provider's application is.
    const leeds = byName["Leeds Parent Peer Group"]?.inPerson;
    expect(leeds).toMatchObject({ city: "Leeds", postcode: "LS1 4AP", country: "GB", showAddress: false });
    expect(Math.abs((leeds?.lat as number) - 53.8)).toBeLessThan(0.2);
    expect(await serviceIds()).toEqual(ids(...publicKeys));
  });

  it("imports a service once: a dataset sent again adds only what is new, even sent twice at once", async () => {
    const first = dataset();
    expect((await moderator.post("/api/hsds/import", first)).json).toEqual({ imported: 3, skipped: [] });
    const [doulas] = first;
    const added = { ...(doulas as (typeof first)[number]), id: uuid(), name: "Riverside Doulas North" };
    // The same services (one id in upper case, as another exporter might write it) and one new one.
    const again = [...first.map((s, i) => (i === 0 ? { ...s, id: s.id.toUpperCase() } : s)), added];
    const reply = await moderator.post("/api/hsds/import", again);
    expect(reply.status, JSON.stringify(reply.json)).toBe(200);
    expect(reply.json.imported).toBe(1);
    expect(reply.json.skipped.map((s: { index: number }) => s.index)).toEqual([0, 1, 2]);
    expect(reply.json.skipped[0].problems[0]).toMatch(
      /^id: service .* was imported before, as listing .*; edit or reject that listing instead/,
    );
    const named = (name: string) =>
      queue().then((items) => items.filter((i) => i.name === name && i.source === "hsds_import").length);
    expect(await named("Riverside Doulas North")).toBe(1);

    // Two imports of one new dataset at the same moment: each service is queued once between them.
    const racing = dataset().map((s) => ({ ...s, name: `${s.name} Race` }));
    const replies = await Promise.all([
      moderator.post("/api/hsds/import", racing),
      moderator.post("/api/hsds/import", racing),
    ]);
    for (const r of replies) expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(replies[0]?.json.imported + replies[1]?.json.imported).toBe(3);
    for (const s of racing) expect(await named(s.name)).toBe(1);
  });

  it("reports each service it could not import by its position, with what to fix", async () => {
    const [good] = dataset();
    const base = {
      ...good,
      id: uuid(),
      name: "Valid Vera",
      service_at_locations: [] as unknown[],
      service_areas: [{ id: uuid(), extent: "US", extent_type: "text" }],
    };
    const body = [
      base,
      { ...base, id: "vera-2", status: undefined, name: "No Status" },
      { ...base, id: uuid(), name: "No Terms", attributes: [], languages: [{ id: uuid(), name: "English" }] },
      { ...base, id: uuid(), name: "Closed For Good", status: "defunct" },
      {
        ...base,
        id: uuid(),
        name: "Nowhere Place",
        service_areas: [],
        service_at_locations: [
          {
            id: uuid(),
            location: {
              id: uuid(),
              location_type: "physical",
              addresses: [
                {
                  id: uuid(),
                  address_1: "",
                  city: "Nowherevillezz",
                  state_province: "",
                  postal_code: "",
                  country: "US",
                  address_type: "physical",
                },
              ],
            },
          },
        ],
      },
      { ...base, name: "Vera Again" },
      "not a service",
    ];
    const reply = await moderator.post("/api/hsds/import", body);
    expect(reply.status, JSON.stringify(reply.json)).toBe(200);
    expect(reply.json.imported).toBe(1);
    const skipped = Object.fromEntries(
      reply.json.skipped.map((s: { index: number; problems: string[]; id?: string }) => [s.index, s]),
    );
    expect(Object.keys(skipped).map(Number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(skipped[1]).toMatchObject({ id: "vera-2" });
    expect(skipped[1].problems).toEqual(
      expect.arrayContaining(["id: must be a UUID, as HSDS ids are", "status: is required"]),
    );
    expect(skipped[2].problems.join(" ")).toMatch(/languages: give each language's ISO 639 code/);
    expect(skipped[2].problems.join(" ")).toMatch(
      /attributes \(link at least one term of Attune's service taxonomy/,
    );
    expect(skipped[3].problems.join(" ")).toMatch(/status: .*defunct/);
    expect(skipped[4].problems.join(" ")).toMatch(/service_at_locations.*could not place/);
    expect(skipped[5].problems.join(" ")).toMatch(/appears earlier in the dataset/);
    expect(skipped[6]).toEqual({ index: 6, problems: ["service: must be an object"] });
    const names = (await queue()).map((i) => i.name);
    expect(names).toContain("Valid Vera");
    expect(names).not.toContain("Nowhere Place");
  });

  it("refuses a body that is not an HSDS dataset at all, saying what to send", async () => {
    for (const body of [
      { hello: "world" },
      [],
      [1, 2, 3],
      '"services"',
      [{ id: uuid(), name: "Org", description: "x", services: [] }],
    ]) {
      const reply = await moderator.post("/api/hsds/import", body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.json.error.code).toBe("not_hsds");
      expect(reply.json.error.message).toContain("Send an array of HSDS services");
    }
  });

  it("round-trips: a service this API published imports as a pending listing with the same words", async () => {
    for (const key of ["ana", "bea"]) {
      const original = seeded[key] as Listing;
      const published = (await visitor.get(`/api/hsds/services/${original.id}`)).json;
      const reply = await moderator.post("/api/hsds/import", published);
      expect(reply.json, key).toEqual({ imported: 1, skipped: [] });
      const copy = (await queue()).find((i) => i.name === original.name && i.source === "hsds_import");
      expect(copy?.status).toBe("pending");
      const words = inputOf(original);
      const place = words.inPerson;
      expect(copy?.input, key).toEqual({
        ...words,
        // Licence numbers are not published, so they do not come back; a private street neither, and
        // the coordinates of a private place come back as published (rounded).
        credentials: words.credentials.map((c) => ({ type: c.type })),
        inPerson: place?.showAddress
          ? place
          : {
              ...place,
              address: undefined,
              lat: Math.round((place?.lat ?? 0) * 100) / 100,
              lon: Math.round((place?.lon ?? 0) * 100) / 100,
            },
      });
    }
  });
});
