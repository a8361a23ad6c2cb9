import type { ListingInput } from "../../../domain/directory/listing-input.js";
import { placeCoordinates } from "../../directory/geocode.js";
import { HttpError } from "../../errors.js";

/**
 * Where a listing's in-person place is on the map: the coordinates it came with (an import), else its
 * postcode or city placed offline. A place that cannot be placed is a 400 that says what to write, because
 * a listing nobody can find by distance would quietly never show up "near" anyone.
 */
export function coordinatesOf(listing: ListingInput): { lat: number; lon: number } | null {
  const place = listing.inPerson;
  if (!place) return null;
  if (place.lat !== undefined && place.lon !== undefined) return { lat: place.lat, lon: place.lon };
  const found = placeCoordinates(place);
  if (!found)
    throw new HttpError(
      400,
      "unknown_place",
      `We could not place "${[place.postcode, place.city].filter(Boolean).join(", ")}" on the map. Give a US ZIP code or a UK postcode, or the city's usual name with its state (for example Springfield and IL).`,
      { field: "inPerson" },
    );
  return found;
}
