// The left/right breast timer. Per-side seconds are stored as each side ends; the time not yet counted
// belongs to the side in use (lastSide). Nothing but the entry itself is needed, so any phone can pick up
// a feed another phone started.

export type Side = "left" | "right";

// A type alias rather than an interface, so it fits where entry details are a plain record.
export type BreastDetails = {
  method: "breast";
  leftSeconds?: number;
  rightSeconds?: number;
  lastSide?: Side;
};

export function isBreast(
  details: Record<string, unknown>,
): details is BreastDetails & Record<string, unknown> {
  return details.method === "breast";
}

const cap = (s: number) => Math.max(0, Math.min(24 * 3600, Math.round(s)));

/** Seconds on each side as of `now`, counting the running side's time so far. */
export function sideSeconds(details: BreastDetails, startedAt: string, now: number): Record<Side, number> {
  const left = details.leftSeconds ?? 0;
  const right = details.rightSeconds ?? 0;
  const total = (now - Date.parse(startedAt)) / 1000;
  const open = Math.max(0, total - left - right);
  const side = details.lastSide ?? "left";
  return side === "left"
    ? { left: cap(left + open), right: cap(right) }
    : { left: cap(left), right: cap(right + open) };
}

/** Close the current side at `now` and continue on `next`. */
export function switchTo(details: BreastDetails, startedAt: string, now: number, next: Side): BreastDetails {
  const s = sideSeconds(details, startedAt, now);
  return { method: "breast", leftSeconds: s.left, rightSeconds: s.right, lastSide: next };
}

/** The side to offer first: the other one from where the last feed ended. */
export function suggestedSide(last: Record<string, unknown> | undefined): Side | null {
  if (!last || !isBreast(last) || !last.lastSide) return null;
  return last.lastSide === "left" ? "right" : "left";
}
