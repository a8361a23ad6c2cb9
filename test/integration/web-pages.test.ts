import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";

// A first visit to a page people open the app on gets HTML that already names that page's code, so a phone
// downloads it alongside the main script (scripts/page-preloads.ts lists the files at build time).
describe("the app's HTML for each page", () => {
  let server: TestServer;
  let webRoot: string;
  const index = `<!doctype html><html><head><script type="module" src="/assets/index-Aa11Bb22.js"></script></head><body><div id="root"></div></body></html>`;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), "attune-web-"));
    mkdirSync(join(webRoot, "assets"));
    writeFileSync(join(webRoot, "index.html"), index);
    writeFileSync(join(webRoot, "assets", "index-Aa11Bb22.js"), "export {};");
    writeFileSync(
      join(webRoot, "page-preloads.json"),
      JSON.stringify([
        { path: "^/$", scripts: ["/assets/Today-Cc33Dd44.js"], styles: ["/assets/LogLayout-Ee55Ff66.css"] },
        { path: "^/history$", scripts: ["/assets/History-Gg77Hh88.js"], styles: [] },
      ]),
    );
    server = await startTestServer("sqlite", { webRoot });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const html = async (path: string, accept = "text/html,application/xhtml+xml", encoding = "gzip, br") => {
    const res = await fetch(`${server.base}${path}`, { headers: { accept, "accept-encoding": encoding } });
    return { status: res.status, type: res.headers.get("content-type"), body: await res.text() };
  };

  it("names Today's files on /, and the history's on /history, before the head closes", async () => {
    const today = await html("/");
    expect(today.status).toBe(200);
    expect(today.type).toMatch(/^text\/html/);
    expect(today.body).toContain(
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/Today-Cc33Dd44.js">',
    );
    expect(today.body).toContain(
      '<link rel="preload" as="style" fetchpriority="low" crossorigin href="/assets/LogLayout-Ee55Ff66.css">',
    );
    expect(today.body.indexOf("Today-Cc33Dd44.js")).toBeLessThan(today.body.indexOf("</head>"));
    expect(today.body).not.toContain("History-Gg77Hh88.js");

    const history = await html("/history?from=2026-01-01");
    expect(history.body).toContain('href="/assets/History-Gg77Hh88.js"');
    expect(history.body).not.toContain("Today-Cc33Dd44.js");
  });

  it("answers other pages with the plain index.html, and the root even to a client that does not ask for HTML", async () => {
    expect((await html("/settings")).body).toBe(index);
    expect((await html("/history/extra")).body).toBe(index);
    // Asked for plainly (no compression, any type), as a health probe or curl would.
    const root = await html("/", "*/*", "identity");
    expect(root.status).toBe(200);
    expect(root.type).toMatch(/^text\/html/);
    expect(root.body).toContain("Today-Cc33Dd44.js");
  });

  it("still serves the built files and answers unknown API paths with JSON", async () => {
    expect((await fetch(`${server.base}/assets/index-Aa11Bb22.js`)).status).toBe(200);
    const api = await fetch(`${server.base}/api/nothing-here`, { headers: { accept: "text/html" } });
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("not_found");
    // A deep link that is not a page, asked for by a script rather than a browser: a JSON 404, not the app.
    expect((await html("/settings", "application/json")).status).toBe(404);
  });
});
