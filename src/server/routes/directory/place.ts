import type { ListingInput } from "../../../domain/directory/listing-input.js";
import { placeCoordinates } from "../../directory/geocode.js";
import { HttpError } from "../../errors.js";

/**
 * Where a provider's in-person place is on the map: its postcode or city, placed offline by the server.
 * Coordinates a provider sends are not taken (the edit form's `input` carries the stored ones back, and an
 * edited town must move the listing; nor may anyone pin a listing far from the town a moderator reads).
 * A place that cannot be placed is a 400 that says what to write, because a listing nobody can find by
 * distance would quietly never show up "near" anyone.
 */
export function providerCoordinates(listing: ListingInput): { lat: number; lon: number } | null {
  const place = listing.inPerson;
  if (!place) return null;
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

/** Where an imported listing's place is: the coordinates it came with, else placed as a provider's is. */
export function coordinatesOf(listing: ListingInput): { lat: number; lon: number } | null {
  const place = listing.inPerson;
  if (place?.lat !== undefined && place.lon !== undefined) return { lat: place.lat, lon: place.lon };
  return providerCoordinates(listing);
}
