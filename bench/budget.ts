import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

export interface BudgetResult {
  page: string;
  scripts: { url: string; gzipBytes: number }[];
  totalGzipKb: number;
}

/**
 * The JavaScript the first screen loads, as a real browser fetches it: every script response until the
 * page is idle, each gzipped at level 9 (the size a phone would download), summed.
 */
export async function measureFirstScreenJs(browser: Browser, url: string): Promise<BudgetResult> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const scripts: { url: string; gzipBytes: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      response.body().then((body) => {
        scripts.push({
          url: new URL(response.url()).pathname,
          gzipBytes: gzipSync(body, { level: 9 }).length,
        });
      }),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  await context.close();
  const total = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  return { page: new URL(url).pathname, scripts, totalGzipKb: Math.round((total / 1024) * 10) / 10 };
}
