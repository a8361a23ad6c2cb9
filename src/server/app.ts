import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { type AttuneDb, openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { type AuthLimits, createAuth, defaultAuthLimits } from "./auth.js";
import type { Config } from "./config.js";
import { createContext } from "./context.js";
import { ensureDataDir } from "./data-dir.js";
import { stdoutLog } from "./log-stream.js";
import { createMailer } from "./mail/mailer.js";
import { registerReminderMail } from "./mail/reminders.js";
import { registerAuthorization } from "./plugins/authorize.js";
import { registerCompression } from "./plugins/compression.js";
import { registerErrorHandler } from "./plugins/errors.js";
import { registerNotFound } from "./plugins/not-found.js";
import { registerOpenApi } from "./plugins/openapi.js";
import { registerSameOrigin } from "./plugins/same-origin.js";
import { registerSecurity } from "./plugins/security.js";
import { registerWeb } from "./plugins/web.js";
import { adminUserRoutes } from "./routes/admin-users.js";
import { assignmentRoutes } from "./routes/assignments.js";
import { auditRoutes } from "./routes/audit.js";
import { authRoutes } from "./routes/auth.js";
import { bootstrapRoutes } from "./routes/bootstrap.js";
import { caseFhirRoutes } from "./routes/case-fhir.js";
import { caseNoteRoutes } from "./routes/case-notes.js";
import { caseScreeningRoutes } from "./routes/case-screenings.js";
import { caseThoughtRecordRoutes } from "./routes/case-thought-records.js";
import { caseVisitSummaryRoutes } from "./routes/case-visit-summary.js";
import { caseloadRoutes } from "./routes/caseload.js";
import { caseRoutes } from "./routes/cases.js";
import { checkInRoutes } from "./routes/check-ins.js";
import { checkinRequestRoutes } from "./routes/checkin-requests.js";
import { closedCaseRoutes } from "./routes/closed-cases.js";
import { codingRoutes } from "./routes/coding.js";
import { codingSchemeRoutes } from "./routes/coding-schemes.js";
import { codingSessionRoutes } from "./routes/coding-sessions.js";
import { consentRoutes } from "./routes/consents.js";
import { directoryApplicationRoutes } from "./routes/directory/applications.js";
import { directoryModerationRoutes } from "./routes/directory/moderation.js";
import { directorySearchRoutes } from "./routes/directory/search.js";
import { entryRoutes } from "./routes/entries.js";
import { erasureRoutes } from "./routes/erasure.js";
import { exportRoutes } from "./routes/export.js";
import { familyRoutes } from "./routes/families.js";
import { familyExportRoutes } from "./routes/family-export.js";
import { formulationRoutes } from "./routes/formulations.js";
import { guidanceRoutes } from "./routes/guidance.js";
import { healthRoutes } from "./routes/health.js";
import { helpResourceRoutes } from "./routes/help-resources.js";
import { hsdsAboutRoutes } from "./routes/hsds/about.js";
import { hsdsImportRoutes } from "./routes/hsds/import.js";
import { hsdsOrganizationRoutes } from "./routes/hsds/organizations.js";
import { hsdsServiceAtLocationRoutes } from "./routes/hsds/service-at-locations.js";
import { hsdsServiceRoutes } from "./routes/hsds/services.js";
import { hsdsTaxonomyRoutes } from "./routes/hsds/taxonomies.js";
import { ideaRoutes } from "./routes/ideas.js";
import { importRoutes } from "./routes/imports.js";
import { instrumentRoutes } from "./routes/instruments.js";
import { mailRoutes } from "./routes/mail.js";
import { meRoutes } from "./routes/me.js";
import { observationRoutes } from "./routes/observations.js";
import { referralRoutes } from "./routes/referrals.js";
import { reflectionRoutes } from "./routes/reflection.js";
import { screeningSharingRoutes } from "./routes/screening-sharing.js";
import { screeningRoutes } from "./routes/screenings.js";
import { setupRoutes } from "./routes/setup.js";
import { shareInvitationRoutes } from "./routes/share-invitations.js";
import { summaryRoutes } from "./routes/summary.js";
import { syncRoutes } from "./routes/sync.js";
import { thoughtRecordRoutes } from "./routes/thought-records.js";
import { visitSummaryRoutes } from "./routes/visit-summary.js";
import { loadOrCreateSessionSecret } from "./secret.js";
import { projectRoot, readVersion } from "./version.js";

export interface BuildOptions {
  config: Config;
  /** Where the built SPA lives; defaults to dist/web in the project. */
  webRoot?: string;
  /** Pino options, or false for silence (tests). */
  logger?: boolean | object;
  /** Auth attempts per client per minute. Tests, which all come from 127.0.0.1, set their own. */
  authLimits?: AuthLimits;
}

/**
 * The one way an Attune server is made, by `npm start` and by the tests alike: open and migrate the
 * database, then register plugins (errors, security headers, rate limits, the policy gate, docs) and routes.
 * Closing the app closes the database.
 */
export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config } = options;
  const root = projectRoot();
  const version = readVersion(root);
  // The database (SQLite) and the generated session secret live in DATA_DIR: stop now, naming it, if it
  // cannot be written, rather than on the first write.
  if (config.database.kind === "sqlite") {
    const file = config.database.file;
    ensureDataDir(config.dataDir, [file, `${file}-wal`, `${file}-shm`]);
  } else if (!config.sessionSecret) ensureDataDir(config.dataDir);

  const database: AttuneDb = openDatabase(config.database);
  try {
    await migrateToLatest(database);
  } catch (error) {
    await database.close();
    throw error;
  }

  const app = Fastify({
    // Never pino's default stdout destination: see log-stream.ts (a full stdout pipe blocked SIGTERM).
    logger: options.logger ?? { level: config.logLevel, stream: stdoutLog() },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Ids in our URLs are short; a huge URL is abuse, not a request.
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onClose", async () => database.close());
  // While draining for shutdown, tell keep-alive clients to hang up after this reply, so that closing
  // waits for requests in flight and not for idle sockets.
  let draining = false;
  app.addHook("preClose", async () => {
    draining = true;
  });
  app.addHook("onSend", async (_request, reply) => {
    if (draining) reply.header("connection", "close");
  });

  const secret = loadOrCreateSessionSecret(config.dataDir, config.sessionSecret);
  const mail = createMailer(config.mail, app.log.child({ component: "mail" }), config.publicUrl);
  app.addHook("onClose", async () => mail.close());
  const auth = createAuth({
    database,
    secret,
    publicUrl: config.publicUrl,
    limits: options.authLimits ?? defaultAuthLimits,
    mail,
  });
  app.decorate("attune", createContext(database, auth, version, config.wording, mail));

  registerErrorHandler(app);
  // The flood guard's hook comes first, so a flood is turned away before any session is looked up.
  await registerSecurity(app, {
    https: config.publicUrl?.startsWith("https://") ?? false,
    perMinute: config.rateLimitPerMinute,
  });
  registerSameOrigin(app, config.publicUrl);
  await registerCompression(app);
  registerAuthorization(app);
  await registerOpenApi(app, version);

  await app.register(healthRoutes);
  await app.register(mailRoutes);
  await app.register(setupRoutes);
  await app.register(authRoutes);
  await app.register(meRoutes);
  await app.register(bootstrapRoutes);
  await app.register(adminUserRoutes);
  await app.register(auditRoutes);
  await app.register(familyRoutes, {
    inviteAcceptsPerMinute: (options.authLimits ?? defaultAuthLimits).signInPerMinute,
  });
  await app.register(erasureRoutes);
  await app.register(entryRoutes);
  await app.register(syncRoutes);
  await app.register(summaryRoutes);
  await app.register(exportRoutes);
  await app.register(familyExportRoutes);
  await app.register(importRoutes, { privateHosts: config.importPrivateHosts });
  await app.register(reflectionRoutes);
  await app.register(visitSummaryRoutes);
  await app.register(ideaRoutes);
  await app.register(guidanceRoutes);
  await app.register(helpResourceRoutes);
  await app.register(instrumentRoutes);
  await app.register(codingRoutes);
  await app.register(codingSchemeRoutes);
  await app.register(codingSessionRoutes);
  await app.register(screeningRoutes);
  await app.register(screeningSharingRoutes);
  await app.register(checkInRoutes);
  await app.register(thoughtRecordRoutes);
  await app.register(directorySearchRoutes);
  await app.register(directoryApplicationRoutes);
  await app.register(directoryModerationRoutes);
  await app.register(hsdsAboutRoutes);
  await app.register(hsdsServiceRoutes);
  await app.register(hsdsOrganizationRoutes);
  await app.register(hsdsServiceAtLocationRoutes);
  await app.register(hsdsTaxonomyRoutes);
  await app.register(hsdsImportRoutes);
  await app.register(consentRoutes);
  await app.register(shareInvitationRoutes);
  await app.register(caseloadRoutes);
  await app.register(closedCaseRoutes);
  await app.register(caseRoutes);
  await app.register(caseScreeningRoutes);
  await app.register(caseVisitSummaryRoutes);
  await app.register(caseThoughtRecordRoutes);
  await app.register(formulationRoutes);
  await app.register(caseNoteRoutes);
  await app.register(assignmentRoutes);
  await app.register(checkinRequestRoutes);
  await app.register(caseFhirRoutes);
  await app.register(observationRoutes);
  await app.register(referralRoutes);

  registerReminderMail(app, { secret, publicUrl: config.publicUrl });

  const webRoot = options.webRoot ?? join(root, "dist", "web");
  const spaPage = await registerWeb(app, webRoot);
  registerNotFound(app, spaPage);

  await app.ready();
  return app;
}
