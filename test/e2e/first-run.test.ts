// A first-time visitor: on a fresh instance Attune opens on creating the owner's account and says that it
// becomes the admin; once it has an owner, a visitor with no account finds Sign in and Create account in the
// navigation of every signed-out page, and help one tap away.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, mainNav, phoneContext, startWebServer } from "./browser.js";

describe("a first-time visitor", () => {
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

  it("on a fresh instance, lands on creating the first account, which becomes the admin", async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.base}/`);
    await page.getByRole("heading", { level: 1, name: "Create your account" }).waitFor();
    await page.getByText("this account will look after this Attune as its admin").waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });

  it("once there is an owner, finds Sign in, Create account and help on a signed-out page", async () => {
    expect((await server.client().signUp(uniqueEmail("owner"))).status).toBe(200);
    const context = await phoneContext(browser, { locale: "es-MX" });
    const page = await context.newPage();
    await page.goto(`${server.base}/directory`);
    const nav = mainNav(page);
    await nav.getByRole("link", { name: "Iniciar sesión" }).waitFor();
    await nav.getByRole("link", { name: "Crear cuenta" }).click();
    await page.waitForURL(/\/sign-up$/);
    await page.getByRole("heading", { level: 1, name: "Crea tu cuenta" }).waitFor();
    await page.getByRole("link", { name: "¿Necesitas ayuda ahora?", exact: true }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });
});
