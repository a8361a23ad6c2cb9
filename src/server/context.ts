import type { AttuneDb } from "../db/database.js";
import { auditRepository } from "../db/repositories/audit.js";
import { preferencesRepository } from "../db/repositories/preferences.js";
import { usersRepository } from "../db/repositories/users.js";
import type { Auth } from "./auth.js";

/** What route handlers reach through `app.attune`: the database, its repositories, and auth. */
export function createContext(database: AttuneDb, auth: Auth, version: string) {
  return {
    database,
    auth,
    version,
    users: usersRepository(database.db, database.kind),
    preferences: preferencesRepository(database.db),
    audit: auditRepository(database.db),
  };
}
export type AppContext = ReturnType<typeof createContext>;

declare module "fastify" {
  interface FastifyInstance {
    attune: AppContext;
  }
}
