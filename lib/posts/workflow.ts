import { type Action, authorize, can, type PostSubject, type Viewer } from "../auth/permissions";
import { Forbidden, ValidationError } from "../errors";

// The post workflow as data: every status change names where it may start,
// where it ends, and the permission it needs. Nothing else changes a post's
// status, so an invalid move is refused here whatever the caller.

export type PostStatus = PostSubject["status"];

export type Transition =
  "submit" | "return" | "publish" | "schedule" | "unschedule" | "due" | "unpublish" | "archive" | "restore";

interface TransitionRule {
  from: readonly PostStatus[];
  to: PostStatus;
  /** Null only for the scheduler, which acts for the editor who scheduled the post. */
  permission: Action | null;
  /** What the refusal says when the post is in any other status. */
  refusal: string;
}

export const TRANSITIONS = {
  submit: {
    from: ["DRAFT"],
    to: "IN_REVIEW",
    permission: "post:submit",
    refusal: "Only a draft can be submitted for review.",
  },
  return: {
    from: ["IN_REVIEW"],
    to: "DRAFT",
    permission: "post:review",
    refusal: "Only a post in review can be returned to its writer.",
  },
  publish: {
    from: ["DRAFT", "IN_REVIEW"],
    to: "PUBLISHED",
    permission: "post:publish",
    refusal: "Only a draft or a post in review can be published.",
  },
  schedule: {
    from: ["DRAFT", "IN_REVIEW"],
    to: "SCHEDULED",
    permission: "post:schedule",
    refusal: "Only a draft or a post in review can be scheduled.",
  },
  unschedule: {
    from: ["SCHEDULED"],
    to: "DRAFT",
    permission: "post:schedule",
    refusal: "Only a scheduled post can be unscheduled.",
  },
  due: {
    from: ["SCHEDULED"],
    to: "PUBLISHED",
    permission: null,
    refusal: "Only a scheduled post can be published on schedule.",
  },
  unpublish: {
    from: ["PUBLISHED"],
    to: "DRAFT",
    permission: "post:unpublish",
    refusal: "Only a published post can be unpublished.",
  },
  archive: {
    from: ["PUBLISHED"],
    to: "ARCHIVED",
    permission: "post:archive",
    refusal: "Only a published post can be archived.",
  },
  restore: {
    from: ["ARCHIVED"],
    to: "DRAFT",
    permission: "post:archive",
    refusal: "Only an archived post can be restored.",
  },
} as const satisfies Record<Transition, TransitionRule>;

/** Where the transition leads from this status, or null when it may not start there. */
export function nextStatus(transition: Transition, from: PostStatus): PostStatus | null {
  const rule: TransitionRule = TRANSITIONS[transition];
  return rule.from.includes(from) ? rule.to : null;
}

/** Whether this viewer may make this move on this post now (status and permission). */
export function canTransition(viewer: Viewer | null, transition: Transition, post: PostSubject): boolean {
  const rule: TransitionRule = TRANSITIONS[transition];
  if (nextStatus(transition, post.status) === null) return false;
  return rule.permission === null ? false : can(viewer, rule.permission, post);
}

/**
 * The status the post moves to. Throws ValidationError when the post's status
 * does not allow the move, then Forbidden/Unauthenticated when the viewer may
 * not make it. Pass a null viewer only for the scheduler's "due" move.
 */
export function assertTransition(viewer: Viewer | null, transition: Transition, post: PostSubject): PostStatus {
  const rule: TransitionRule = TRANSITIONS[transition];
  const to = nextStatus(transition, post.status);
  if (to === null) throw new ValidationError(rule.refusal, { _form: [rule.refusal] });
  if (rule.permission !== null) authorize(viewer, rule.permission, post);
  else if (viewer !== null) throw new Forbidden("Only the scheduler publishes a post when it falls due.");
  return to;
}
