import type { Locale } from "../../domain/account.js";

/**
 * Every mail Attune sends, in English and Spanish, rendered from one place: each kind is a short list of
 * blocks (a line of text, a link), turned into plain text and into simple HTML from the same blocks, so the
 * two never say different things. No images, no tracking pixels, no redirecting or tagged links: a link goes
 * straight where it says.
 */
export type MailKind =
  | "verify_email"
  | "reset_password"
  | "account_exists"
  | "family_invite"
  | "checkin_reminder"
  | "checkin_request"
  | "listing_reconfirm";

export interface MailData {
  verify_email: { name: string; url: string };
  reset_password: { name: string; url: string };
  account_exists: { name: string; signInUrl: string; resetUrl: string };
  family_invite: {
    inviterName: string;
    familyName: string;
    code: string;
    url: string;
    /** Local date YYYY-MM-DD after which the code no longer works. */
    expiresOn: string;
  };
  checkin_reminder: {
    name: string;
    babyName: string;
    instrumentName: string;
    url: string;
    unsubscribeUrl: string;
  };
  checkin_request: {
    name: string;
    clinicianName: string;
    instrumentName: string;
    /** Local date YYYY-MM-DD. */
    dueOn: string;
    url: string;
    unsubscribeUrl: string;
  };
  listing_reconfirm: { name: string; listingName: string; url: string; unsubscribeUrl: string };
}

export interface RenderedMail {
  kind: MailKind;
  subject: string;
  text: string;
  html: string;
  /** Every link in the message, in order (what the log shows when mail is off). */
  links: string[];
}

type Block = { p: string } | { link: string; url: string } | { small: string } | { code: string };
interface Message {
  subject: string;
  blocks: Block[];
  /** A line under a rule at the end: why this mail came, and how to stop it. */
  footer?: Block[];
}

const formatDate = (locale: Locale, isoDate: string) =>
  new Intl.DateTimeFormat(locale === "es" ? "es" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T12:00:00Z`));

const hello = (locale: Locale, name: string) => {
  const n = name.trim();
  if (locale === "es") return n ? `Hola, ${n}:` : "Hola:";
  return n ? `Hello ${n},` : "Hello,";
};

const sign = (locale: Locale) => (locale === "es" ? "— Attune" : "— Attune");

function unsubscribeFooter(locale: Locale, why: string, url: string): Block[] {
  return locale === "es"
    ? [{ small: why }, { link: "Dejar de recibir estos correos (un clic, sin iniciar sesión)", url }]
    : [{ small: why }, { link: "Stop these emails (one click, no sign-in needed)", url }];
}

const messages: { [K in MailKind]: (locale: Locale, d: MailData[K]) => Message } = {
  verify_email: (locale, d) =>
    locale === "es"
      ? {
          subject: "Confirma tu correo para Attune",
          blocks: [
            { p: hello(locale, d.name) },
            { p: "Gracias por crear tu cuenta en Attune. Confirma que este correo es tuyo:" },
            { link: "Confirmar mi correo", url: d.url },
            {
              small:
                "El enlace funciona durante 24 horas. Si no creaste una cuenta, puedes ignorar este correo.",
            },
          ],
        }
      : {
          subject: "Confirm your email for Attune",
          blocks: [
            { p: hello(locale, d.name) },
            { p: "Thank you for creating your Attune account. Please confirm this address is yours:" },
            { link: "Confirm my email", url: d.url },
            {
              small:
                "The link works for 24 hours. If you did not create an account, you can ignore this email.",
            },
          ],
        },

  reset_password: (locale, d) =>
    locale === "es"
      ? {
          subject: "Elige una contraseña nueva para Attune",
          blocks: [
            { p: hello(locale, d.name) },
            { p: "Alguien (esperamos que tú) pidió cambiar la contraseña de tu cuenta de Attune." },
            { link: "Elegir una contraseña nueva", url: d.url },
            {
              small:
                "El enlace funciona una sola vez y durante 1 hora. Al cambiarla se cierra la sesión en todos tus dispositivos. Si no lo pediste tú, ignora este correo: tu contraseña sigue igual.",
            },
          ],
        }
      : {
          subject: "Choose a new password for Attune",
          blocks: [
            { p: hello(locale, d.name) },
            { p: "Someone (we hope you) asked to reset the password of your Attune account." },
            { link: "Choose a new password", url: d.url },
            {
              small:
                "The link works once, for 1 hour. Changing the password signs you out on every device. If this was not you, ignore this email: your password stays as it is.",
            },
          ],
        },

  account_exists: (locale, d) =>
    locale === "es"
      ? {
          subject: "Alguien intentó crear una cuenta de Attune con tu correo",
          blocks: [
            { p: hello(locale, d.name) },
            {
              p: "Alguien intentó crear una cuenta nueva de Attune con este correo, pero ya tienes una. No se creó nada nuevo.",
            },
            { p: "Si fuiste tú, inicia sesión, o elige una contraseña nueva si no la recuerdas:" },
            { link: "Iniciar sesión", url: d.signInUrl },
            { link: "Elegir una contraseña nueva", url: d.resetUrl },
            { small: "Si no fuiste tú, no tienes que hacer nada: tu cuenta sigue como estaba." },
          ],
        }
      : {
          subject: "Someone tried to create an Attune account with your email",
          blocks: [
            { p: hello(locale, d.name) },
            {
              p: "Someone tried to create a new Attune account with this address, but you already have one. Nothing new was created.",
            },
            { p: "If it was you, sign in, or reset your password if you do not remember it:" },
            { link: "Sign in", url: d.signInUrl },
            { link: "Reset my password", url: d.resetUrl },
            { small: "If it was not you, there is nothing to do: your account is just as it was." },
          ],
        },

  family_invite: (locale, d) =>
    locale === "es"
      ? {
          subject: `${d.inviterName} te invita a cuidar juntos en Attune`,
          blocks: [
            { p: "Hola:" },
            {
              p: `${d.inviterName} te invita a unirte a «${d.familyName}» en Attune, para llevar juntos el registro de los cuidados del bebé.`,
            },
            {
              p: "Abre Attune, inicia sesión o crea una cuenta, elige «Tengo un código de invitación» y escribe este código:",
            },
            { code: d.code },
            { link: "Abrir Attune", url: d.url },
            {
              small: `El código funciona una vez, hasta el ${formatDate(locale, d.expiresOn)}. Si no conoces a quien te invita, ignora este correo.`,
            },
          ],
        }
      : {
          subject: `${d.inviterName} invites you to share a baby's care on Attune`,
          blocks: [
            { p: "Hello," },
            {
              p: `${d.inviterName} invites you to join "${d.familyName}" on Attune, to keep the baby's care log together.`,
            },
            {
              p: 'Open Attune, sign in or create an account, choose "I have an invite code" and type this code:',
            },
            { code: d.code },
            { link: "Open Attune", url: d.url },
            {
              small: `The code works once, until ${formatDate(locale, d.expiresOn)}. If you do not know who sent this, ignore this email.`,
            },
          ],
        },

  checkin_reminder: (locale, d) =>
    locale === "es"
      ? {
          subject: "Un momento para ti: una evaluación sugerida",
          blocks: [
            { p: hello(locale, d.name) },
            {
              p: `Cuando tengas un momento, hay una evaluación sugerida para ti (${d.instrumentName}), en torno a ${d.babyName}. Es una invitación, no una obligación: ve con calma.`,
            },
            { link: "Abrir mis evaluaciones", url: d.url },
          ],
          footer: unsubscribeFooter(
            locale,
            "Recibes esto porque tienes activados los recordatorios de evaluaciones.",
            d.unsubscribeUrl,
          ),
        }
      : {
          subject: "A moment for you: a suggested check-in",
          blocks: [
            { p: hello(locale, d.name) },
            {
              p: `When you have a moment, there is a suggested check-in for you (${d.instrumentName}), around ${d.babyName}. It is an invitation, not a task: go easy on yourself.`,
            },
            { link: "Open my check-ins", url: d.url },
          ],
          footer: unsubscribeFooter(
            locale,
            "You get this because check-in reminders are on.",
            d.unsubscribeUrl,
          ),
        },

  checkin_request: (locale, d) =>
    locale === "es"
      ? {
          subject: `${d.clinicianName} te pidió una evaluación`,
          blocks: [
            { p: hello(locale, d.name) },
            {
              p: `${d.clinicianName}, de tu equipo de cuidado, te pidió completar ${d.instrumentName} hacia el ${formatDate(locale, d.dueOn)}. Solo toma unos minutos, cuando te venga bien.`,
            },
            { link: "Abrir mis evaluaciones", url: d.url },
          ],
          footer: unsubscribeFooter(
            locale,
            "Recibes esto porque tu equipo de cuidado te pidió evaluaciones en Attune.",
            d.unsubscribeUrl,
          ),
        }
      : {
          subject: `${d.clinicianName} asked you for a check-in`,
          blocks: [
            { p: hello(locale, d.name) },
            {
              p: `${d.clinicianName}, from your care team, asked you to complete ${d.instrumentName} around ${formatDate(locale, d.dueOn)}. It takes a few minutes, whenever suits you.`,
            },
            { link: "Open my check-ins", url: d.url },
          ],
          footer: unsubscribeFooter(
            locale,
            "You get this because your care team asked you for check-ins on Attune.",
            d.unsubscribeUrl,
          ),
        },

  listing_reconfirm: (locale, d) =>
    locale === "es"
      ? {
          subject: "¿Sigues atendiendo? Confirma tu ficha en el directorio de Attune",
          blocks: [
            { p: hello(locale, d.name) },
            {
              p: `Han pasado 90 días desde la última confirmación de «${d.listingName}». Confirma que tus datos siguen vigentes para que las familias encuentren información al día. Sin confirmar, la ficha deja de mostrarse a los 180 días.`,
            },
            { link: "Confirmar mi ficha", url: d.url },
          ],
          footer: unsubscribeFooter(
            locale,
            "Recibes esto porque tienes una ficha en el directorio de Attune.",
            d.unsubscribeUrl,
          ),
        }
      : {
          subject: "Still taking clients? Reconfirm your Attune directory listing",
          blocks: [
            { p: hello(locale, d.name) },
            {
              p: `It has been 90 days since "${d.listingName}" was last confirmed. Please confirm your details are still right, so families find current information. Unconfirmed, the listing stops showing after 180 days.`,
            },
            { link: "Reconfirm my listing", url: d.url },
          ],
          footer: unsubscribeFooter(
            locale,
            "You get this because you have a listing in the Attune directory.",
            d.unsubscribeUrl,
          ),
        },
};

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

function blockText(b: Block): string {
  if ("p" in b) return b.p;
  if ("small" in b) return b.small;
  if ("code" in b) return `    ${b.code}`;
  return `${b.link}:\n${b.url}`;
}

function blockHtml(b: Block): string {
  if ("p" in b) return `<p>${escapeHtml(b.p)}</p>`;
  if ("small" in b) return `<p style="color:#555;font-size:14px">${escapeHtml(b.small)}</p>`;
  if ("code" in b)
    return `<p style="font-size:22px;letter-spacing:3px;font-family:monospace"><strong>${escapeHtml(b.code)}</strong></p>`;
  return `<p><a href="${escapeHtml(b.url)}">${escapeHtml(b.link)}</a><br><span style="color:#555;font-size:13px;word-break:break-all">${escapeHtml(b.url)}</span></p>`;
}

export function renderMail<K extends MailKind>(kind: K, locale: Locale, data: MailData[K]): RenderedMail {
  const lang: Locale = locale === "es" ? "es" : "en";
  const m = messages[kind](lang, data);
  const all = [...m.blocks, ...(m.footer ?? [])];
  const links = all.flatMap((b) => ("url" in b ? [b.url] : []));
  const text = [
    ...m.blocks.map(blockText),
    sign(lang),
    ...(m.footer ? ["--", ...m.footer.map(blockText)] : []),
  ].join("\n\n");
  const html = [
    "<!doctype html>",
    `<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(m.subject)}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1d1d1f;max-width:560px;margin:0 auto;padding:16px">',
    ...m.blocks.map(blockHtml),
    `<p>${escapeHtml(sign(lang))}</p>`,
    ...(m.footer ? ['<hr style="border:none;border-top:1px solid #ddd">', ...m.footer.map(blockHtml)] : []),
    "</body></html>",
  ].join("\n");
  return { kind, subject: m.subject, text: `${text}\n`, html, links };
}
