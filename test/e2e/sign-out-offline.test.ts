// Nothing lost at sign-out, and a sign-out that really ends the session: offline, with an entry and a check-in
// that have not reached the server, signing out says what would be lost and offers to keep it; "Sign out
// anyway" ends the session on the phone at once and on the server as soon as the phone is back online.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";
import { axeProblems, launchBrowser, openMore, phoneContext, startWebServer } from "./browser.js";
import { type NetworkLink, startNetworkLink } from "./network-link.js";

describe("signing out offline in the browser", () => {
  let server: TestServer;
  // The phone reaches the server through a link the test can cut, so "offline" is offline for every request.
  let link: NetworkLink;
  let browser: Browser;
  let client: HttpClient;
  let userId: string;
  let babyId: string;
  const email = uniqueEmail("leaving");

  beforeAll(async () => {
    server = await startWebServer();
    link = await startNetworkLink(server.base);
    browser = await launchBrowser();
    client = server.client();
    expect((await client.signUp(email, { name: "Ines" })).status).toBe(200);
    userId = (await client.get("/api/me")).json.user.id;
    const family = await client.post("/api/families", { name: "The Sousas", relationship: "mother" });
    const birth = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    const baby = await client.post(`/api/families/${family.json.id}/babies`, {
      name: "Tomás",
      birthDate: birth,
    });
    expect(baby.status).toBe(201);
    babyId = baby.json.id;
  });
  afterAll(async () => {
    await browser?.close();
    await link?.close();
    await server?.close();
  });

  it("says what would be lost, keeps it when asked, and signs out for real when told to", async () => {
    const [name, value] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
    const context = await phoneContext(browser);
    await context.addCookies([{ name: name ?? "", value: value ?? "", url: link.base }]);
    const page = await context.newPage();
    const syncStatus = page.locator(".sync-status");
    await page.goto(`${link.base}/`);
    await page.getByRole("heading", { level: 1, name: "Today with Tomás" }).waitFor();
    await expect.poll(() => syncStatus.textContent(), { timeout: 20_000 }).toBe("All saved");
    // The sign-in page's code, fetched while online (the app's service worker keeps it for later).
    await page.evaluate(() => navigator.serviceWorker?.ready);

    await context.setOffline(true);
    link.cut();
    await expect.poll(() => syncStatus.textContent()).toContain("Offline");
    await page.getByRole("button", { name: "Diaper", exact: true }).click();
    await page.getByRole("button", { name: "Dry", exact: true }).click();
    await expect.poll(() => syncStatus.textContent()).toBe("Offline · 1 waiting");
    await page
      .getByRole("dialog", { name: "Moments together during Diaper?" })
      .getByRole("button", { name: "Skip" })
      .click();
    // An earlier entry the server refused (kept on the phone with its reason, out of the outbox): lost too.
    await page.evaluate(
      ([name, entry]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name as string);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction("entries", "readwrite");
            tx.objectStore("entries").put(entry);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      [
        `attune-log-${userId}`,
        {
          id: "0190f5c2-7b1e-7a3c-9d2e-4f5a6b7c8d02",
          babyId,
          caregiverId: userId,
          type: "bath",
          startedAt: new Date(Date.now() - 7_200_000).toISOString(),
          endedAt: null,
          details: {},
          moments: [],
          cues: [],
          feeling: null,
          note: null,
          createdAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
          deletedAt: null,
          dirty: 0,
          refused: "That baby was not found.",
        },
      ] as const,
    );
    // A check-in finished offline, waiting on this phone too.
    await page.evaluate(
      ([key, queued]) => localStorage.setItem(key as string, queued as string),
      [
        `attune.checkInQueue.${userId}`,
        JSON.stringify([
          {
            clientId: "0190f5c2-7b1e-7a3c-9d2e-4f5a6b7c8d01",
            instrumentId: "gad7",
            subject: "self",
            lang: "en",
            answers: Array.from({ length: 7 }, (_, i) => ({ item: String(i + 1), option: 0 })),
            queuedAt: Date.now(),
          },
        ]),
      ],
    );

    // Asked, with what would be lost; staying keeps everything.
    await (await openMore(page)).getByRole("button", { name: "Sign out" }).click();
    const dialog = page.getByRole("dialog", { name: "Some entries aren't saved yet" });
    await dialog.waitFor();
    await dialog
      .getByText(/2 entries haven't reached the family yet\. 1 check-in hasn't been sent yet\./)
      .waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Stay signed in" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole("heading", { level: 1, name: "Today with Tomás" }).waitFor();
    expect(await syncStatus.textContent()).toBe("Offline · 1 waiting");

    // Signing out anyway, still offline: signed out on this phone at once, its copy of the log gone.
    await (await openMore(page)).getByRole("button", { name: "Sign out" }).click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Sign out anyway" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    const local = await page.evaluate(async () => ({
      keys: Object.keys(localStorage),
      logs: ((await indexedDB.databases?.()) ?? [])
        .map((d) => d.name)
        .filter((n) => n?.startsWith("attune-log-")),
    }));
    expect(local.keys).toContain("attune.signOutPending");
    expect(local.keys.filter((k) => /^attune\.(me|families|family|checkIn)/.test(k))).toEqual([]);
    expect(local.logs).toEqual([]);
    // Reopening the app offline still finds nobody signed in.
    await page.goto(`${link.base}/`).catch(() => undefined);
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    // The server has not heard yet: the cookie on the phone still names a live session.
    const oldCookie = new HttpClient(server.base);
    oldCookie.cookies.set(name ?? "", value ?? "");
    expect((await oldCookie.get("/api/me")).status).toBe(200);

    // Back online, the waiting sign-out goes: the old session no longer works on the server.
    link.restore();
    await context.setOffline(false);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem("attune.signOutPending")), { timeout: 20_000 })
      .toBeNull();
    expect((await oldCookie.get("/api/me")).status).toBe(401);
    expect((await context.cookies()).filter((c) => c.name.endsWith("session_token"))).toEqual([]);
    // What was signed out anyway never reached the family, as the dialog said.
    const again = server.client();
    expect((await again.signIn(email)).status).toBe(200);
    expect((await again.get(`/api/babies/${babyId}/entries?limit=50`)).json.items).toEqual([]);
    await context.close();
  });
});
