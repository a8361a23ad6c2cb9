// The baseline for entry creation: a bare Fastify route that inserts the JSON body into SQLite with one
// prepared statement (WAL, same pragmas as Attune), and nothing else: no auth, validation or sync ordering.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import Fastify from "fastify";

const db = new Database(join(mkdtempSync(join(tmpdir(), "attune-bare-")), "bare.db"));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.exec(
  "create table entries (id text primary key, type text, started_at integer, details text, moments text)",
);
const insert = db.prepare("insert into entries values (?, ?, ?, ?, ?)");
const app = Fastify({ logger: false });
app.post("/entries", async (request, reply) => {
  const b = request.body;
  const id = randomUUID();
  insert.run(id, b.type, Date.parse(b.startedAt), JSON.stringify(b.details), JSON.stringify(b.moments));
  return reply.status(201).send({ id });
});
const address = await app.listen({ port: 0, host: "127.0.0.1" });
process.send?.({ address: `${address}/entries` });
