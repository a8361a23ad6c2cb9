import type { HttpClient } from "./http-client.js";
import { uniqueEmail } from "./http-client.js";
import type { TestServer } from "./test-server.js";

export interface TwoFamilies {
  /** Owner of the family, as the mother. */
  mum: HttpClient;
  /** Joined mum's family by invite, as the father. */
  dad: HttpClient;
  /** Owner of a different family: the outsider every isolation test needs. */
  other: HttpClient;
  familyId: string;
  babyId: string;
  otherFamilyId: string;
  otherBabyId: string;
}

/**
 * The cast most family tests need: one family with two caregivers and a baby born a month ago, and an
 * unrelated family with its own baby. Built through the public API, as a real family would be.
 */
export async function twoFamilies(server: TestServer): Promise<TwoFamilies> {
  const [mum, dad, other] = [server.client(), server.client(), server.client()];
  await mum.signUp(uniqueEmail("mum"));
  await dad.signUp(uniqueEmail("dad"));
  await other.signUp(uniqueEmail("other"));
  const born = new Date(Date.now() - 35 * 86_400_000).toISOString().slice(0, 10);
  const familyId = (await mum.post("/api/families", { name: "Family" })).json.id;
  const babyId = (await mum.post(`/api/families/${familyId}/babies`, { name: "Robin", birthDate: born })).json
    .id;
  const code = (await mum.post(`/api/families/${familyId}/invites`, { relationship: "father" })).json.code;
  const joined = await dad.post(`/api/invites/${code}/accept`, {});
  if (joined.status !== 200) throw new Error(`fixture: the invite was refused (${joined.status})`);
  const otherFamilyId = (await other.post("/api/families", { name: "Other" })).json.id;
  const otherBabyId = (
    await other.post(`/api/families/${otherFamilyId}/babies`, { name: "Sky", birthDate: born })
  ).json.id;
  return { mum, dad, other, familyId, babyId, otherFamilyId, otherBabyId };
}
