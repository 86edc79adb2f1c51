import { Forbidden, Unauthenticated } from "../errors";

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
  comment: { authorId: string; status: "PENDING" | "APPROVED" | "REJECTED" | "SPAM" };
}

const EVERYONE: readonly Role[] = ["ADMIN", "EDITOR", "AUTHOR", "MODERATOR", "READER"];
const STAFF: readonly Role[] = ["ADMIN", "EDITOR", "AUTHOR", "MODERATOR"];
const WRITERS: readonly Role[] = ["ADMIN", "EDITOR", "AUTHOR"];
const EDITORS: readonly Role[] = ["ADMIN", "EDITOR"];
const ADMINS: readonly Role[] = ["ADMIN"];
const MODERATORS: readonly Role[] = ["ADMIN", "MODERATOR"];

function ownsPost(viewer: Viewer, post: PostSubject): boolean {
  return post.createdById === viewer.id
    || (viewer.contributorId !== null && (post.contributorIds ?? []).includes(viewer.contributorId));
}

const ownsMedia = (viewer: Viewer, media: Subjects["media"]) => media.uploadedById === viewer.id;

const ownDraft = (viewer: Viewer, post: PostSubject) => ownsPost(viewer, post) && post.status === "DRAFT";

type Rule<S> = {
  roles: readonly Role[];
  when?: (viewer: Viewer, subject: S) => boolean;
  /** Roles the `when` condition does not apply to (default: ADMIN and EDITOR act on any subject). */
  anySubject?: readonly Role[];
};

const notBanned = (viewer: Viewer) => !viewer.banned;
const ownComment = (viewer: Viewer, comment: Subjects["comment"]) => comment.authorId === viewer.id;

/**
 * The matrix. `roles` may attempt the action at all; `when` narrows it for a
 * concrete subject, except for the `anySubject` roles (ADMIN and EDITOR unless
 * the rule says otherwise), who may act on any subject.
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
  "taxonomy:manage": { roles: EDITORS },
  "contributor:create": { roles: WRITERS },
  "contributor:manage": { roles: EDITORS },
  "contributor:update": { roles: WRITERS, when: (viewer: Viewer, c: Subjects["contributor"]) => c.userId === viewer.id },
  "media:upload": { roles: WRITERS },
  "media:read": { roles: WRITERS },
  "media:update": { roles: WRITERS, when: ownsMedia },
  "media:delete": { roles: WRITERS, when: ownsMedia },
  "comment:moderate": { roles: MODERATORS },
  // Readers' own comments: nobody edits someone else's words through these, admins included.
  "comment:create": { roles: EVERYONE, when: notBanned, anySubject: [] },
  "comment:edit-own": { roles: EVERYONE, when: (viewer: Viewer, c: Subjects["comment"]) => ownComment(viewer, c) && c.status === "PENDING" && !viewer.banned, anySubject: [] },
  "comment:delete-own": { roles: EVERYONE, when: ownComment, anySubject: [] },
  "comment:report": { roles: EVERYONE, when: notBanned, anySubject: [] },
  "user:manage": { roles: ADMINS },
  "settings:update": { roles: ADMINS },
  "audit:read": { roles: ADMINS },
} satisfies Record<string, Rule<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each rule has its own subject type

export type Action = keyof typeof rules;

// Every action on a kind of record takes that record as its subject, whether or
// not its rule looks at it, so callers can always pass what they act on.
type SubjectOf<A extends Action> =
  A extends `post:${string}` ? PostSubject
  : A extends `media:${string}` ? Subjects["media"]
  : A extends "contributor:update" | "contributor:manage" ? Subjects["contributor"]
  : A extends `comment:${string}` ? Subjects["comment"]
  : never;

export const ACTIONS = Object.keys(rules) as Action[];

/**
 * Whether the viewer may do this. Without a subject it answers "may this role
 * ever do it" (for gating an action or a page); with one, it also applies the
 * ownership and workflow conditions. Callers that act on a record must pass it.
 */
export function can<A extends Action>(viewer: Viewer | null, action: A, subject?: SubjectOf<A>): boolean {
  if (!viewer) return false;
  const rule = rules[action] as Rule<unknown>;
  if (!rule.roles.includes(viewer.role)) return false;
  if ((rule.anySubject ?? EDITORS).includes(viewer.role)) return true;
  if (!rule.when) return true;
  // notBanned-style rules look only at the viewer, so they apply with or without a subject.
  if (subject === undefined) return rule.when.length < 2 ? rule.when(viewer, undefined) : true;
  return rule.when(viewer, subject);
}

/** Throws Unauthenticated (no viewer) or Forbidden unless `can` allows it; returns the viewer for chaining. */
export function authorize<A extends Action>(viewer: Viewer | null, action: A, subject?: SubjectOf<A>): Viewer {
  if (!viewer) throw new Unauthenticated("Please sign in to continue.");
  if (!can(viewer, action, subject)) throw new Forbidden("You do not have permission to do that.");
  return viewer;
}
