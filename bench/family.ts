import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import autocannon from "autocannon";

export interface FamilyBenchResult {
  createBare: number;
  createAttune: number;
  createRatio: number;
  sync1000Ms: number;
  historyEntries: number;
  summaryP50Ms: number;
  summaryP95Ms: number;
  listP95Ms: number;
}

function start(script: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, script));
    child.once("message", (m) => resolve({ url: (m as { address: string }).address, child }));
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

const password = "correct horse battery 9";
/** A new account, signed up through the API, and a JSON call with its session (bench/phone.ts uses it too). */
export async function signedIn(base: string) {
  const headers = { "content-type": "application/json", origin: base };
  const res = await fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email: `bench${Date.now()}@example.com`, password, name: "Bench" }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: { ...headers, cookie },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = await r.json();
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
  return { cookie, call };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** A dense log: about 27 entries a day (feeds, diapers, sleeps, play, a few moments) for `days` days. */
export function history(babyId: string, days: number, now: number) {
  const changes: unknown[] = [];
  for (let d = 0; d < days; d++) {
    const dayStart = now - (d + 1) * 86_400_000;
    for (let h = 0; h < 24; h += 3) {
      const t = dayStart + h * 3_600_000;
      const data = (type: string, offsetMin: number, lengthMin: number | null, details: object) => ({
        id: crypto.randomUUID(),
        babyId,
        type,
        startedAt: new Date(t + offsetMin * 60_000).toISOString(),
        ...(lengthMin ? { endedAt: new Date(t + (offsetMin + lengthMin) * 60_000).toISOString() } : {}),
        details,
        moments: ["eye_contact", "talking"],
        cues: [],
      });
      changes.push(
        { entity: "entry", op: "upsert", data: data("feed", 0, 20, { method: "breast", lastSide: "left" }) },
        { entity: "entry", op: "upsert", data: data("diaper", 25, null, { kind: "wet" }) },
        { entity: "entry", op: "upsert", data: data("sleep", 40, 100, {}) },
      );
      if (h % 6 === 0)
        changes.push({
          entity: "entry",
          op: "upsert",
          data: data("play", 150, 15, { kinds: ["face_to_face"] }),
        });
    }
  }
  return changes;
}

export async function benchFamily(seconds: number): Promise<FamilyBenchResult> {
  const body = {
    type: "diaper",
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    details: { kind: "wet" },
    moments: ["talking"],
  };
  const bare = await start("bare-insert-server.mjs");
  const bareRun = await autocannon({
    url: bare.url,
    method: "POST",
    connections: 20,
    duration: seconds,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  bare.child.kill();

  const attune = await start("attune-server.mjs");
  const base = attune.url.replace(/\/api\/health$/, "");
  const { cookie, call } = await signedIn(base);
  const family = await call("POST", "/api/families", { name: "Bench" });
  const createBaby = await call("POST", `/api/families/${family.id}/babies`, {
    name: "Robin",
    birthDate: "2023-11-01",
  });
  const attuneRun = await autocannon({
    url: `${base}/api/babies/${createBaby.id}/entries?acceptOverlap=true`,
    method: "POST",
    connections: 20,
    duration: seconds,
    headers: { "content-type": "application/json", cookie, origin: base },
    body: JSON.stringify(body),
  });

  // One sync of 1,000 new entries, median of five.
  const syncTimes: number[] = [];
  const baby2 = await call("POST", `/api/families/${family.id}/babies`, {
    name: "Sky",
    birthDate: "2023-11-01",
  });
  for (let i = 0; i < 5; i++) {
    const changes = history(baby2.id, 40, Date.now() - i * 41 * 86_400_000).slice(0, 1000);
    const t = performance.now();
    await call("POST", "/api/sync", { changes });
    syncTimes.push(performance.now() - t);
  }

  // Three years of dense history for a third baby, then the Today view and a week's list.
  const baby3 = await call("POST", `/api/families/${family.id}/babies`, {
    name: "Ana",
    birthDate: "2023-11-01",
  });
  const all = history(baby3.id, 3 * 365, Date.now());
  for (let i = 0; i < all.length; i += 1000)
    await call("POST", "/api/sync", { changes: all.slice(i, i + 1000) });
  const summaryTimes: number[] = [];
  const listTimes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const date = new Date(Date.now() - Math.floor(Math.random() * 1000) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    let t = performance.now();
    await call("GET", `/api/babies/${baby3.id}/summary?date=${date}`);
    summaryTimes.push(performance.now() - t);
    const from = new Date(Date.parse(date) - 6 * 86_400_000).toISOString();
    t = performance.now();
    await call(
      "GET",
      `/api/babies/${baby3.id}/entries?from=${from}&to=${new Date(Date.parse(date) + 86_400_000).toISOString()}&limit=500`,
    );
    listTimes.push(performance.now() - t);
  }
  attune.child.kill();

  return {
    createBare: Math.round(bareRun.requests.average),
    createAttune: Math.round(attuneRun.requests.average),
    createRatio: attuneRun.requests.average / bareRun.requests.average,
    sync1000Ms: Math.round(percentile(syncTimes, 50)),
    historyEntries: all.length,
    summaryP50Ms: Math.round(percentile(summaryTimes, 50) * 10) / 10,
    summaryP95Ms: Math.round(percentile(summaryTimes, 95) * 10) / 10,
    listP95Ms: Math.round(percentile(listTimes, 95) * 10) / 10,
  };
}
