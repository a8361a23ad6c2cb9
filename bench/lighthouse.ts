import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";

export interface LighthouseResult {
  page: string;
  performance: number;
  accessibility: number;
}

const chromeFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Debian's Chromium with a DevTools port for Lighthouse to drive. */
async function launchChromium(executable: string): Promise<{ port: number; stop: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), "attune-lh-"));
  const child = spawn(
    executable,
    [...chromeFlags, "--remote-debugging-port=0", `--user-data-dir=${profile}`],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let err = "";
    child.stderr.on("data", (d) => {
      err += d;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) resolve(Number(m[1]));
    });
    child.once("exit", () => reject(new Error(`Chromium exited: ${err.slice(-300)}`)));
  });
  return {
    port,
    stop: () => {
      child.kill("SIGKILL");
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Lighthouse 12 with its default (mobile, simulated throttling) settings, on each page given. */
export async function runLighthouse(
  executable: string,
  pages: { url: string; cookie?: string }[],
): Promise<LighthouseResult[]> {
  const results: LighthouseResult[] = [];
  for (const { url, cookie } of pages) {
    const chrome = await launchChromium(executable);
    try {
      const run = await lighthouse(
        url,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
        },
        undefined,
      );
      const categories = run?.lhr.categories;
      results.push({
        page: new URL(url).pathname,
        performance: categories?.performance?.score ?? 0,
        accessibility: categories?.accessibility?.score ?? 0,
      });
    } finally {
      chrome.stop();
    }
  }
  return results;
}
