// Deleting an account on a phone: it says first what goes and what stays, offers the family's download,
// needs the password, and refuses the last owner of a family that others still care for.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, phoneContext, startWebServer } from "./browser.js";

const born = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);

describe("deleting an account in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function account(name: string, extra: Record<string, unknown> = {}) {
    const client = server.client();
    const email = uniqueEmail(name.toLowerCase());
    expect((await client.signUp(email, { name, ...extra })).status).toBe(200);
    const [cookieName, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    const id = (await client.get("/api/me")).json.user.id as string;
    return { client, email, id, cookie: { name: cookieName ?? "", value: value ?? "", url: server.base } };
  }
  type Account = Awaited<ReturnType<typeof account>>;

  async function phoneFor(who: Account): Promise<Page> {
    const context = await phoneContext(browser);
    contexts.push(context);
    await context.addCookies([who.cookie]);
    return context.newPage();
  }

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it("says what will be deleted, offers the download, needs the password, then erases", async () => {
    const maya = await account("Maya");
    const family = await maya.client.post("/api/families", { name: "Willowbrook" });
    const familyId = family.json.id as string;
    const baby = await maya.client.post(`/api/families/${familyId}/babies`, {
      name: "Juniper",
      birthDate: born,
    });
    for (const [i, type] of ["bath", "reading"].entries())
      expect(
        (
          await maya.client.post(`/api/babies/${baby.json.id}/entries`, {
            type,
            startedAt: new Date(Date.now() - (90 - i * 40) * 60_000).toISOString(),
          })
        ).status,
      ).toBe(201);
    const lee = await account("Lee", { role: "clinician" });
    const share = await maya.client.post("/api/consents", { familyId, scopes: ["entries"], days: 30 });
    const taken = await lee.client.post(`/api/consents/${share.json.code}/accept`, {});
    expect(taken.status).toBe(200);
    const note = await lee.client.post(`/api/cases/${taken.json.caseId}/notes`, {
      kind: "progress",
      text: "Home visit: calm and warm.",
    });
    expect(note.status).toBe(201);

    const page = await phoneFor(maya);
    await page.goto(`${server.base}/settings`);
    await page.getByRole("button", { name: "Delete my account…" }).click();
    const summary = page.getByRole("heading", { level: 3, name: "What will be deleted" });
    await summary.waitFor();
    // Read first, before the password.
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await page
      .getByText("The family Willowbrook will be deleted, with baby Juniper and its 2 entries.")
      .waitFor();
    await page.getByText(`Its share with Lee (${lee.email}) will end`).waitFor();
    const download = page.getByRole("link", { name: "Download Willowbrook's data first" });
    expect(await download.getAttribute("href")).toBe(`/api/families/${familyId}/export?format=zip`);
    expect(await axeProblems(page)).toEqual([]);

    // No password: nothing happens but a message at the field.
    const confirm = page.getByRole("button", { name: "Delete account permanently" });
    await confirm.click();
    await expect.poll(() => page.locator(".field.has-error").count()).toBe(1);
    // A wrong one: the server refuses, the account stays.
    await page.locator(".danger-zone").getByLabel("Password", { exact: true }).fill("not my password at all");
    await confirm.click();
    await page
      .getByRole("alert")
      .filter({ hasText: /password/i })
      .first()
      .waitFor();
    expect((await maya.client.get("/api/me")).status).toBe(200);
    expect(await axeProblems(page)).toEqual([]);

    await page.locator(".danger-zone").getByLabel("Password", { exact: true }).fill(HttpClient.password);
    await confirm.click();
    await page.waitForURL(/\/sign-in$/);
    expect((await maya.client.get("/api/me")).status).toBe(401);
    expect((await lee.client.get(`/api/cases/${taken.json.caseId}`)).status).toBe(404);
    expect((await lee.client.get("/api/caseload")).json.items).toEqual([]);

    // The clinician keeps their own note, in a closed case that shows nothing of the family.
    const leesPage = await phoneFor(lee);
    await leesPage.goto(`${server.base}/caseload`);
    await leesPage.getByRole("link", { name: "Closed cases" }).click();
    await leesPage.getByRole("heading", { level: 1, name: "Closed cases" }).waitFor();
    await leesPage.getByText("The family's last caregiver deleted their account.").waitFor();
    await leesPage.getByText("What you wrote").click();
    await leesPage.getByText("Home visit: calm and warm.").waitFor();
    const shown = (await leesPage.locator("main").textContent()) ?? "";
    for (const gone of ["Willowbrook", "Juniper", "Maya", familyId]) expect(shown).not.toContain(gone);
    expect(await axeProblems(leesPage)).toEqual([]);
  });

  it("refuses the last owner of a family others care for, in Spanish too, and points to the family page", async () => {
    const rosa = await account("Rosa");
    const tom = await account("Tom");
    const family = await rosa.client.post("/api/families", { name: "Casa Luna" });
    const familyId = family.json.id as string;
    await rosa.client.post(`/api/families/${familyId}/babies`, { name: "Sol", birthDate: born });
    const invite = await rosa.client.post(`/api/families/${familyId}/invites`, { relationship: "father" });
    expect((await tom.client.post(`/api/invites/${invite.json.code}/accept`, {})).status).toBe(200);
    await rosa.client.patch("/api/me/preferences", { locale: "es" });

    const page = await phoneFor(rosa);
    await page.goto(`${server.base}/settings`);
    await page.getByRole("button", { name: "Eliminar mi cuenta…" }).click();
    await page.getByRole("heading", { level: 3, name: "Qué se va a borrar" }).waitFor();
    await page.getByText("Eres la única persona propietaria de Casa Luna, que también cuidan Tom.").waitFor();
    expect(await page.locator(".danger-zone").getByLabel("Contraseña", { exact: true }).count()).toBe(0);
    expect(await axeProblems(page)).toEqual([]);

    // On the family page, the owner makes Tom an owner; then the account can go, and the family stays.
    await page.getByRole("link", { name: "Ir a la página de la familia" }).click();
    await page.getByRole("button", { name: "Hacer propietario a Tom" }).click();
    await expect
      .poll(async () => (await tom.client.get(`/api/families/${familyId}`)).json.caregivers)
      .toContainEqual(expect.objectContaining({ userId: tom.id, permission: "owner" }));
    expect(await axeProblems(page)).toEqual([]);
    await page.goto(`${server.base}/settings`);
    await page.getByRole("button", { name: "Eliminar mi cuenta…" }).click();
    await page
      .getByText("Saldrás de la familia Casa Luna; sus otras personas cuidadoras (Tom) la conservan.")
      .waitFor();
    await page.locator(".danger-zone").getByLabel("Contraseña", { exact: true }).fill(HttpClient.password);
    await page.getByRole("button", { name: "Eliminar la cuenta para siempre" }).click();
    await page.waitForURL(/\/sign-in$/);
    expect((await tom.client.get(`/api/families/${familyId}`)).status).toBe(200);

    // Tom, now its owner, can delete the family itself, with his password.
    const tomsPage = await phoneFor(tom);
    await tomsPage.goto(`${server.base}/family`);
    await tomsPage.getByRole("button", { name: "Delete this family…" }).click();
    await tomsPage.getByText("Deletes Casa Luna for everyone, for good").waitFor();
    const password = tomsPage.getByLabel("Your password", { exact: true });
    await expect.poll(() => password.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeProblems(tomsPage)).toEqual([]);
    await password.fill(HttpClient.password);
    await tomsPage.getByRole("button", { name: "Delete the family permanently" }).click();
    await expect.poll(async () => (await tom.client.get(`/api/families/${familyId}`)).status).toBe(404);
  });
});
