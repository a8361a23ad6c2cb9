import type { ConsentScope } from "../../domain/consent.js";
import type { Permission } from "../../domain/family.js";
import type { Actor } from "./policy.js";

/**
 * Who may do what, as pure rules over rows a loader has already read: no database, no request, no throwing.
 * A policy (one file per resource) loads what the request names and asks `can`; it then chooses the answer
 * a refusal gets (404 where even existence is private, 403 where the thing is the actor's to know about).
 * The same rules say what the client may offer (`familyAbilities`), so the web never re-derives a role.
 */

/** The actor's place in a family, when they have one: `undefined` means they are not one of its caregivers. */
export interface FamilyRole {
  familyId: string;
  userId: string;
  permission: Permission;
}

/** The parts of an open case the rules look at; `undefined` when the case is not open to anyone asking. */
export interface CaseAccess {
  clinicianId: string;
  scopes: readonly ConsentScope[];
}

export type Subject =
  | { type: "family"; membership: FamilyRole | undefined }
  /** One caregiver of a family (userId), as seen by the actor through their own membership of it. */
  | { type: "caregiver"; membership: FamilyRole | undefined; userId: string }
  | { type: "screening"; userId: string }
  | { type: "thoughtRecord"; userId: string }
  | { type: "listing"; ownerId: string | null }
  | { type: "directory" }
  | { type: "accounts" }
  | { type: "caseload" }
  | { type: "case"; open: CaseAccess | undefined }
  | { type: "casePart"; open: CaseAccess | undefined; scope: ConsentScope }
  /** A clinician's note, found in the case openCaseId (the open case the request is in, if any). */
  | { type: "caseNote"; authorId: string; caseId: string; openCaseId: string | undefined }
  /** A coding session, found in the case openCaseId (the open case the request is in). */
  | { type: "codingSession"; caseId: string; openCaseId: string }
  /** A clinician's own coding scheme. */
  | { type: "codingScheme"; ownerId: string }
  | { type: "auditTrail" };

type SubjectOf<T extends Subject["type"]> = Extract<Subject, { type: T }>;
type Rule<T extends Subject["type"]> = (actor: Actor, subject: SubjectOf<T>) => boolean;

const isCaregiver = (actor: Actor, { membership }: { membership: FamilyRole | undefined }) =>
  membership !== undefined && membership.userId === actor.id;
const isOwner = (actor: Actor, subject: { membership: FamilyRole | undefined }) =>
  isCaregiver(actor, subject) && subject.membership?.permission === "owner";
const isAuthor = (actor: Actor, { userId }: { userId: string }) => userId === actor.id;
const isModerator = (actor: Actor) => actor.role === "moderator" || actor.isAdmin;
const isCaseClinician = (actor: Actor, { open }: { open: CaseAccess | undefined }) =>
  open !== undefined && open.clinicianId === actor.id;

const rules = {
  family: {
    /** See the family, its babies, their log, what the care team sent, and the family's shares. */
    read: isCaregiver,
    /** Add a baby, log care, keep a thought record with it, check in about one of its babies. */
    contribute: isCaregiver,
    /** Share the family with a clinician, change or end a share. */
    share: isCaregiver,
    /** Settings, kinds of care, invites, export, handing over ownership, deleting the family. */
    manage: isOwner,
    /** Removing a caregiver other than oneself. */
    removeOthers: isOwner,
  },
  caregiver: {
    /** Anyone may leave a family they are in; only an owner removes somebody else. */
    remove: (actor, subject) =>
      subject.userId === actor.id ? isCaregiver(actor, subject) : isOwner(actor, subject),
  },
  screening: { read: isAuthor, change: isAuthor },
  thoughtRecord: { read: isAuthor, change: isAuthor },
  listing: { manage: (actor, { ownerId }) => ownerId !== null && ownerId === actor.id },
  directory: { moderate: isModerator },
  accounts: { manage: (actor) => actor.isAdmin },
  caseload: { keep: (actor) => actor.role === "clinician" },
  case: { read: isCaseClinician },
  casePart: {
    read: (actor, subject) =>
      isCaseClinician(actor, subject) && subject.open?.scopes.includes(subject.scope) === true,
  },
  /** A note is its author's alone, and only within the case it was written in. */
  caseNote: { use: (actor, note) => note.caseId === note.openCaseId && note.authorId === actor.id },
  /** A coding session is the case's: its clinician codes it, only within that case. */
  codingSession: { use: (_actor, session) => session.caseId === session.openCaseId },
  /** A scheme is its owner's alone (the default one is everyone's to read and copy). */
  codingScheme: { use: (actor, { ownerId }) => ownerId === actor.id },
  auditTrail: {
    /** Everyone reads what was done by them or to their account. */
    readOwn: () => true,
    /** The instance's security events (the allow-list in policies/audit.ts) are the admins'. */
    readInstance: (actor) => actor.isAdmin,
  },
} satisfies { [T in Subject["type"]]: Record<string, Rule<T>> };

export type Action<T extends Subject["type"]> = keyof (typeof rules)[T] & string;

/** Whether the actor may do the action to the subject; an action the subject does not have is never allowed. */
export function can<S extends Subject>(actor: Actor, action: Action<S["type"]>, subject: S): boolean {
  // The table is typed per subject above; indexing it by a subject's type loses that pairing, not its safety.
  const byAction = rules[subject.type] as Record<string, ((actor: Actor, subject: S) => boolean) | undefined>;
  const rule = byAction[action];
  return rule?.(actor, subject) ?? false;
}

/** What the client may offer the actor across the instance: the same rules as the moderation and admin routes. */
export function accountAbilities(actor: Actor) {
  return {
    moderateDirectory: can(actor, "moderate", { type: "directory" }),
    manageAccounts: can(actor, "manage", { type: "accounts" }),
  };
}

/** What the client may offer the actor in a family: the same rules as the routes, sent with the family. */
export function familyAbilities(actor: Actor, membership: FamilyRole | undefined) {
  const family = { type: "family", membership } as const;
  return {
    manage: can(actor, "manage", family),
    removeOthers: can(actor, "removeOthers", family),
  };
}
