"use server";

import { headers } from "next/headers";
import { defineAction } from "../../action";
import { afterInvalidating } from "../../cache-invalidation";
import { env } from "../../env";
import { createComment, editOwnComment, type RequestOrigin, setDisplayName } from "./data/mutations";
import { reportComment } from "./data/report";
import { deleteOwnComment } from "./data/delete-own";
import {
  commentCreateSchema,
  commentDeleteSchema,
  commentEditSchema,
  commentReportSchema,
  displayNameSchema,
} from "./schema";
import { clientAddress } from "../../http/client-address";
import { afterResponse } from "../../http/after-response";
import { log } from "../../log";
import { notifyModeratorsOfPendingComment } from "../alerts/data/notify";

// Readers' comment actions. The builder checks the role-level permission; the
// mutations check the concrete comment and post.

async function requestOrigin(): Promise<RequestOrigin> {
  return { address: clientAddress(await headers(), env().TRUST_PROXY === "true") };
}

export const createCommentAction = defineAction({
  schema: commentCreateSchema,
  permission: "comment:create",
  handler: async (input, viewer) => {
    const { alertModerators, ...written } = await createComment(viewer, input, await requestOrigin());
    const created = await afterInvalidating(written);
    if (alertModerators) {
      // The comment is stored whatever happens to the alert, and the reader's answer does not wait for the mail.
      await afterResponse(() =>
        notifyModeratorsOfPendingComment(created.comment.id).catch((error: unknown) =>
          log.error({ err: error }, "Moderator alert failed."),
        ),
      );
    }
    return created;
  },
});

export const editOwnCommentAction = defineAction({
  schema: commentEditSchema,
  permission: "comment:edit-own",
  handler: async (input, viewer) =>
    (await afterInvalidating(await editOwnComment(viewer, input, await requestOrigin()))).comment,
});

export const deleteOwnCommentAction = defineAction({
  schema: commentDeleteSchema,
  permission: "comment:delete-own",
  handler: async (input, viewer) => afterInvalidating(await deleteOwnComment(viewer, input)),
});

export const reportCommentAction = defineAction({
  schema: commentReportSchema,
  permission: "comment:report",
  handler: (input, viewer) => reportComment(viewer, input),
});

export const setDisplayNameAction = defineAction({
  schema: displayNameSchema,
  permission: "comment:create",
  handler: async (input, viewer) => afterInvalidating(await setDisplayName(viewer, input)),
});
