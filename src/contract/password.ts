// How long a new password must be. better-auth enforces it on the server, and the web forms say it in their
// hint, set it as the input's minLength and check it before a round trip: one number, so they cannot disagree.
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase, short enough that hashing one is not a way to tie up the server. */
export const PASSWORD_MAX_LENGTH = 200;

/** A password someone is choosing (sign-up, change, reset); the common-password list is checked apart. */
export const newPasswordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);
