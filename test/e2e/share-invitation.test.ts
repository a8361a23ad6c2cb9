import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { markEmailVerified } from "../support/verified.js";
import { axeProblems, launchBrowser, phoneContext, startWebServer } from "./browser.js";

describe("a clinician's invitation to share, in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let parent: HttpClient;
  let clinician: HttpClient;
  const contexts: BrowserContext[] = [];
  const clinicianEmail = uniqueEmail("invite-clinician");

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    parent = server.client();
    clinician = server.client();
    await parent.signUp(uniqueEmail("invite-parent"), { name: "Noor" });
    await clinician.signUp(clinicianEmail, { name: "Dr Okafor", role: "clinician" });
    // Clinicians give invitations once their address is verified (the link mailed at sign-up).
    await markEmailVerified(server, clinicianEmail);
    const family = await parent.post("/api/families", { name: "The Haddad family", relationship: "mother" });
    const born = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    expect(
      (await parent.post(`/api/families/${family.json.id}/babies`, { name: "Sami", birthDate: born })).status,
    ).toBe(201);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  async function pageFor(client: HttpClient): Promise<Page> {
    const [name = "", value = ""] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    const context = await phoneContext(browser);
    contexts.push(context);
    await context.addCookies([{ name, value, url: server.base }]);
    return context.newPage();
  }

  it("makes a code on the caseload; the parent checks who asks, chooses, and the case opens", async () => {
    const okafor = await pageFor(clinician);
    await okafor.goto(`${server.base}/caseload`);
    await okafor.getByRole("button", { name: "Make an invitation code" }).click();
    const code = (
      await okafor.getByRole("region", { name: "Invite a family" }).locator(".share-code").textContent()
    )?.trim();
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    const link = (await okafor.locator(".invitation-link").textContent())?.trim() ?? "";
    expect(link).toBe(`${server.base}/share/${code}`);
    expect(await axeProblems(okafor)).toEqual([]);

    // The parent opens the link: who asks comes first, and nothing is shared yet.
    const noor = await pageFor(parent);
    await noor.goto(link);
    await noor
      .getByRole("heading", {
        level: 2,
        name: `Dr Okafor (${clinicianEmail}) asks you to share your family with them`,
      })
      .waitFor();
    await noor.getByText("Email address verified").waitFor();
    expect((await parent.get("/api/consents")).json.items).toEqual([]);
    expect(await axeProblems(noor)).toEqual([]);
    // Care log and check-in results are chosen to start with; drop the care log.
    await noor.getByRole("button", { name: "Care log" }).click();
    await noor.getByRole("button", { name: "Share with Dr Okafor" }).click();
    await noor.getByText("Shared. Dr Okafor can now see what you chose").waitFor();
    const [share] = (await parent.get("/api/consents")).json.items;
    expect(share).toMatchObject({
      state: "active",
      scopes: ["screenings"],
      clinician: { name: "Dr Okafor" },
    });

    // The family is on the caseload, and the same link now says the code is spent.
    await okafor.reload();
    await okafor.getByRole("link", { name: "The Haddad family" }).waitFor();
    await noor.goto(link);
    await noor
      .getByText("This invitation has already been used. Ask your clinician for a new one.")
      .waitFor();
    expect(await axeProblems(noor)).toEqual([]);
  });

  it("takes a code typed on the Sharing page", async () => {
    const made = await clinician.post("/api/share-invitations", {});
    const noor = await pageFor(parent);
    await noor.goto(`${server.base}/family/sharing`);
    await noor.getByLabel("Their code").fill(made.json.code.toLowerCase().replace("-", " "));
    await noor.getByRole("button", { name: "Continue" }).click();
    await noor.waitForURL(/\/share\//);
    await noor.getByRole("button", { name: "Share with Dr Okafor" }).waitFor();
  });
});
