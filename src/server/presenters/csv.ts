/**
 * CSV as RFC 4180 writes it: a cell with a comma, quote or line break is quoted and its quotes doubled; rows
 * end in CRLF. A cell starting with =, +, - or @ is defused with a leading ' so that a spreadsheet never runs
 * it as a formula. Objects and arrays are written as JSON. One writer for every export (a baby's log, the
 * whole family's).
 */
export function csvCell(value: unknown): string {
  let text =
    value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV with a header row: `columns` name the header and which field of each row goes in each column. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = rows.map((row) => columns.map((c) => csvCell(row[c])).join(","));
  return `${[columns.join(","), ...lines].join("\r\n")}\r\n`;
}
