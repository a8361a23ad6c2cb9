import type { Writable } from "node:stream";

/**
 * Where the server's log lines go: standard output, without ever blocking the event loop.
 *
 * Pino's default destination (sonic-boom) writes asynchronously but registers an exit hook that flushes
 * synchronously, retrying EAGAIN with Atomics.wait until every byte is out. When standard output is a pipe
 * that nobody reads (a supervisor that stopped reading, a harness that never did), the pipe fills, that
 * flush never ends, `process.exit()` never returns, and the server sits in Atomics.wait ignoring SIGTERM
 * until it is killed. This stream writes through `process.stdout` (libuv: non-blocking for pipes and
 * sockets), keeps at most `limit` bytes waiting for a slow reader and drops (and counts) lines beyond that,
 * and has no exit hook: shutdown waits for it a bounded time (`drain`), then exits regardless.
 */
export interface LogStream {
  write(line: string): void;
  /** Resolves once everything waiting has been written, or after `ms`, whichever comes first. */
  drain(ms: number): Promise<void>;
}

export function createLogStream(out: Writable, limit = 4 * 1024 * 1024): LogStream {
  let dropped = 0;
  let broken = false;
  // EPIPE when the reader has gone; ENOSPC when output is redirected to a file on a full disk. Logging
  // stops; the server does not crash for want of a log.
  out.on("error", () => {
    broken = true;
  });
  return {
    write(line) {
      if (broken) return;
      if (out.writableLength > limit) {
        dropped++;
        return;
      }
      if (dropped) {
        const msg = `${dropped} log line(s) dropped: standard output was not being read`;
        out.write(`${JSON.stringify({ level: 40, time: Date.now(), msg })}\n`);
        dropped = 0;
      }
      out.write(line);
    },
    drain(ms) {
      if (broken || out.writableLength === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          out.off("drain", done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        timer.unref();
        out.once("drain", done);
      });
    },
  };
}

let stdoutStream: LogStream | undefined;

/** The one log stream on this process's standard output (created on first use). */
export function stdoutLog(): LogStream {
  stdoutStream ??= createLogStream(process.stdout);
  return stdoutStream;
}
