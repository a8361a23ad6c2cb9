/**
 * Distances on the Earth for "near me" search. The search narrows candidates with an indexed bounding box,
 * then keeps those within the exact great-circle distance, so the box only ever has to be large enough.
 */
export interface Point {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Haversine great-circle distance in km. */
export function distanceKm(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

/**
 * A box that contains every point within radiusKm of the centre. Near a pole, or where the box would cross
 * the 180° meridian, it widens to every longitude: a larger box costs a few more candidates, never a miss.
 */
export function boundingBox(centre: Point, radiusKm: number): BoundingBox {
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const minLat = Math.max(-90, centre.lat - dLat);
  const maxLat = Math.min(90, centre.lat + dLat);
  const widest = Math.max(Math.abs(minLat), Math.abs(maxLat));
  if (widest >= 89) return { minLat, maxLat, minLon: -180, maxLon: 180 };
  const dLon = dLat / Math.cos(rad(widest));
  const minLon = centre.lon - dLon;
  const maxLon = centre.lon + dLon;
  if (minLon < -180 || maxLon > 180) return { minLat, maxLat, minLon: -180, maxLon: 180 };
  return { minLat, maxLat, minLon, maxLon };
}
