import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../support/http-client.js";
import { linksIn, type SmtpTestServer, startSmtpServer } from "../support/smtp.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, phoneContext, startWebServer } from "./browser.js";

describe("a forgotten password, on a phone, by a mailed link", () => {
  let server: TestServer;
  let smtp: SmtpTestServer;
  let browser: Browser;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startWebServer({ SMTP_URL: smtp.url, MAIL_FROM: "Attune <attune@example.org>" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await smtp?.close();
  });

  it("asks for a link from Sign in, opens it, refuses a common password, and signs in with the new one", async () => {
    const email = uniqueEmail("forgetful");
    expect((await server.client().signUp(email, { name: "Robin" })).status).toBe(200);
    const context = await phoneContext(browser);
    const page = await context.newPage();

    await page.goto(`${server.base}/sign-in`);
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.getByRole("heading", { level: 1, name: "Forgot your password?" }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await page.getByRole("status").filter({ hasText: "a link is on its way" }).waitFor();
    expect(await axeProblems(page)).toEqual([]);

    const mail = await smtp.waitFor((m) => m.to.includes(email) && /reset-password\?token=/.test(m.text));
    const link = linksIn(mail).find((l) => l.includes("/reset-password?token=")) ?? "";
    await page.goto(link);
    await page.getByRole("heading", { level: 1, name: "Choose a new password" }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.getByLabel("New password").fill("password123");
    await page.getByRole("button", { name: "Save my new password" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("one of the most common ones");
    expect(await axeProblems(page)).toEqual([]);
    await page.getByLabel("New password").fill("a brand new kettle 42 song");
    await page.getByRole("button", { name: "Save my new password" }).click();
    await page.getByRole("status").filter({ hasText: "new password is saved" }).waitFor();

    await page.getByRole("link", { name: "Sign in" }).last().click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a brand new kettle 42 song");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Welcome to Attune" }).waitFor();

    // The same link, used again, no longer works.
    await page.goto(link);
    await page.getByLabel("New password").fill("yet another fine passphrase");
    await page.getByRole("button", { name: "Save my new password" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("expired or was already used");
    await context.close();
  });

  it("speaks Spanish to a Spanish phone, and a page without a link says how to get one", async () => {
    const context = await phoneContext(browser, { locale: "es-MX" });
    const page = await context.newPage();
    await page.goto(`${server.base}/forgot-password`);
    await page.getByRole("heading", { level: 1, name: "¿Olvidaste tu contraseña?" }).waitFor();
    await page.getByLabel("Correo electrónico").fill(uniqueEmail("nadie"));
    await page.getByRole("button", { name: "Enviarme un enlace" }).click();
    await page.getByRole("status").filter({ hasText: "el enlace va en camino" }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.goto(`${server.base}/reset-password`);
    await page.getByRole("heading", { level: 1, name: "Elige una contraseña nueva" }).waitFor();
    await page.getByRole("link", { name: "Pedir un enlace nuevo" }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });
});
