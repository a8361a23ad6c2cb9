// The API docs render in a real Chromium under the app's strict content security policy: the title, the
// operations, one opened, and not one policy violation or error in the console.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { launchBrowser } from "./browser.js";

describe("the API docs in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the Attune API with no content security policy violation", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning" || /Content Security Policy/i.test(m.text()))
        problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(
          `CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
        ),
      );
    });
    const res = await page.goto(`${server.base}/api/docs`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()["content-security-policy"]).not.toMatch(/https:|unsafe-inline/);
    await page.getByRole("heading", { name: /Attune API/ }).waitFor();
    // Open an operation, as a reader would, so its parts (parameters, responses, schemas) render too.
    await page
      .locator("#operations-health-get_api_health, .opblock-summary-path[data-path='/api/health']")
      .first()
      .click();
    await page.getByText("Responses").first().waitFor();
    await page.waitForTimeout(500);
    expect(problems).toEqual([]);
    await context.close();
  });
});
