import { describe, expect, it } from "vitest";
import { isCommonPassword } from "../../src/server/common-passwords.js";
import { ConfigError, loadConfig } from "../../src/server/config.js";
import { type MailData, type MailKind, renderMail } from "../../src/server/mail/templates.js";
import { readUnsubscribeToken, unsubscribeToken, unsubscribeUrl } from "../../src/server/mail/unsubscribe.js";

const samples: { [K in MailKind]: MailData[K] } = {
  verify_email: {
    name: "Ana",
    url: "https://attune.example.org/api/auth/verify-email?token=abc&callbackURL=%2F",
  },
  reset_password: { name: "Ana", url: "https://attune.example.org/reset-password?token=abc" },
  account_exists: {
    name: "Ana",
    signInUrl: "https://attune.example.org/sign-in",
    resetUrl: "https://attune.example.org/forgot-password",
  },
  family_invite: {
    inviterName: "Maya",
    familyName: "Maya & Alex",
    code: "ABCDE23456",
    url: "https://attune.example.org/",
    expiresOn: "2026-03-09",
  },
  checkin_reminder: {
    name: "Ana",
    babyName: "Robin",
    instrumentName: "PHQ-9",
    url: "https://attune.example.org/wellbeing",
    unsubscribeUrl: "https://attune.example.org/api/mail/unsubscribe?token=t",
  },
  checkin_request: {
    name: "Ana",
    clinicianName: "Dr Lee",
    instrumentName: "GAD-7",
    dueOn: "2026-03-02",
    url: "https://attune.example.org/wellbeing",
    unsubscribeUrl: "https://attune.example.org/api/mail/unsubscribe?token=t",
  },
  listing_reconfirm: {
    name: "Rosa",
    listingName: "Rosa Díaz, LCSW",
    url: "https://attune.example.org/directory/mine",
    unsubscribeUrl: "https://attune.example.org/api/mail/unsubscribe?token=t",
  },
};
const kinds = Object.keys(samples) as MailKind[];
const urlsOf = (d: object) => Object.entries(d).flatMap(([k, v]) => (/url$/i.test(k) ? [v as string] : []));

describe("mail templates", () => {
  it.each(kinds)("renders %s in English and Spanish, as text and HTML saying the same", (kind) => {
    const en = renderMail(kind, "en", samples[kind] as never);
    const es = renderMail(kind, "es", samples[kind] as never);
    expect(en.subject).not.toBe(es.subject);
    expect(en.html).toContain('<html lang="en">');
    expect(es.html).toContain('<html lang="es">');
    for (const m of [en, es]) {
      expect(m.kind).toBe(kind);
      // Every link given is in the mail exactly as given, in both parts, and nothing else is linked.
      expect(m.links.sort()).toEqual(urlsOf(samples[kind]).sort());
      for (const url of m.links) {
        expect(m.text).toContain(url);
        expect(m.html).toContain(`href="${url.replace(/&/g, "&amp;")}"`);
      }
      const hrefs = [...m.html.matchAll(/href="([^"]+)"/g)].map((x) => x[1]?.replace(/&amp;/g, "&"));
      expect(hrefs.sort()).toEqual(m.links.sort());
    }
  });

  it("has no tracking: no images, pixels, remote styles or tagged links", () => {
    for (const kind of kinds)
      for (const locale of ["en", "es"] as const) {
        const m = renderMail(kind, locale, samples[kind] as never);
        expect(m.html).not.toMatch(/<img|<link|<script|url\(|@import|background=/i);
        expect(m.text + m.html).not.toMatch(/utm_|[?&](ref|mc_eid|trk)=/i);
      }
  });

  it("greets in the person's language and dates in it", () => {
    expect(renderMail("reset_password", "es", samples.reset_password).text).toMatch(/^Hola, Ana:/);
    expect(renderMail("reset_password", "en", samples.reset_password).text).toMatch(/^Hello Ana,/);
    expect(renderMail("family_invite", "es", samples.family_invite).text).toContain("9 de marzo de 2026");
    expect(renderMail("family_invite", "en", samples.family_invite).text).toContain("9 March 2026");
    expect(renderMail("family_invite", "en", samples.family_invite).text).toContain("ABCDE23456");
  });

  it("escapes what people typed in the HTML part", () => {
    const m = renderMail("family_invite", "en", {
      ...samples.family_invite,
      familyName: "<script>alert(1)</script>",
    });
    expect(m.html).not.toContain("<script>");
    expect(m.html).toContain("&lt;script&gt;");
  });

  it("says a reset link works once, for an hour", () => {
    expect(renderMail("reset_password", "en", samples.reset_password).text).toMatch(/works once, for 1 hour/);
    expect(renderMail("reset_password", "es", samples.reset_password).text).toMatch(
      /una sola vez y durante 1 hora/,
    );
  });
});

describe("unsubscribe tokens", () => {
  const secret = "s".repeat(40);
  it("name the person and the reminder, and only the server's secret makes them", () => {
    const token = unsubscribeToken(secret, "user-1", "checkin_requests");
    expect(readUnsubscribeToken(secret, token)).toEqual({ userId: "user-1", kind: "checkin_requests" });
    expect(readUnsubscribeToken("t".repeat(40), token)).toBeNull();
    expect(
      readUnsubscribeToken(secret, `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`),
    ).toBeNull();
    const [, sig] = token.split(".");
    const other = `${Buffer.from("user-2.checkin_requests").toString("base64url")}.${sig}`;
    expect(readUnsubscribeToken(secret, other)).toBeNull();
    expect(readUnsubscribeToken(secret, "nonsense")).toBeNull();
    expect(unsubscribeUrl("https://a.example", secret, "u", "listing_reconfirm")).toMatch(
      /^https:\/\/a\.example\/api\/mail\/unsubscribe\?token=/,
    );
  });
});

describe("common passwords", () => {
  it("refuses the list's passwords, however they are capitalised or spaced", () => {
    for (const p of ["password123", "qwertyuiop", "1q2w3e4r5t", "Password123", "qwerty uiop"])
      expect(isCommonPassword(p), p).toBe(true);
    for (const p of ["correct horse battery 9", "a brand new kettle 42 song", "a brand new passphrase 7"])
      expect(isCommonPassword(p), p).toBe(false);
  });
});

describe("mail configuration", () => {
  it("is off without SMTP_URL", () => {
    expect(loadConfig({}).mail).toBeNull();
  });
  it("takes smtp:// and smtps:// with a host, and needs MAIL_FROM with it", () => {
    expect(
      loadConfig({ SMTP_URL: "smtp://u:p@mail.example:587", MAIL_FROM: "attune@example.org" }).mail,
    ).toEqual({
      url: "smtp://u:p@mail.example:587",
      from: "attune@example.org",
    });
    expect(
      loadConfig({ SMTP_URL: "smtps://mail.example", MAIL_FROM: "Attune <attune@example.org>" }).mail?.from,
    ).toBe("Attune <attune@example.org>");
    expect(() => loadConfig({ SMTP_URL: "smtp://mail.example" })).toThrow(/MAIL_FROM must be set/);
  });
  it("refuses another scheme or no host, without echoing the password", () => {
    for (const bad of ["http://mail.example", "smtp://", "mail.example:25", "smtp:///nohost"]) {
      try {
        loadConfig({ SMTP_URL: bad, MAIL_FROM: "a@b.example" });
        expect.unreachable(bad);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).problems.join()).toMatch(/SMTP_URL must be smtp:\/\//);
      }
    }
    try {
      loadConfig({ SMTP_URL: "ftp://user:hunter2secret@x", MAIL_FROM: "a@b.example" });
    } catch (error) {
      expect((error as ConfigError).problems.join()).not.toContain("hunter2secret");
    }
  });
  it("refuses a MAIL_FROM that is not an address", () => {
    expect(() => loadConfig({ MAIL_FROM: "Attune" })).toThrow(/MAIL_FROM must be an address/);
  });
});
