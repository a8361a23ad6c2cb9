import type { Block } from "./types.js";

/** Small builders that keep the article files readable. */
export const p = (text: string): Block => ({ kind: "p", text });
export const h = (text: string): Block => ({ kind: "h", text });
export const list = (...items: string[]): Block => ({ kind: "list", items });
