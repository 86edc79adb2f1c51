import "server-only";
import { actorOf, recordAudit } from "../../audit/data/record";
import { authorize, type Viewer } from "../../auth/permissions";
import type { Written } from "../../cache-tags";
import { db } from "../../db";
import { ValidationError } from "../../errors";
import { FUTURE_REFUSAL, isInFuture } from "../backdate";
import { requireReadable } from "./access";
import { tagsTouchedByPost } from "./touched-tags";
import { refuseStale, type TransitionResult } from "./transitions";

// Backdating: an editor gives a published post an earlier publication date
// (a piece moved from another site, a correction reissued). The post moves
// to its place by that date in every listing, feed and the sitemap. Only
// publishedAt changes: contentUpdatedAt still records real edits after
// publication, so the article's "Updated" line never comes from this date.

export async function backdatePost(
  viewer: Viewer,
  input: { postId: string; version: number; publishedAt: Date },
): Promise<Written<TransitionResult>> {
  authorize(viewer, "post:publish");
  const subject = await requireReadable(viewer, input.postId);
  authorize(viewer, "post:publish", subject);
  if (subject.status !== "PUBLISHED" || subject.publishedAt === null) {
    const message = "Only a published post can be given an earlier publication date.";
    throw new ValidationError(message, { _form: [message] });
  }
  if (isInFuture(input.publishedAt)) throw new ValidationError(FUTURE_REFUSAL, { publishedAt: [FUTURE_REFUSAL] });
  if (input.version !== subject.version) return refuseStale(viewer, input.postId);

  const written = await db.$transaction(async (tx) => {
    const { count } = await tx.post.updateMany({
      where: { id: subject.id, version: subject.version, status: "PUBLISHED" },
      data: { publishedAt: input.publishedAt, version: { increment: 1 } },
    });
    if (count === 0) return null;
    await recordAudit(tx, {
      ...actorOf(viewer),
      action: "post.backdate",
      subjectType: "post",
      subjectId: subject.id,
      data: {
        title: subject.title,
        publishedAt: [subject.publishedAt!.toISOString(), input.publishedAt.toISOString()],
      },
    });
    return tx.post.findUniqueOrThrow({ where: { id: subject.id }, select: { version: true, status: true } });
  });
  if (!written) return refuseStale(viewer, input.postId);
  return { result: written, tags: await tagsTouchedByPost(subject.id) };
}
