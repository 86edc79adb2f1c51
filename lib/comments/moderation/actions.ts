"use server";

import { defineAction } from "../../action";
import { afterInvalidating } from "../../cache-invalidation";
import { banReader, unbanReader } from "./data/bans";
import { decideComments, editComment, undoLastDecision } from "./data/decisions";
import {
  banReaderSchema,
  commentAlertsSchema,
  decideCommentsSchema,
  editCommentSchema,
  unbanReaderSchema,
  undoLastDecisionSchema,
} from "./schema";
import { setOwnCommentAlerts } from "../alerts/data/preferences";

// The moderation page's server actions. Each drops the public caches its
// change touched: a post's thread and its listing cards show approved
// comments only, so only changes into or out of APPROVED carry tags.

export const decideCommentsAction = defineAction({
  schema: decideCommentsSchema,
  permission: "comment:moderate",
  handler: async (input, viewer) => afterInvalidating(await decideComments(viewer, input)),
});

export const undoLastDecisionAction = defineAction({
  schema: undoLastDecisionSchema,
  permission: "comment:moderate",
  handler: async (_input, viewer) => afterInvalidating(await undoLastDecision(viewer)),
});

export const editCommentAction = defineAction({
  schema: editCommentSchema,
  permission: "comment:moderate",
  handler: async (input, viewer) => afterInvalidating(await editComment(viewer, input)),
});

export const banReaderAction = defineAction({
  schema: banReaderSchema,
  permission: "comment:moderate",
  handler: (input, viewer) => banReader(viewer, input),
});

export const unbanReaderAction = defineAction({
  schema: unbanReaderSchema,
  permission: "comment:moderate",
  handler: (input, viewer) => unbanReader(viewer, input),
});

export const setCommentAlertsAction = defineAction({
  schema: commentAlertsSchema,
  permission: "comment:moderate",
  handler: async ({ commentAlerts }, viewer) => ({ commentAlerts: await setOwnCommentAlerts(viewer, commentAlerts) }),
});
