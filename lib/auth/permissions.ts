import { Forbidden, Unauthenticated } from "../errors";
import { ownsContributor } from "../contributors/ownership";
import { ownsPost } from "../posts/ownership";

// Who may do what: the role matrix as data, and one pure function that every
// server action, route handler and mutation asks before touching data.

export type Role = "ADMIN" | "EDITOR" | "AUTHOR" | "MODERATOR" | "READER";

export interface Viewer {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** The contributor profile linked to this account, if any. */
  contributorId: string | null;
  /** Banned from commenting by a moderator. */
  banned: boolean;
  /**
   * The site requires two-factor sign-in for this role and the account has
   * none yet: until it enrols, it may do nothing but set it up.
   */
  mustEnrolTwoFactor?: boolean;
  /**
   * Set when the request came with an Admin API token rather than a session:
   * the account is the admin who made the token, `role` is the token's.
   * Audit entries name it (lib/audit/data/record.ts, actorOf).
   */
  apiToken?: { id: string; name: string };
}

/** A post as far as permissions care: who created it and where it is in the workflow. */
export interface PostSubject {
  createdById: string | null;
  status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";
  /** Contributor ids on its byline; an author may work on posts they are credited on. */
  contributorIds?: readonly string[];
}

export interface Subjects {
  post: PostSubject;
  contributor: { id: string; userId: string | null };
  media: { uploadedById: string | null };
  /** authorId is null for an imported comment, whose writer has no account here. */
  comment: { authorId: string | null; status: "PENDING" | "APPROVED" | "REJECTED" | "SPAM" };
}

const EVERYONE: readonly Role[] = ["ADMIN", "EDITOR", "AUTHOR", "MODERATOR", "READER"];
const STAFF: readonly Role[] = ["ADMIN", "EDITOR", "AUTHOR", "MODERATOR"];
const WRITERS: readonly Role[] = ["ADMIN", "EDITOR", "AUTHOR"];
const EDITORS: readonly Role[] = ["ADMIN", "EDITOR"];
const ADMINS: readonly Role[] = ["ADMIN"];
const MODERATORS: readonly Role[] = ["ADMIN", "MODERATOR"];

const ownsMedia = (viewer: Viewer, media: Subjects["media"]) => media.uploadedById === viewer.id;

const ownDraft = (viewer: Viewer, post: PostSubject) => ownsPost(viewer, post) && post.status === "DRAFT";

type Rule<S> = {
  roles: readonly Role[];
  /** A condition on the viewer alone (not banned): it applies with or without a record. */
  requires?: (viewer: Viewer) => boolean;
  /** A condition on the record acted on: such a rule cannot be asked without one. */
  when?: (viewer: Viewer, subject: S) => boolean;
  /** Roles the `when` condition does not apply to (default: ADMIN and EDITOR act on any subject). */
  anySubject?: readonly Role[];
};

const notBanned = (viewer: Viewer) => !viewer.banned;
const ownComment = (viewer: Viewer, comment: Subjects["comment"]) => comment.authorId === viewer.id;

/**
 * The matrix. `roles` may attempt the action at all, if the viewer meets
 * `requires`; `when` narrows it for a concrete subject, except for the
 * `anySubject` roles (ADMIN and EDITOR unless the rule says otherwise), who
 * may act on any subject.
 */
const rules = {
  "admin:access": { roles: STAFF },
  "post:create": { roles: WRITERS },
  "post:read": { roles: WRITERS, when: ownsPost },
  "post:update": { roles: WRITERS, when: ownDraft },
  "post:delete": { roles: WRITERS, when: ownDraft },
  "post:submit": { roles: WRITERS, when: ownDraft },
  "post:review": { roles: EDITORS },
  "post:publish": { roles: EDITORS },
  "post:schedule": { roles: EDITORS },
  "post:unpublish": { roles: EDITORS },
  "post:archive": { roles: EDITORS },
  "post:preview-link": { roles: WRITERS, when: ownsPost },
  // Editorial notes: the post's own writers in any status (a post in review is where notes matter most), editors on any.
  "post:note": { roles: WRITERS, when: ownsPost },
  "taxonomy:manage": { roles: EDITORS },
  "contributor:create": { roles: WRITERS },
  "contributor:manage": { roles: EDITORS },
  "contributor:update": { roles: WRITERS, when: ownsContributor },
  "media:upload": { roles: WRITERS },
  "media:read": { roles: WRITERS },
  "media:update": { roles: WRITERS, when: ownsMedia },
  "media:delete": { roles: WRITERS, when: ownsMedia },
  "comment:moderate": { roles: MODERATORS },
  // Readers' own comments: nobody edits someone else's words through these, admins included.
  "comment:create": { roles: EVERYONE, requires: notBanned },
  "comment:edit-own": {
    roles: EVERYONE,
    when: (viewer: Viewer, c: Subjects["comment"]) => ownComment(viewer, c) && c.status === "PENDING" && !viewer.banned,
    anySubject: [],
  },
  "comment:delete-own": { roles: EVERYONE, when: ownComment, anySubject: [] },
  "comment:report": { roles: EVERYONE, requires: notBanned },
  "user:manage": { roles: ADMINS },
  "settings:update": { roles: ADMINS },
  // The header navigation and footer links (/admin/menus).
  "menu:update": { roles: ADMINS },
  "audit:read": { roles: ADMINS },
  // Keys for the read-only Content API (/admin/api-keys): who may let another site read the published content.
  "content-api:manage": { roles: ADMINS },
  // Tokens for the Admin API (/api/admin/v1): each one writes posts and uploads media as the admin who made it.
  "admin-api:manage": { roles: ADMINS },
  // Webhooks (/admin/webhooks): which outside services hear of publications and approved comments (issue 15).
  "webhooks:manage": { roles: ADMINS },
  // The whole site as a zip: every draft, every account's address (issue 15).
  "site:export": { roles: ADMINS },
  // Bringing a whole site in from another system (issue 15: /admin/import, npm run import:wordpress).
  "site:import": { roles: ADMINS },
  // One's own two-factor sign-in (issue 13).
  "account:security": { roles: STAFF },
} satisfies Record<string, Rule<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each rule has its own subject type

export type Action = keyof typeof rules;

// Every action on a kind of record takes that record as its subject, whether or
// not its rule looks at it, so callers can always pass what they act on.
type SubjectOf<A extends Action> = A extends `post:${string}`
  ? PostSubject
  : A extends `media:${string}`
    ? Subjects["media"]
    : A extends "contributor:update" | "contributor:manage"
      ? Subjects["contributor"]
      : A extends `comment:${string}`
        ? Subjects["comment"]
        : never;

export const ACTIONS = Object.keys(rules) as Action[];

/** All an account may do while the site waits for it to set up two-factor sign-in. */
const ENROLMENT_ACTIONS: readonly Action[] = ["account:security"];

type Rules = typeof rules;

/** Actions whose rule looks at the record: asking them without one does not compile. */
export type RecordAction = { [A in Action]: Rules[A] extends { when: unknown } ? A : never }[Action];

// Not distributive on purpose: a union of actions needs a subject as soon as
// one of them does, so a variable of type Action cannot slip past.
type SubjectArgs<A extends Action> = [A] extends [Exclude<Action, RecordAction>]
  ? [subject?: SubjectOf<A>]
  : [subject: SubjectOf<A>];

const ruleOf = (action: Action) => rules[action] as Rule<unknown>;

/**
 * Whether this viewer's role may attempt the action at all, before any record
 * is known: for navigation, page gating and the action builder's first check.
 * The data layer then asks `can`/`authorize` with the record.
 */
export function mayAttempt(viewer: Viewer | null, action: Action): boolean {
  if (!viewer) return false;
  if (viewer.mustEnrolTwoFactor && !ENROLMENT_ACTIONS.includes(action)) return false;
  const rule = ruleOf(action);
  return rule.roles.includes(viewer.role) && (rule.requires?.(viewer) ?? true);
}

export const ENROL_FIRST = "Set up two-factor sign-in first: the site requires it for your role.";

const refusal = (viewer: Viewer) =>
  viewer.mustEnrolTwoFactor ? ENROL_FIRST : "You do not have permission to do that.";

/** Throws Unauthenticated (no viewer) or Forbidden unless `mayAttempt` allows it; returns the viewer. */
export function authorizeAttempt(viewer: Viewer | null, action: Action): Viewer {
  if (!viewer) throw new Unauthenticated("Please sign in to continue.");
  if (!mayAttempt(viewer, action)) throw new Forbidden(refusal(viewer));
  return viewer;
}

/** Whether the viewer may do this to every record of its kind, whatever the record (an editor reading any post). */
export function mayActOnAny(viewer: Viewer | null, action: Action): boolean {
  if (!viewer || !mayAttempt(viewer, action)) return false;
  const rule = ruleOf(action);
  return !rule.when || (rule.anySubject ?? EDITORS).includes(viewer.role);
}

/** The roles that may attempt an action: whom to ask ("who reviews", "who moderates"). */
export function rolesAllowed(action: Action): readonly Role[] {
  return ruleOf(action).roles;
}

/**
 * Whether the viewer may do this. Rules that look at the record (ownership,
 * workflow) take it as a required argument; the others accept it and ignore it.
 */
export function can<A extends Action>(viewer: Viewer | null, action: A, ...[subject]: SubjectArgs<A>): boolean {
  if (!mayAttempt(viewer, action)) return false;
  const rule = ruleOf(action);
  if (!rule.when || (rule.anySubject ?? EDITORS).includes(viewer!.role)) return true;
  // Only a cast reaches here without the record; refuse rather than guess.
  return subject !== undefined && rule.when(viewer!, subject);
}

/** Throws Unauthenticated (no viewer) or Forbidden unless `can` allows it; returns the viewer for chaining. */
export function authorize<A extends Action>(viewer: Viewer | null, action: A, ...subject: SubjectArgs<A>): Viewer {
  if (!viewer) throw new Unauthenticated("Please sign in to continue.");
  if (!can(viewer, action, ...subject)) throw new Forbidden(refusal(viewer));
  return viewer;
}
