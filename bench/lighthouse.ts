import lighthouse, { type Result } from "lighthouse";
import { chromium } from "playwright-core";
import { chromeFlags, freePort } from "./machine.js";

export interface LighthouseResult {
  page: string;
  performance: number;
  accessibility: number;
  /** Total blocking time (ms) and cumulative layout shift, as Lighthouse's simulation estimates them. */
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  /** Each run's performance score, when several were taken. */
  runs?: number[];
}

export interface LighthousePage {
  url: string;
  /** Sent as a header on every request of the run: the signed-in pages. */
  cookie?: string;
  /** Given each run's full report, to look into what cost the time. */
  onReport?: (lhr: Result) => void;
}

/**
 * Debian's Chromium with a DevTools port for Lighthouse to drive. Playwright starts and stops it, because
 * /usr/bin/chromium is a wrapper script and the browser's helper processes must all end with it.
 */
async function launchChromium(executable: string): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: executable,
    args: [...chromeFlags, `--remote-debugging-port=${port}`],
  });
  return { port, stop: () => browser.close() };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Lighthouse 12 with its default (mobile, simulated throttling) settings, on each page given, `runs` times
 * each; the median is reported, as Lighthouse's own guidance on score variability advises.
 */
export async function runLighthouse(
  executable: string,
  pages: LighthousePage[],
  runs = 5,
): Promise<LighthouseResult[]> {
  const results: LighthouseResult[] = [];
  for (const page of pages) {
    const each: LighthouseResult[] = [];
    for (let i = 0; i < runs; i++) each.push(await runOnce(executable, page));
    results.push({
      page: each[0]?.page ?? page.url,
      performance: median(each.map((r) => r.performance)),
      accessibility: median(each.map((r) => r.accessibility)),
      totalBlockingTimeMs: median(each.map((r) => r.totalBlockingTimeMs)),
      cumulativeLayoutShift: median(each.map((r) => r.cumulativeLayoutShift)),
      runs: each.map((r) => r.performance),
    });
  }
  return results;
}

async function runOnce(
  executable: string,
  { url, cookie, onReport }: LighthousePage,
): Promise<LighthouseResult> {
  // A run that Lighthouse itself could not complete (runtimeError) is retried once rather than scored 0.
  for (let attempt = 1; ; attempt++) {
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
      if (run?.lhr.runtimeError && attempt < 2) {
        console.warn(`Lighthouse could not measure ${url}: ${run.lhr.runtimeError.code}; retrying`);
        continue;
      }
      if (run) onReport?.(run.lhr);
      const audits = run?.lhr.audits;
      return {
        page: new URL(url).pathname,
        performance: categories?.performance?.score ?? 0,
        accessibility: categories?.accessibility?.score ?? 0,
        totalBlockingTimeMs: Math.round(audits?.["total-blocking-time"]?.numericValue ?? Number.NaN),
        cumulativeLayoutShift: audits?.["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
      };
    } finally {
      await chrome.stop();
    }
  }
}
