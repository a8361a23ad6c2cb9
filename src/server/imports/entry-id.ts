// The id an imported row is stored under: the same for the same row of the same baby, however often it is
// imported, so a second import finds it (insert-or-nothing) instead of adding it again. A UUID of version 8
// (RFC 9562, "custom"), from SHA-256 of the baby and the row's key: never mistaken for an id a phone minted.
import { createHash } from "node:crypto";

export function importedEntryId(babyId: string, key: string): string {
  const hex = createHash("sha256").update(`${babyId}\u0000${key}`).digest("hex").slice(0, 32).split("");
  hex[12] = "8";
  hex[16] = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
