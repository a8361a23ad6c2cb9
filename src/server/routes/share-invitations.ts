import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ShareInvitation } from "../../db/repositories/share-invitations.js";
import { HttpError } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { clinicianAccount, shareFamilies } from "../policies/case.js";
import { signedIn } from "../policies/signed-in.js";
import { consentSchema } from "../presenters/consent.js";
import { emailNotVerified } from "../verified-email.js";
import { consentViews, grantOf, shareTermsBody } from "./consent-input.js";
import { auditFrom } from "./consents.js";
import { errorReplies, errorSchema } from "./schemas.js";

const codeParams = z.object({ code: z.string().min(1).max(40) });
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const invitationSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  useBy: z.string().describe("The code works until then, once"),
  state: z.enum(["waiting", "used", "expired"]),
  usedAt: z.string().nullable(),
});

function invitationView(i: ShareInvitation, now = Date.now()): z.infer<typeof invitationSchema> {
  return {
    id: i.id,
    createdAt: iso(i.createdAt) as string,
    useBy: iso(i.useBy) as string,
    state: i.usedAt !== null ? "used" : now < i.useBy ? "waiting" : "expired",
    usedAt: iso(i.usedAt),
  };
}

const refusals = {
  unknown: [404, "not_found", "No invitation has that code. Check it with your clinician, letter by letter."],
  used: [409, "invitation_used", "This invitation has already been used. Ask your clinician for a new one."],
  closed: [409, "invitation_expired", "This invitation has expired. Ask your clinician for a new one."],
  own_family: [
    409,
    "invitation_own_family",
    "This clinician is a caregiver in that family, so they cannot also be its clinician here.",
  ],
} as const;
function refuse(reason: keyof typeof refusals) {
  const [status, code, message] = refusals[reason];
  return new HttpError(status, code, message);
}

/**
 * The clinician's way into a share: they give the family a code or a link; a caregiver who opens it sees who
 * is asking and chooses what to share and for how long. Nothing is shared until the caregiver says so.
 */
export const shareInvitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { shareInvitations, users } = app.attune;

  app.post(
    "/api/share-invitations",
    {
      config: { policy: clinicianAccount },
      schema: {
        tags: ["consents"],
        summary:
          "Clinicians: a code (shown this once) to give a family; a caregiver who enters it chooses what to share. Works once, for 14 days. 403 until the clinician has verified their email address",
        body: z.object({}).strict().optional(),
        response: { 201: invitationSchema.extend({ code: z.string() }), ...errorReplies },
      },
    },
    async (request, reply) => {
      const me = await users.findById(actorOf(request).id);
      if (!me?.emailVerified) throw emailNotVerified();
      const { invitation, code } = await shareInvitations.create(actorOf(request).id);
      return reply.status(201).send({ ...invitationView(invitation), code });
    },
  );

  app.get(
    "/api/share-invitations",
    {
      config: { policy: clinicianAccount },
      schema: {
        tags: ["consents"],
        summary: "Clinicians: the invitations I have given, newest first, with whether each was used",
        response: { 200: z.object({ items: z.array(invitationSchema) }), ...errorReplies },
      },
    },
    async (request) => ({
      items: (await shareInvitations.byClinician(actorOf(request).id)).map((i) => invitationView(i)),
    }),
  );

  app.get(
    "/api/share-invitations/:code",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["consents"],
        summary:
          "Who is asking: the clinician behind an invitation code, so a caregiver can check before sharing anything",
        params: codeParams,
        response: {
          200: z.object({
            clinician: z.object({
              name: z.string(),
              email: z.string(),
              emailVerified: z.boolean().describe("The clinician followed the link mailed to this address"),
            }),
            useBy: z.string(),
          }),
          409: errorSchema,
          ...errorReplies,
        },
      },
    },
    async (request) => {
      const invitation = await shareInvitations.byCode(request.params.code);
      if (!invitation) throw refuse("unknown");
      if (invitation.usedAt !== null) throw refuse("used");
      if (invitation.useBy <= Date.now()) throw refuse("closed");
      const clinician = await users.findById(invitation.clinicianId);
      if (!clinician) throw refuse("unknown");
      return {
        clinician: { name: clinician.name, email: clinician.email, emailVerified: clinician.emailVerified },
        useBy: iso(invitation.useBy) as string,
      };
    },
  );

  app.post(
    "/api/share-invitations/:code/accept",
    {
      config: { policy: shareFamilies },
      schema: {
        tags: ["consents"],
        summary:
          "Share a family with the clinician who gave this code: the scopes and days you choose; the share is active at once. Any caregiver of the family may",
        params: codeParams,
        body: shareTermsBody,
        response: { 201: consentSchema, 409: errorSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const outcome = await shareInvitations.grant(request.params.code, grantOf(request), auditFrom(request));
      if (!outcome.ok) throw refuse(outcome.reason);
      const [view] = await consentViews(app, [outcome.consent]);
      return reply.status(201).send(view as z.infer<typeof consentSchema>);
    },
  );
};
