// The starting point of the case-file browser tests: the Ortiz family (Maya and baby Robin, two months old)
// shared with Dr Lee through the API, and browser contexts signed in as either of them.
import type { Browser, BrowserContext } from "playwright-core";
import { expect } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import type { TestServer } from "../support/test-server.js";

export interface SharedCase {
  parent: HttpClient;
  clinician: HttpClient;
  familyId: string;
  babyId: string;
  caseId: string;
}

/** Maya's family and baby (Robin unless `babyName` says otherwise), shared with Dr Lee for `scopes`, accepted:
 * the case is open. */
export async function sharedCase(
  server: TestServer,
  scopes: string[],
  { babyName = "Robin" }: { babyName?: string } = {},
): Promise<SharedCase> {
  const parent = server.client();
  const clinician = server.client();
  await parent.signUp(uniqueEmail("parent"), { name: "Maya" });
  await clinician.signUp(uniqueEmail("clinician"), { name: "Dr Lee", role: "clinician" });
  const familyId = (await parent.post("/api/families", { name: "The Ortiz family", relationship: "mother" }))
    .json.id as string;
  const born = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
  const babyId = (await parent.post(`/api/families/${familyId}/babies`, { name: babyName, birthDate: born }))
    .json.id as string;
  const share = await parent.post("/api/consents", { familyId, scopes });
  expect(share.status, share.text).toBe(201);
  const taken = await clinician.post(`/api/consents/${share.json.code}/accept`, {});
  expect(taken.status, taken.text).toBe(200);
  return { parent, clinician, familyId, babyId, caseId: taken.json.caseId };
}

/** Hands `client`'s session to a browser context, so its pages are signed in as that person. */
export async function signIn(context: BrowserContext, server: TestServer, client: HttpClient): Promise<void> {
  const [name = "", value = ""] = [...client.cookies].find(([k]) => k.endsWith("session_token")) ?? [];
  await context.addCookies([{ name, value, url: server.base }]);
}

/** A desktop-sized context (as a clinician at work) signed in as `client`; `options` override. */
export async function signedInContext(
  browser: Browser,
  server: TestServer,
  client: HttpClient,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: "en-US",
    ...options,
  });
  await signIn(context, server, client);
  return context;
}
