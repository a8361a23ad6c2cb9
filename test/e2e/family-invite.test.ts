// A family invite's code is shown once, when it is made (the server keeps only its hash), and works however
// the person types it.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, phoneContext, startWebServer } from "./browser.js";

describe("inviting a caregiver in the browser", () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedIn(name: string) {
    const client = server.client();
    expect((await client.signUp(uniqueEmail(name.toLowerCase()), { name })).status).toBe(200);
    const [cookie, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    const context = await phoneContext(browser);
    await context.addCookies([{ name: cookie ?? "", value: value ?? "", url: server.base }]);
    return { client, context, page: await context.newPage() };
  }

  it("shows the new code once, lists the invite without it, and lets the code be typed loosely", async () => {
    const owner = await signedIn("Maya");
    const family = await owner.client.post("/api/families", { name: "The Adeyemis", relationship: "mother" });
    await owner.client.post(`/api/families/${family.json.id}/babies`, {
      name: "Kemi",
      birthDate: "2026-10-01",
    });
    const { page } = owner;
    await page.goto(`${server.base}/family`);
    await page.getByRole("heading", { level: 1, name: "The Adeyemis" }).waitFor();
    const invites = page.getByRole("region", { name: "Invite someone" });
    await invites.getByRole("radio", { name: "Grandparent" }).check();
    await invites.getByRole("button", { name: "Create invite code" }).click();
    const made = invites.getByRole("status");
    await made.getByText("The new invite code (Grandparent):").waitFor();
    const shown = (await made.locator(".invite-code").textContent()) ?? "";
    expect(shown).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{5} [ABCDEFGHJKMNPQRSTUVWXYZ23456789]{5}$/);
    await made.getByText(/shown only this once/).waitFor();
    await invites.getByRole("button", { name: /^Cancel the invite \(Grandparent, until / }).waitFor();
    expect(await axeProblems(page)).toEqual([]);

    // Gone after a reload: the server could not show it again if asked.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "The Adeyemis" }).waitFor();
    await invites.getByRole("button", { name: /^Cancel the invite \(Grandparent, until / }).waitFor();
    expect(await invites.getByRole("status").count()).toBe(0);
    expect(await page.content()).not.toContain(shown.replace(" ", ""));
    expect(await page.content()).not.toContain(shown);

    // The grandparent types it in lower case, with a dash.
    const grandma = await signedIn("Funmi");
    await grandma.page.goto(`${server.base}/`);
    await grandma.page.getByRole("button", { name: "I have an invite code" }).click();
    await grandma.page.getByText("Type the code you were given (10 letters and numbers).").waitFor();
    await grandma.page.getByLabel("Invite code").fill(shown.replace(" ", "-").toLowerCase());
    await grandma.page.getByRole("button", { name: "Join" }).click();
    await grandma.page.getByRole("heading", { level: 1, name: "Today with Kemi" }).waitFor();

    await owner.context.close();
    await grandma.context.close();
  });
});
