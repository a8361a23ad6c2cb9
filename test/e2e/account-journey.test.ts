import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { launchBrowser, mainNav, openMore, phoneContext, startWebServer } from "./browser.js";

describe("a new caregiver's first visit, in a real browser", () => {
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

  it("signs up, signs out, signs in, switches to Spanish, and keeps Spanish after a reload", async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail("journey");

    await page.goto(`${server.base}/sign-up`);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Create your account");
    await page.getByLabel("Name").fill("Robin");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("correct horse battery 9");
    await page.getByRole("radio", { name: "I am a parent or caregiver" }).check();
    await page.getByRole("button", { name: "Create account" }).click();

    await page.getByRole("heading", { level: 1, name: "Welcome to Attune" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    const nav = mainNav(page);
    // Before there is a family with a baby the log's screens are not offered (getting started and check-ins are);
    // the first account is the admin, whose places are in More.
    expect(await nav.getByRole("link").allTextContents()).toEqual([
      "Today",
      "Check-ins",
      "Find support",
      "Learn",
    ]);
    let more = await openMore(page);
    expect(
      await more.getByRole("navigation", { name: "More places" }).getByRole("link").allTextContents(),
    ).toEqual(["Moderation", "Settings", "Admin"]);

    await more.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    // The sheet the sign-out was in does not stay open over the sign-in page.
    await expect.poll(() => page.getByRole("dialog", { name: "More" }).count()).toBe(0);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not the right one");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("don't match an account");
    await page.getByLabel("Password").fill("correct horse battery 9");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Welcome to Attune" }).waitFor();

    more = await openMore(page);
    await more.getByRole("link", { name: "Settings" }).click();
    await page.getByLabel("Language").selectOption("es");
    await page.getByRole("heading", { name: "Configuración" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("es");
    await expect.poll(async () => (await server.client().get("/api/health")).status).toBe(200);

    await page.reload();
    await page.getByRole("heading", { name: "Configuración" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("es");
    expect(
      await page.getByRole("navigation", { name: "Principal" }).getByRole("link").allTextContents(),
    ).toEqual(["Hoy", "Cómo estás", "Buscar apoyo", "Aprender"]);
    more = await openMore(page);
    expect(await more.getByRole("heading").textContent()).toBe("Más");
    expect(
      await more.getByRole("navigation", { name: "Más secciones" }).getByRole("link").allTextContents(),
    ).toEqual(["Moderación", "Configuración", "Administración"]);

    // The choice is the account's, not only this phone's: a fresh browser signed in as the same person sees it.
    const other = await phoneContext(browser);
    const second = await other.newPage();
    await second.goto(`${server.base}/sign-in`);
    await second.getByLabel("Email").fill(email);
    await second.getByLabel("Password").fill("correct horse battery 9");
    await second.getByRole("button", { name: "Sign in" }).click();
    await second.getByRole("heading", { level: 1, name: "Te damos la bienvenida a Attune" }).waitFor();
    await other.close();
    await context.close();
  });

  it("follows the device's dark mode with the night theme, and remembers an explicit choice", async () => {
    const context = await phoneContext(browser, { colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(`${server.base}/sign-in`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const night = await background();
    // Warm and dim: red above blue, and far from white.
    const [r = 0, g = 0, b = 0] = night.match(/\d+/g)?.map(Number) ?? [];
    expect(r).toBeGreaterThan(b);
    expect(r + g + b).toBeLessThan(150);

    await page.emulateMedia({ colorScheme: "light" });
    await expect.poll(background).not.toBe(night);
    // The toggle lives in More, with its name in words and its state said as pressed or not.
    const toggle = (await openMore(page)).getByRole("button", { name: "Night theme" });
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await toggle.click();
    await expect.poll(background).toBe(night);
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await page.reload();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(await background()).toBe(night);
    await context.close();
  });
});
