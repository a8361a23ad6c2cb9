import { HttpError } from "./errors.js";

/**
 * Clinicians and directory providers act in public or towards families (share invitations, a live listing),
 * so they must first show that the address they signed up with is theirs, by the link mailed at sign-up.
 */
export const emailNotVerified = (who: "you" | "provider" = "you") =>
  new HttpError(
    403,
    who === "you" ? "email_not_verified" : "provider_email_not_verified",
    who === "you"
      ? "Please verify your email address first: follow the link we mailed you when you signed up (Settings can send it again)."
      : "This listing's provider must verify their email address first, so it cannot go public yet: they follow the link mailed at sign-up (someone who applied without an account first makes one with the address they applied with).",
  );
