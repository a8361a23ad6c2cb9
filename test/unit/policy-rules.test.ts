// The authorization rules alone: pure answers over rows as a loader would hand them, no server, no database.
import { describe, expect, it } from "vitest";
import type { Actor } from "../../src/server/policies/policy.js";
import {
  accountAbilities,
  type CaseAccess,
  can,
  type FamilyRole,
  familyAbilities,
} from "../../src/server/policies/rules.js";

const person = (id: string, more: Partial<Actor> = {}): Actor => ({
  id,
  role: "caregiver",
  isAdmin: false,
  ...more,
});
const mum = person("mum");
const dad = person("dad");
const outsider = person("stranger");
const admin = person("root", { isAdmin: true });
const moderator = person("mod", { role: "moderator" });
const clinician = person("clin", { role: "clinician" });

const role = (userId: string, permission: FamilyRole["permission"]): FamilyRole => ({
  familyId: "fam",
  userId,
  permission,
});
const family = (membership: FamilyRole | undefined) => ({ type: "family", membership }) as const;

describe("family rules", () => {
  it("lets any caregiver read, contribute and share, and only an owner manage", () => {
    const owner = family(role("mum", "owner"));
    const caregiver = family(role("dad", "caregiver"));
    for (const action of ["read", "contribute", "share"] as const) {
      expect(can(mum, action, owner)).toBe(true);
      expect(can(dad, action, caregiver)).toBe(true);
    }
    expect(can(mum, "manage", owner)).toBe(true);
    expect(can(dad, "manage", caregiver)).toBe(false);
    expect(can(dad, "removeOthers", caregiver)).toBe(false);
  });

  it("refuses someone who is not a caregiver, and a membership that is someone else's", () => {
    expect(can(outsider, "read", family(undefined))).toBe(false);
    // A loader that handed over mum's owner membership for the stranger grants the stranger nothing.
    for (const action of ["read", "contribute", "share", "manage"] as const)
      expect(can(outsider, action, family(role("mum", "owner")))).toBe(false);
  });

  it("gives an admin no way into a family they are not in", () => {
    expect(can(admin, "read", family(undefined))).toBe(false);
  });

  it("lets anyone leave, and only an owner remove somebody else", () => {
    const asDad = { type: "caregiver", membership: role("dad", "caregiver") } as const;
    expect(can(dad, "remove", { ...asDad, userId: "dad" })).toBe(true);
    expect(can(dad, "remove", { ...asDad, userId: "mum" })).toBe(false);
    const asMum = { type: "caregiver", membership: role("mum", "owner") } as const;
    expect(can(mum, "remove", { ...asMum, userId: "dad" })).toBe(true);
    expect(can(outsider, "remove", { type: "caregiver", membership: undefined, userId: "stranger" })).toBe(
      false,
    );
  });

  it("tells the client what the same rules allow", () => {
    expect(familyAbilities(mum, role("mum", "owner"))).toEqual({ manage: true, removeOthers: true });
    expect(familyAbilities(dad, role("dad", "caregiver"))).toEqual({ manage: false, removeOthers: false });
    expect(familyAbilities(outsider, undefined)).toEqual({ manage: false, removeOthers: false });
  });
});

describe("what is one person's alone", () => {
  it("keeps a screening and a thought record to their author, even from the rest of the family", () => {
    for (const type of ["screening", "thoughtRecord"] as const) {
      expect(can(mum, "read", { type, userId: "mum" })).toBe(true);
      expect(can(mum, "change", { type, userId: "mum" })).toBe(true);
      expect(can(dad, "read", { type, userId: "mum" })).toBe(false);
      expect(can(admin, "change", { type, userId: "mum" })).toBe(false);
    }
  });

  it("lets a provider manage only their own listing, and nobody an unclaimed one", () => {
    expect(can(mum, "manage", { type: "listing", ownerId: "mum" })).toBe(true);
    expect(can(dad, "manage", { type: "listing", ownerId: "mum" })).toBe(false);
    expect(can(moderator, "manage", { type: "listing", ownerId: "mum" })).toBe(false);
    expect(can(mum, "manage", { type: "listing", ownerId: null })).toBe(false);
  });
});

describe("roles", () => {
  it("lets moderators and admins moderate the directory, nobody else", () => {
    expect(can(moderator, "moderate", { type: "directory" })).toBe(true);
    expect(can(admin, "moderate", { type: "directory" })).toBe(true);
    expect(can(mum, "moderate", { type: "directory" })).toBe(false);
    expect(can(clinician, "moderate", { type: "directory" })).toBe(false);
  });

  it("lets only admins manage accounts and read the instance's trail; everyone reads their own", () => {
    expect(can(admin, "manage", { type: "accounts" })).toBe(true);
    expect(can(moderator, "manage", { type: "accounts" })).toBe(false);
    expect(can(admin, "readInstance", { type: "auditTrail" })).toBe(true);
    expect(can(moderator, "readInstance", { type: "auditTrail" })).toBe(false);
    expect(can(mum, "readOwn", { type: "auditTrail" })).toBe(true);
  });

  it("tells the client what the same rules allow across the instance", () => {
    expect(accountAbilities(admin)).toEqual({ moderateDirectory: true, manageAccounts: true });
    expect(accountAbilities(moderator)).toEqual({ moderateDirectory: true, manageAccounts: false });
    expect(accountAbilities(clinician)).toEqual({ moderateDirectory: false, manageAccounts: false });
  });

  it("gives a caseload to clinician accounts only", () => {
    expect(can(clinician, "keep", { type: "caseload" })).toBe(true);
    expect(can(mum, "keep", { type: "caseload" })).toBe(false);
    expect(can(admin, "keep", { type: "caseload" })).toBe(false);
  });
});

describe("cases", () => {
  const open: CaseAccess = { clinicianId: "clin", scopes: ["entries", "screenings"] };

  it("opens a case to its clinician only while it is open", () => {
    expect(can(clinician, "read", { type: "case", open })).toBe(true);
    expect(can(clinician, "read", { type: "case", open: undefined })).toBe(false);
    expect(can(person("other", { role: "clinician" }), "read", { type: "case", open })).toBe(false);
    expect(can(mum, "read", { type: "case", open })).toBe(false);
  });

  it("reads only the parts the family shared", () => {
    expect(can(clinician, "read", { type: "casePart", open, scope: "screenings" })).toBe(true);
    expect(can(clinician, "read", { type: "casePart", open, scope: "thought_records" })).toBe(false);
  });

  it("keeps a note to its author, in the case it was written in", () => {
    const note = { type: "caseNote", authorId: "clin", caseId: "c1" } as const;
    expect(can(clinician, "use", { ...note, openCaseId: "c1" })).toBe(true);
    expect(can(clinician, "use", { ...note, openCaseId: "c2" })).toBe(false);
    expect(can(clinician, "use", { ...note, openCaseId: undefined })).toBe(false);
    expect(can(person("colleague", { role: "clinician" }), "use", { ...note, openCaseId: "c1" })).toBe(false);
  });
});

describe("an action a subject does not have", () => {
  it("is never allowed", () => {
    // Only reachable past the types (a typo from JavaScript, a stale name): it must fail closed.
    const unknownAction = "delete" as unknown as "read";
    expect(can(mum, unknownAction, family(role("mum", "owner")))).toBe(false);
  });
});
