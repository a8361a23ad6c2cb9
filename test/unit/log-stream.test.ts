import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogStream } from "../../src/server/log-stream.js";
import { storageProblem } from "../../src/server/storage.js";

/** A destination like a pipe nobody reads: it accepts bytes into its buffer and never finishes a write. */
function stuckPipe() {
  return new Writable({ highWaterMark: 1024, write: () => {} });
}

describe("the server's log stream", () => {
  it("never blocks on a reader that has stopped, and keeps at most its limit waiting", () => {
    const out = stuckPipe();
    const log = createLogStream(out, 10_000);
    const line = `${"x".repeat(99)}\n`;
    const started = Date.now();
    for (let i = 0; i < 10_000; i++) log.write(line);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(out.writableLength).toBeLessThanOrEqual(10_000 + line.length);
  });

  it("waits for a slow reader only as long as it is told to", async () => {
    const log = createLogStream(stuckPipe());
    log.write("a line\n");
    const started = Date.now();
    await log.drain(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("says how many lines it dropped once the reader catches up", async () => {
    const written: string[] = [];
    let release: (() => void) | undefined;
    const out = new Writable({
      highWaterMark: 16,
      write(chunk, _encoding, callback) {
        written.push(String(chunk));
        release = callback;
      },
    });
    const readAll = async () => {
      while (release) {
        const r = release;
        release = undefined;
        r();
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const log = createLogStream(out, 100);
    for (let i = 0; i < 20; i++) log.write(`line ${i} ${"-".repeat(20)}\n`);
    await readAll();
    log.write("after\n");
    await readAll();
    const text = written.join("");
    expect(text).toMatch(/"msg":"\d+ log line\(s\) dropped: standard output was not being read"/);
    expect(text.endsWith("after\n")).toBe(true);
  });

  it("stops logging, without throwing, when the reader has gone (EPIPE)", () => {
    const out = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
      },
    });
    const log = createLogStream(out);
    log.write("one\n");
    expect(() => log.write("two\n")).not.toThrow();
  });
});

describe("storage errors", () => {
  it("recognises a full disk and a read-only database on both databases, through causes", () => {
    expect(storageProblem({ code: "SQLITE_FULL" })).toEqual({ problem: "full", code: "SQLITE_FULL" });
    expect(storageProblem({ code: "53100" })).toEqual({ problem: "full", code: "53100" });
    expect(storageProblem(new Error("wrapped", { cause: { code: "ENOSPC" } }))).toEqual({
      problem: "full",
      code: "ENOSPC",
    });
    expect(storageProblem({ code: "SQLITE_READONLY_DBMOVED" })?.problem).toBe("read_only");
    expect(storageProblem({ code: "25006" })?.problem).toBe("read_only");
    expect(storageProblem({ code: "SQLITE_CONSTRAINT_UNIQUE" })).toBeUndefined();
    expect(storageProblem(new Error("plain"))).toBeUndefined();
  });
});
