// The localStorage keys that hold a person's families on this device, in one place so signing out can
// forget them all (src/web/api/account.ts) without the account module depending on the families module.

/** Where the last known families are kept for offline starts (src/web/api/families.ts). */
export const FAMILY_CACHE = ["attune.families", "attune.family"] as const;
/** Which family and baby the log shows (src/web/log/familyChoice.ts, LogContext.tsx). */
export const LOG_CHOICES = { family: "attune.familyChoice", baby: "attune.baby" } as const;
