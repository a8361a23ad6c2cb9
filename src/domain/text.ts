// Text as search compares it: one folded form for an index and the query typed against it.

/** Lower case, accents removed: the form both the index and the query use. */
export const foldText = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Words only (letters and digits), so nothing a person types can be read as query syntax. */
export const searchWords = (text: string) =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
