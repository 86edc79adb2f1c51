import "server-only";
import { authorize, type Viewer } from "../../../auth/permissions";
import { db } from "../../../db";
import type { CommentAlertsPreference } from "../../moderation/schema";

// A moderator's own choice of how to hear about pending comments; nobody
// sets it for someone else, so it is keyed on the viewer alone.

export async function setOwnCommentAlerts(
  viewer: Viewer,
  commentAlerts: CommentAlertsPreference,
): Promise<CommentAlertsPreference> {
  authorize(viewer, "comment:moderate");
  const user = await db.user.update({
    where: { id: viewer.id },
    data: { commentAlerts },
    select: { commentAlerts: true },
  });
  return user.commentAlerts;
}
