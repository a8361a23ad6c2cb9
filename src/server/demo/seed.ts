import { demoHistory } from "./history.js";

/** The demo family's people. Passwords are public on purpose: this data is for trying Attune out. */
export const demoPeople = {
  mother: { name: "Maya", email: "maya@demo.attune.test", password: "attune-demo-maya" },
  partner: { name: "Alex", email: "alex@demo.attune.test", password: "attune-demo-alex" },
};

/** A signed-in HTTP session against the running server, as the browser would be. */
export async function session(
  base: string,
  person: { name: string; email: string; password: string },
  role: "caregiver" | "clinician" = "caregiver",
) {
  const headers: Record<string, string> = { "content-type": "application/json", origin: base };
  const send = (path: string, body: unknown) =>
    fetch(`${base}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
  let res = await send("/api/auth/sign-in/email", { email: person.email, password: person.password });
  const existed = res.ok;
  if (!existed) res = await send("/api/auth/sign-up/email", { ...person, role });
  if (!res.ok) throw new Error(`demo: could not sign ${person.email} in (${res.status} ${await res.text()})`);
  headers.cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the demo reads its own API's replies, checked by status.
    const json: any = await r.json();
    if (!r.ok) throw new Error(`demo: ${method} ${path} → ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
  return { existed, call };
}

/**
 * Seeds the demo family through the public API (so it is exactly what a real family could create): Maya and
 * Alex, their baby Robin born seven weeks ago at 35 weeks (so corrected age shows), and two weeks of log, a
 * third of it logged by Alex. Running it again on the same data directory changes nothing.
 */
export async function seedDemo(base: string, timeZone: string, now = Date.now()) {
  const maya = await session(base, demoPeople.mother);
  if (maya.existed) return { seeded: false };
  const alex = await session(base, demoPeople.partner);
  const family = await maya.call("POST", "/api/families", {
    name: "Maya & Alex",
    timeZone,
    relationship: "mother",
  });
  const born = new Date(now - 49 * 86_400_000).toISOString().slice(0, 10);
  const robin = await maya.call("POST", `/api/families/${family.id}/babies`, {
    name: "Robin",
    birthDate: born,
    gestationalWeeks: 35,
  });
  const invite = await maya.call("POST", `/api/families/${family.id}/invites`, {
    relationship: "partner",
    permission: "owner",
  });
  await alex.call("POST", `/api/invites/${invite.code}/accept`, {});

  const entries = demoHistory(robin.id, 14, now, timeZone);
  const byAlex = entries.filter((_, i) => i % 3 === 2);
  const byMaya = entries.filter((_, i) => i % 3 !== 2);
  for (const [who, list] of [
    [maya, byMaya],
    [alex, byAlex],
  ] as const) {
    for (let i = 0; i < list.length; i += 200) {
      const changes = list.slice(i, i + 200).map((data) => ({ entity: "entry", op: "upsert", data }));
      const result = await who.call("POST", "/api/sync", { changes });
      if (result.conflicts.length) throw new Error(`demo: ${JSON.stringify(result.conflicts[0])}`);
    }
  }
  return { seeded: true, entries: entries.length };
}
