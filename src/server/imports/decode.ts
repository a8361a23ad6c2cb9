// An uploaded export's bytes as text. Spreadsheets save CSV as UTF-8 with or without a byte-order mark, and
// some as UTF-16 (Excel's "Unicode text"); anything else (a photo, a zip renamed .csv) is refused as what it
// is, before any row is read.
import { HttpError } from "../errors.js";

export function decodeExport(bytes: Buffer): string {
  if (bytes.length === 0)
    throw new HttpError(400, "empty_file", "The file is empty: there is nothing to import.");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes[0] === 0x50 && bytes[1] === 0x4b)
    throw new HttpError(
      415,
      "unsupported_file",
      "This is a zip file. Unzip it and import the CSV file inside, one at a time.",
    );
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(
      400,
      "not_text",
      "This file is not text: an export is a CSV file (UTF-8 or UTF-16). Was another file chosen?",
    );
  }
  // Control characters other than tabs and line ends do not occur in a text export.
  if (hasControlCharacters(text.slice(0, 65_536)))
    throw new HttpError(
      400,
      "not_text",
      "This file is not text: an export is a CSV file. Was another file chosen?",
    );
  return text.replace(/^\uFEFF/, "");
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true;
  }
  return false;
}
