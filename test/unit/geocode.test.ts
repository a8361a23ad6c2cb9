import { describe, expect, it } from "vitest";
import { distanceKm } from "../../src/domain/directory/geo.js";
import { geocode, placeCoordinates } from "../../src/server/directory/geocode.js";
import { ukPostcodeAreas } from "../../src/server/directory/geocode-uk-areas.js";

/** Within `km` of a known point (centroids differ a little between datasets). */
const near = (found: { lat: number; lon: number } | null, lat: number, lon: number, km: number) => {
  expect(found).not.toBeNull();
  expect(distanceKm(found as { lat: number; lon: number }, { lat, lon })).toBeLessThan(km);
};

describe("placing a 'near' offline", () => {
  it("reads US ZIP codes, ZIP+4 too, and refuses codes with no place", () => {
    const sf = geocode("94110");
    near(sf, 37.75, -122.42, 5);
    expect(sf).toMatchObject({ kind: "zip", country: "US", label: "94110 (San Francisco, CA)" });
    const nyc = geocode("10001");
    near(nyc, 40.75, -73.99, 5);
    expect(nyc?.label).toBe("10001 (New York, NY)");
    expect(geocode("10001-1234")).toEqual(nyc);
    expect(geocode("00000")).toBeNull();
    // A military (APO) code: the package lists it at 0,0, which is no place to search near.
    expect(geocode("34001")).toBeNull();
  });

  it("reads UK postcodes and districts by their area's post town", () => {
    const westminster = geocode("SW1A 1AA");
    near(westminster, 51.501, -0.142, 5); // Buckingham Palace, SW1A 1AA
    expect(westminster).toMatchObject({ kind: "postcode", country: "GB", label: "SW1A, London area" });
    expect(geocode("sw1a")).toEqual(westminster);
    expect(geocode("SW1A1AA")).toEqual(westminster);
    near(geocode("M1"), 53.48, -2.24, 10);
    near(geocode("EH3"), 55.95, -3.19, 10);
    expect(geocode("eh3 9")?.label).toBe("EH3, Edinburgh area");
    expect(geocode("QQ1")).toBeNull();
  });

  it("finds every UK postcode area's post town in the city data", () => {
    for (const area of Object.keys(ukPostcodeAreas)) expect(geocode(`${area}1`), area).not.toBeNull();
  });

  it("reads city names, with a state, nation or country to tell them apart", () => {
    const leeds = geocode("Leeds");
    near(leeds, 53.8, -1.55, 10);
    expect(leeds).toMatchObject({ kind: "city", country: "GB", label: "Leeds, England" });
    near(geocode("Springfield, IL"), 39.8, -89.64, 15);
    near(geocode("Springfield, Illinois"), 39.8, -89.64, 15);
    near(geocode("Springfield, IL, USA"), 39.8, -89.64, 15);
    near(geocode("Springfield, MA"), 42.1, -72.59, 15);
    near(geocode("Portland"), 45.52, -122.68, 15); // Oregon's, the most populous Portland
    near(geocode("portland, me"), 43.66, -70.26, 15);
    near(geocode("Perth, Scotland"), 56.4, -3.43, 10);
    near(geocode("london, uk"), 51.51, -0.13, 10);
    expect(geocode("London")?.country).toBe("GB");
    expect(geocode("Paris, France")).toBeNull(); // a country we do not read is not silently ignored
  });

  it("ignores case, accents and punctuation, and knows the everyday names", () => {
    expect(geocode("São Paulo")).toEqual(geocode("sao paulo"));
    near(geocode("sao paulo"), -23.55, -46.63, 20);
    expect(geocode("Saint Louis")).toEqual(geocode("St. Louis, MO"));
    expect(geocode("stoke on trent")?.label).toBe("Stoke-on-Trent, England");
    near(geocode("New York"), 40.71, -74.01, 5);
    near(geocode("Washington, DC"), 38.9, -77.04, 5);
    expect(geocode("Hull")?.label).toBe("Kingston upon Hull, England");
    expect(geocode("Newcastle")?.label).toBe("Newcastle upon Tyne, England");
    expect(geocode("Nowhereville, ZZ")).toBeNull();
    expect(geocode("zzzz")).toBeNull();
  });

  it("takes coordinates as given, and refuses impossible ones", () => {
    expect(geocode("51.5,-0.12")).toMatchObject({ lat: 51.5, lon: -0.12, kind: "coordinates" });
    expect(geocode(" -33.86 , 151.2 ")).toMatchObject({ lat: -33.86, lon: 151.2 });
    expect(geocode("91.0,0")).toBeNull();
    expect(geocode("10,181")).toBeNull();
  });

  it("places a US provider's address by ZIP code, else by city in its state", () => {
    near(placeCoordinates({ postcode: "94110", city: "Anywhere", country: "US" }), 37.75, -122.42, 5);
    near(placeCoordinates({ city: "Springfield", region: "IL", country: "US" }), 39.8, -89.64, 15);
    near(placeCoordinates({ city: "New York", region: "New York", country: "US" }), 40.71, -74.01, 5);
    // A state we can read is kept to: no Anchorage in Ohio does not mean Alaska's.
    expect(placeCoordinates({ city: "Anchorage", region: "OH", country: "US" })).toBeNull();
  });

  it("places a UK provider's address by city, the postcode choosing between namesakes", () => {
    near(placeCoordinates({ postcode: "LS1 4AP", city: "Leeds", country: "GB" }), 53.8, -1.55, 10);
    // LS29 is in the Leeds area, but Ilkley is 25 km from Leeds: the town is the finer point.
    near(placeCoordinates({ postcode: "LS29 9AA", city: "Ilkley", country: "GB" }), 53.92, -1.82, 5);
    // PO30 (Portsmouth area) picks the Isle of Wight's Newport, not the larger one in Wales.
    near(placeCoordinates({ postcode: "PO30 1UD", city: "Newport", country: "GB" }), 50.7, -1.29, 5);
    near(placeCoordinates({ city: "Newport", region: "Wales", country: "GB" }), 51.59, -3.0, 5);
    // A town the city data does not know stands at its postcode area's post town.
    near(placeCoordinates({ postcode: "EH3 9AA", city: "Atlantis", country: "GB" }), 55.95, -3.19, 10);
    expect(placeCoordinates({ city: "Atlantis", country: "GB" })).toBeNull();
  });
});
