import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { publicAccess } from "../policies/policy.js";

const docsPolicy = publicAccess("API documentation");

/** OpenAPI 3.1 generated from the routes' zod schemas; served at /api/openapi.json, readable at /api/docs. */
export async function registerOpenApi(app: FastifyInstance, version: string) {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Attune API",
        version,
        description:
          "Attune's JSON API. Errors always look like { error: { code, message, details? } }. " +
          "Authentication is a session cookie from /api/auth/sign-in/email.",
        license: { name: "Apache-2.0", identifier: "Apache-2.0" },
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "attune.session_token" } },
      },
    },
    transform: jsonSchemaTransform,
  });
  // The docs routes are public on purpose: the shape of the API is not a secret. swagger-ui registers its
  // own routes, so an encapsulated hook stamps the policy onto each of them.
  await app.register(async (docs) => {
    docs.addHook("onRoute", (route) => {
      route.config = { ...(route.config ?? {}), policy: docsPolicy };
    });
    // The docs keep the app's own strict policy (plugins/security-headers.ts): no `staticCSP`, whose policy
    // allows https: fonts and styles from anywhere and swagger's validator as an image host. swagger-ui loads
    // its scripts and styles as files; BaseLayout leaves out the top bar, whose logo carries an inline <style>.
    // test/e2e/api-docs.test.ts renders it in Chromium and fails on any policy violation.
    await docs.register(swaggerUi, {
      routePrefix: "/api/docs",
      uiConfig: { deepLinking: true, layout: "BaseLayout" },
    });
  });
  app.get("/api/openapi.json", { config: { policy: docsPolicy }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
