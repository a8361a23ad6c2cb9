// An uploaded zip, opened only as far as an import needs: Attune's family export (family.json inside) or a
// zip holding one CSV export. fflate (docs/decisions.md) reads it; the sizes the zip declares are checked
// before anything is inflated, and the inflated size after, so a zip bomb costs the server nothing.
import { type Unzipped, unzipSync } from "fflate";
import { HttpError } from "../errors.js";

/** The most a zip may hold once inflated: a few years of a family's log is far less. */
export const UNZIPPED_LIMIT = 64 * 1024 * 1024;

export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** The one file in the zip worth importing, as bytes, and what kind it is. */
export function unpack(bytes: Uint8Array): { kind: "json" | "csv"; bytes: Uint8Array } {
  let declared = 0;
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        const wanted = file.name === "family.json" || /\.csv$/i.test(file.name);
        if (wanted) declared += file.originalSize;
        if (declared > UNZIPPED_LIMIT) throw tooBig();
        return wanted && !file.name.includes("/");
      },
    });
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(
      400,
      "bad_zip",
      "This zip file cannot be opened: it may be damaged or only partly downloaded. Download the export again.",
    );
  }
  let inflated = 0;
  for (const content of Object.values(files)) inflated += content.length;
  if (inflated > UNZIPPED_LIMIT) throw tooBig();
  const family = files["family.json"];
  if (family) return { kind: "json", bytes: family };
  const csvs = Object.entries(files);
  const [only, ...more] = csvs;
  if (only && more.length === 0) return { kind: "csv", bytes: only[1] };
  throw new HttpError(
    415,
    "unsupported_file",
    csvs.length
      ? `This zip holds ${csvs.length} CSV files. Unzip it and import them one at a time.`
      : "This zip holds no export Attune reads: neither an Attune family export (family.json) nor a CSV file.",
  );
}

const tooBig = () =>
  new HttpError(
    413,
    "too_large",
    `Unzipped, this file would be larger than ${UNZIPPED_LIMIT / 1024 / 1024} MB, more than any export Attune reads. Unzip it and import the CSV file inside.`,
  );
