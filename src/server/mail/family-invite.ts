import type { FastifyInstance, FastifyRequest } from "fastify";
import { throttleKey } from "../../db/repositories/throttles.js";
import { localDate } from "../../domain/time.js";
import { actorOf } from "../plugins/authorize.js";
import { linkOrigin } from "./mailer.js";
import { renderMail } from "./templates.js";

/** Invite mails to one address per hour: an owner making invite after invite cannot flood someone's inbox. */
const INVITE_MAILS_PER_HOUR = 5;
const HOUR = 60 * 60 * 1000;

/**
 * Mails a new family invite's code to the address the owner gave: in the language of the account that address
 * has, else the inviter's own. Says whether it went to the mail server; with mail off the code and link go
 * to the log, and the owner passes the code on themself.
 */
export async function mailInvite(
  app: FastifyInstance,
  request: FastifyRequest,
  invite: { familyId: string; code: string; expiresAt: string },
  email: string,
): Promise<boolean> {
  const { users, families, preferences, mail, throttles } = app.attune;
  const inviterId = actorOf(request).id;
  const [inviter, family, recipient] = await Promise.all([
    users.findById(inviterId),
    families.get(invite.familyId),
    users.findByEmail(email),
  ]);
  if (!inviter || !family) return false;
  if ((await throttles.hit(throttleKey("mail-invite", email), HOUR)) > INVITE_MAILS_PER_HOUR) return false;
  const locale = (await preferences.get(recipient?.id ?? inviterId)).locale;
  const origin = linkOrigin(mail, request);
  try {
    return await mail.send({
      to: email,
      ...renderMail("family_invite", locale, {
        inviterName: inviter.name,
        familyName: family.name,
        code: invite.code,
        url: `${origin}/`,
        expiresOn: localDate(Date.parse(invite.expiresAt), family.timeZone),
      }),
    });
  } catch (error) {
    request.log.warn({ err: error }, "the invite mail could not be sent");
    return false;
  }
}
