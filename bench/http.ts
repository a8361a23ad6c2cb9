import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import autocannon from "autocannon";

export interface HttpResult {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

/** Starts a server in its own process (so the load generator does not share its event loop). */
function startServer(script: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, script), { stdio: "inherit" });
    child.once("message", (m) => resolve({ url: (m as { address: string }).address, child }));
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function load(name: string, url: string, seconds: number): Promise<HttpResult> {
  await autocannon({ url, connections: 10, duration: 2 }); // warm-up: JIT, connection pools
  const r = await autocannon({ url, connections: 50, duration: seconds });
  return {
    name,
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
  };
}

/** The same run measures the bare baseline and Attune's /api/health, one after the other. */
export async function benchHttp(
  seconds = 10,
): Promise<{ bare: HttpResult; attune: HttpResult; ratio: number }> {
  const bareServer = await startServer("bare-server.mjs");
  const bare = await load("bare Fastify route", bareServer.url, seconds);
  bareServer.child.kill();
  const attuneServer = await startServer("attune-server.mjs");
  const attune = await load("Attune GET /api/health", attuneServer.url, seconds);
  attuneServer.child.kill();
  return { bare, attune, ratio: attune.requestsPerSecond / bare.requestsPerSecond };
}
