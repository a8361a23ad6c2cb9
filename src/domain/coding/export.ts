// A coded session as files other tools read, so GSEQ and BORIS users can check Attune's numbers:
// - a BORIS-like table (CSV or TSV): one row per point event (POINT), and a START and a STOP row per state
//   event, in time order, with the subject and the behaviour as the scheme names them;
// - SDIS timed-event text (GSEQ's input): the codes declared, then each event as code,onset or
//   code,onset-offset, and the session's end.
import type { Scheme } from "./scheme.js";

export interface ExportedEvent {
  coderId: string;
  code: string;
  at: number;
  end: number | null;
  modifier: string | null;
}

export type TableFormat = "csv" | "tsv";

const tableColumns = ["Time", "Subject", "Behavior", "Modifier", "Status", "Coder"] as const;
type TableRow = [
  time: number,
  subject: string,
  behaviour: string,
  modifier: string,
  status: string,
  coder: string,
];

/** Rows in time order; at one moment a STOP comes before a START, as when one state hands over to the next. */
export function tableRows(scheme: Scheme, events: readonly ExportedEvent[]): TableRow[] {
  const subjectOf = new Map(scheme.codes.map((c) => [c.id, c.subject]));
  const order = { STOP: 0, POINT: 1, START: 1 } as const;
  const rows: { row: TableRow; rank: number; index: number }[] = [];
  events.forEach((e, index) => {
    const subject = subjectOf.get(e.code) ?? "";
    const row = (time: number, status: keyof typeof order): TableRow => [
      time,
      subject,
      e.code,
      e.modifier ?? "",
      status,
      e.coderId,
    ];
    if (e.end === null) rows.push({ row: row(e.at, "POINT"), rank: order.POINT, index });
    else {
      rows.push({ row: row(e.at, "START"), rank: order.START, index });
      rows.push({ row: row(e.end, "STOP"), rank: order.STOP, index });
    }
  });
  rows.sort((x, y) => x.row[0] - y.row[0] || x.rank - y.rank || x.index - y.index);
  return rows.map((r) => r.row);
}

/** A field as CSV writes it: quoted when it holds the separator, a quote or a line break. */
function field(value: string | number, separator: string): string {
  const text = String(value);
  if (separator === "\t") return text.replace(/[\t\r\n]+/g, " ");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toTable(scheme: Scheme, events: readonly ExportedEvent[], format: TableFormat): string {
  const separator = format === "csv" ? "," : "\t";
  const lines = [tableColumns, ...tableRows(scheme, events)].map((row) =>
    row.map((value) => field(value, separator)).join(separator),
  );
  return `${lines.join("\r\n")}\r\n`;
}

/** A name SDIS accepts: letters, digits and underscores, starting with a letter. */
const sdisName = (code: string) => {
  const name = code.replace(/[^A-Za-z0-9_]/g, "_");
  return /^[A-Za-z]/.test(name) ? name : `c_${name}`;
};

/**
 * SDIS timed-event data: `Timed (codes…);` declares the codes; each coder's events are a session of their
 * own, labelled `<title (coder)>`, opening with its start time (`,0`) and closing with its end and a slash.
 */
export function toSdis(
  scheme: Scheme,
  session: { title: string; duration: number },
  events: readonly ExportedEvent[],
): string {
  const codes = [...new Set([...scheme.codes.map((c) => c.id), ...events.map((e) => e.code)])];
  const coders = [...new Set(events.map((e) => e.coderId))];
  const blocks = (coders.length ? coders : [""]).map((coder) => {
    const mine = events
      .filter((e) => e.coderId === coder)
      .sort((a, b) => a.at - b.at)
      .map((e) => `${sdisName(e.code)},${e.at}${e.end === null ? "" : `-${e.end}`}`);
    const label = `<${`${session.title}${coder ? ` (${coder})` : ""}`.replace(/[<>]/g, "")}>`;
    return `${label}\n,0 ${[...mine, `,${session.duration}/`].join(" ")}`;
  });
  return `Timed (${codes.map(sdisName).join(" ")});\n${blocks.join("\n")}\n`;
}
