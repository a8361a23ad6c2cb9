// The baseline: a bare Fastify route with no plugins, on the same machine, in the same run.
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/ping", async () => ({ status: "ok", version: "0.0.0", database: "none" }));
const address = await app.listen({ port: 0, host: "127.0.0.1" });
process.send?.({ address: `${address}/ping` });
