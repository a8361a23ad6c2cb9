import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type ReminderKind, reminderKinds } from "../../db/repositories/mail-log.js";
import type { Locale } from "../../domain/account.js";
import { HttpError } from "../errors.js";
import { readUnsubscribeToken } from "../mail/unsubscribe.js";
import { manageAccounts } from "../policies/account.js";
import { publicAccess } from "../policies/policy.js";
import { errorReplies } from "./schemas.js";

const unsubscribeQuery = z.object({ token: z.string().min(10).max(400) }).strict();
const unsubscribedSchema = z.object({
  unsubscribed: z.literal(true),
  kind: z.enum(reminderKinds),
});

const words: Record<
  Locale,
  { title: string; done: Record<ReminderKind, string>; back: string; open: string }
> = {
  en: {
    title: "You will not get these emails any more",
    done: {
      checkin_reminders: "Check-in reminders are now off, by email and in the app.",
      checkin_requests:
        "Emails about check-ins your care team asks for are now off. The requests still show in the app.",
      listing_reconfirm:
        "Emails asking you to reconfirm your directory listing are now off. The app still says when it is due.",
    },
    back: "You can turn reminders back on in Settings whenever you like.",
    open: "Open Attune",
  },
  es: {
    title: "Ya no recibirás estos correos",
    done: {
      checkin_reminders:
        "Los recordatorios de evaluaciones están desactivados, por correo y en la aplicación.",
      checkin_requests:
        "Los correos sobre evaluaciones que pide tu equipo de cuidado están desactivados. Las solicitudes siguen en la aplicación.",
      listing_reconfirm:
        "Los correos para confirmar tu ficha del directorio están desactivados. La aplicación sigue avisando cuando toca.",
    },
    back: "Puedes volver a activar los recordatorios en Configuración cuando quieras.",
    open: "Abrir Attune",
  },
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function page(locale: Locale, kind: ReminderKind): string {
  const w = words[locale];
  return [
    "<!doctype html>",
    `<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(w.title)} · Attune</title></head><body>`,
    `<main><h1>${escapeHtml(w.title)}</h1><p>${escapeHtml(w.done[kind])}</p><p>${escapeHtml(w.back)}</p>`,
    `<p><a href="/">${escapeHtml(w.open)}</a></p></main></body></html>`,
  ].join("\n");
}

/**
 * Mail: the one-click unsubscribe every reminder carries (no sign-in: the signed token is the permission),
 * and whether mail is on, for the admin page.
 */
export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  const secret = app.attune.auth.options.secret as string;
  const { users, preferences, mailLog, mail } = app.attune;

  async function unsubscribe(request: FastifyRequest, token: string) {
    const named = readUnsubscribeToken(secret, token);
    if (!named)
      throw new HttpError(
        400,
        "invalid_token",
        "This unsubscribe link is not valid. Turn reminders off in Settings instead.",
      );
    const user = await users.findById(named.userId);
    // An account deleted since: there is nothing left to mail, so the answer is the same.
    if (user) {
      if (named.kind === "checkin_reminders") await preferences.update(user.id, { checkinReminders: false });
      else await mailLog.optOut(user.id, named.kind);
      await app.attune.audit.record({
        actorId: user.id,
        action: "mail.unsubscribe",
        subjectType: "user",
        subjectId: user.id,
        ip: request.ip,
        details: { kind: named.kind },
      });
    }
    return { named, locale: user ? (await preferences.get(user.id)).locale : ("en" as Locale) };
  }

  const respond = (request: FastifyRequest, reply: FastifyReply, kind: ReminderKind, locale: Locale) => {
    // A person who clicked the link in a mail gets a page; anything else gets JSON.
    if ((request.headers.accept ?? "").includes("text/html"))
      return reply.type("text/html; charset=utf-8").send(page(locale, kind));
    return reply.send({ unsubscribed: true as const, kind });
  };

  const unsubscribePolicy = publicAccess("the signed token in the link names the person and the reminder");

  app.get(
    "/api/mail/unsubscribe",
    {
      config: { policy: unsubscribePolicy },
      schema: {
        tags: ["mail"],
        summary:
          "One-click unsubscribe from a reminder mail (no sign-in): turns that reminder off and says so, as a page for a browser or JSON",
        querystring: unsubscribeQuery,
        response: { 200: z.union([unsubscribedSchema, z.string()]), ...errorReplies },
      },
    },
    async (request, reply) => {
      const { named, locale } = await unsubscribe(request, request.query.token);
      return respond(request, reply, named.kind, locale);
    },
  );

  // RFC 8058: a mail app's own unsubscribe button posts "List-Unsubscribe=One-Click" as a form.
  await app.register(async (scope: FastifyInstance) => {
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: 1024 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    scope.withTypeProvider<import("fastify-type-provider-zod").ZodTypeProvider>().post(
      "/api/mail/unsubscribe",
      {
        config: { policy: unsubscribePolicy },
        schema: {
          tags: ["mail"],
          summary: "One-click unsubscribe as mail apps send it (RFC 8058, List-Unsubscribe-Post)",
          querystring: unsubscribeQuery,
          body: z.record(z.string(), z.string()).optional(),
          response: { 200: unsubscribedSchema, ...errorReplies },
        },
      },
      async (request) => {
        const { named } = await unsubscribe(request, request.query.token);
        return { unsubscribed: true as const, kind: named.kind };
      },
    );
  });

  app.get(
    "/api/admin/mail",
    {
      config: { policy: manageAccounts },
      schema: {
        tags: ["admin"],
        summary: "Whether this server sends mail (SMTP_URL set) or writes the links to its log instead",
        response: {
          200: z.object({ enabled: z.boolean(), from: z.string().nullable() }),
          ...errorReplies,
        },
      },
    },
    async () => ({ enabled: mail.enabled, from: mail.enabled ? mail.from : null }),
  );
};
