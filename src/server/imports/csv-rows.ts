// A CSV file's rows, each with the line it starts on, for the importers in src/domain/import. csv-parse
// (docs/decisions.md) handles the quoting, the doubled quotes and the line ends; the separator is guessed
// from the header line, because spreadsheets set to a European locale save with semicolons.
import { parse } from "csv-parse/sync";
import type { SourceRow } from "../../domain/import/types.js";

export function csvRows(text: string): SourceRow[] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = count(firstLine, ";") > count(firstLine, ",") ? ";" : ",";
  const records = parse(body, {
    delimiter,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
  }) as unknown as { record: string[]; info: { lines: number; raw?: string } }[];
  return records.map(({ record, info }) => ({
    // `lines` counts the lines read when the record ended; a quoted cell may have spanned several.
    line: info.lines - newlines(record),
    cells: record,
  }));
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

function newlines(record: string[]): number {
  let n = 0;
  for (const cell of record) n += (cell.match(/\n/g) ?? []).length;
  return n;
}
