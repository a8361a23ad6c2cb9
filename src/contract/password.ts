// How long a new password must be. better-auth enforces it on the server, and the web forms say it in their
// hint, set it as the input's minLength and check it before a round trip: one number, so they cannot disagree.
// Constants only, no zod: the sign-in and sign-up forms ship with the first screen, which must stay light.

export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase, short enough that hashing one is not a way to tie up the server. */
export const PASSWORD_MAX_LENGTH = 200;
