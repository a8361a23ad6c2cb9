import { describe, expect, it } from "vitest";
import { distanceKm } from "../../src/domain/directory/geo.js";
import { geocode, placeCoordinates } from "../../src/server/directory/geocode.js";
import { ukPostcodeAreas } from "../../src/server/directory/uk-postcode-areas.js";

/** Within `km` of a known point (centroids differ a little between datasets). */
const near = (found: { lat: number; lon: number } | null, lat: number, lon: number, km: number) => {
  expect(found).not.toBeNull();
  expect(distanceKm(found as { lat: number; lon: number }, { lat, lon })).toBeLessThan(km);
};

describe("placing a 'near' offline", () => {
  it("reads US ZIP codes, ZIP+4 too", () => {
    const sf = geocode("94110");
    near(sf, 37.75, -122.42, 5);
    expect(sf).toMatchObject({ kind: "zip", country: "US", label: "94110 (San Francisco, CA)" });
    near(geocode("10001-1234"), 40.75, -73.99, 5);
    expect(geocode("00000")).toBeNull();
  });

  it("reads UK postcodes and districts by their area's post town", () => {
    const westminster = geocode("SW1A 1AA");
    near(westminster, 51.51, -0.13, 15);
    expect(westminster).toMatchObject({ kind: "postcode", country: "GB", label: "SW1A, London area" });
    expect(geocode("sw1a")).toEqual(westminster);
    near(geocode("M1"), 53.48, -2.24, 10);
    near(geocode("EH3 9"), 55.95, -3.19, 10);
    expect(geocode("QQ1")).toBeNull();
  });

  it("finds every UK postcode area's post town in the city data", () => {
    for (const area of Object.keys(ukPostcodeAreas)) expect(geocode(`${area}1`), area).not.toBeNull();
  });

  it("reads city names, with a state or country to tell them apart, ignoring case and accents", () => {
    near(geocode("Leeds"), 53.8, -1.55, 10);
    near(geocode("Springfield, IL"), 39.8, -89.64, 15);
    near(geocode("Springfield, MA"), 42.1, -72.59, 15);
    near(geocode("portland, or"), 45.52, -122.68, 15);
    near(geocode("Perth, Scotland"), 56.4, -3.43, 10);
    near(geocode("london, uk"), 51.51, -0.13, 10);
    expect(geocode("London")?.country).toBe("GB");
    expect(geocode("São Paulo")).toEqual(geocode("sao paulo"));
    near(geocode("sao paulo"), -23.55, -46.63, 20);
    expect(geocode("Nowhereville, ZZ")).toBeNull();
    expect(geocode("qqqqzzzz")).toBeNull();
  });

  it("takes coordinates as given, and refuses impossible ones", () => {
    expect(geocode("51.5,-0.12")).toMatchObject({ lat: 51.5, lon: -0.12, kind: "coordinates" });
    expect(geocode(" -33.86 , 151.2 ")).toMatchObject({ lat: -33.86, lon: 151.2 });
    expect(geocode("91.0,0")).toBeNull();
    expect(geocode("10,181")).toBeNull();
  });

  it("places a provider's address by postcode, else by city and state", () => {
    near(placeCoordinates({ postcode: "94110", city: "Anywhere", country: "US" }), 37.75, -122.42, 5);
    near(placeCoordinates({ city: "Springfield", region: "IL", country: "US" }), 39.8, -89.64, 15);
    near(placeCoordinates({ postcode: "LS1 4AP", city: "Leeds", country: "GB" }), 53.8, -1.55, 10);
    expect(placeCoordinates({ city: "Atlantis", country: "GB" })).toBeNull();
  });
});
