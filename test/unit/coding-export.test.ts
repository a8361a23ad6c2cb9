import { describe, expect, it } from "vitest";
import { defaultScheme } from "../../src/content/coding/default-scheme.js";
import { type ExportedEvent, tableRows, toSdis, toTable } from "../../src/domain/coding/export.js";
import { eventProblem, type Scheme } from "../../src/domain/coding/scheme.js";

const ev = (
  code: string,
  at: number,
  end: number | null = null,
  modifier: string | null = null,
  coderId = "ana",
) => ({ coderId, code, at, end, modifier }) satisfies ExportedEvent;

describe("a coded session's export", () => {
  it("writes a state as START and STOP rows, a point as POINT, in time order, a STOP before a START at one moment", () => {
    const rows = tableRows(defaultScheme, [ev("held", 2, 4), ev("smile", 1), ev("feeding", 4, 6)]);
    expect(rows.map(([time, subject, code, , status]) => `${time} ${subject} ${code} ${status}`)).toEqual([
      "1 infant smile POINT",
      "2 dyad held START",
      "4 dyad held STOP",
      "4 dyad feeding START",
      "6 dyad feeding STOP",
    ]);
  });

  it("quotes a CSV field holding a comma or a quote, and keeps a TSV field on its line", () => {
    const events = [ev("smile", 1, null, 'big, "open"')];
    expect(toTable(defaultScheme, events, "csv").split("\r\n")[1]).toBe(
      '1,infant,smile,"big, ""open""",POINT,ana',
    );
    expect(toTable(defaultScheme, [ev("smile", 1, null, "a\tb")], "tsv").split("\r\n")[1]).toBe(
      "1\tinfant\tsmile\ta b\tPOINT\tana",
    );
  });

  it("writes SDIS timed events, one session per coder, with names SDIS accepts", () => {
    const text = toSdis(defaultScheme, { title: "Mat <1>", duration: 10 }, [
      ev("mutual-gaze", 0, 2),
      ev("gaze", 1),
      ev("gaze", 1.5, null, null, "ben"),
    ]);
    const lines = text.trim().split("\n");
    expect(lines[0]).toMatch(/^Timed \(gaze .*mutual_gaze.*\);$/);
    expect(lines.slice(1)).toEqual([
      "<Mat 1 (ana)>",
      ",0 mutual_gaze,0-2 gaze,1 ,10/",
      "<Mat 1 (ben)>",
      ",0 gaze,1.5 ,10/",
    ]);
  });
});

describe("an event against its scheme", () => {
  const scheme = {
    id: "s",
    name: "Mine",
    codes: [
      { ...defaultScheme.codes[0], id: "reach", modifiers: ["left", "right"] },
      defaultScheme.codes.find((c) => c.id === "held"),
    ],
  } as Scheme;
  it("fits when its code, kind, times and modifier do, and otherwise says which is wrong", () => {
    expect(eventProblem(scheme, { code: "reach", at: 1, modifier: "left" }, 10)).toBeNull();
    expect(eventProblem(scheme, { code: "held", at: 1, end: 3 }, 10)).toBeNull();
    expect(eventProblem(scheme, { code: "wave", at: 1 }, 10)).toMatch(
      /"wave" is not a code of the scheme "Mine"/,
    );
    expect(eventProblem(scheme, { code: "reach", at: 1, end: 2 }, 10)).toMatch(/point code/);
    expect(eventProblem(scheme, { code: "held", at: 1 }, 10)).toMatch(/state code/);
    expect(eventProblem(scheme, { code: "held", at: 3, end: 1 }, 10)).toMatch(/ends before it starts/);
    expect(eventProblem(scheme, { code: "reach", at: 11 }, 10)).toMatch(/after the session's end/);
    expect(eventProblem(scheme, { code: "reach", at: -1 }, null)).toMatch(/before the session's start/);
    expect(eventProblem(scheme, { code: "reach", at: 1, modifier: "both" }, 10)).toMatch(
      /use one of left, right/,
    );
  });
});
