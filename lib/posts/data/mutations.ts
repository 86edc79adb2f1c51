import "server-only";
import { actorOf, recordAudit } from "../../audit/data/record";
import { authorize, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import { NotFound } from "../../errors";
import { NOT_FOUND_MESSAGE, requireReadable } from "./access";
import type { PostTypeName } from "../dto";
import type { PostKindName } from "../kind-fields";
import { UNTITLED } from "../editor-schema";
import type { Written } from "../../cache-tags";
import { placeholderSlug } from "./slug-availability";
import { tagsTouchedByPost } from "./touched-tags";
import { emitWebhookEvent } from "../../webhooks/data/emit";
import { unpublishedPostData } from "../../webhooks/data/event-data";

// Creating and deleting posts. Saving fields lives in save.ts, status
// changes in transitions.ts, revisions in revisions.ts.

/** A new, empty draft credited to the viewer's own contributor profile when they have one. */
export async function createPost(
  viewer: Viewer,
  input: { type?: PostTypeName; kind?: PostKindName },
): Promise<{ id: string }> {
  authorize(viewer, "post:create");
  const kind = input.kind ?? "ARTICLE";
  return db.$transaction(async (tx) => {
    // A standalone page speaks for the site: no byline.
    const writer =
      kind === "ARTICLE" && viewer.contributorId
        ? await tx.contributor.findUnique({
            where: { id: viewer.contributorId },
            select: { id: true, jobTitle: true, organisation: true },
          })
        : null;
    const post = await tx.post.create({
      data: {
        title: UNTITLED,
        slug: placeholderSlug(),
        kind,
        type: input.type ?? "BLOG",
        status: "DRAFT",
        ...(kind === "PAGE" ? { commentsEnabled: false } : {}),
        createdById: viewer.id,
        ...(writer
          ? {
              bylines: {
                create: {
                  contributorId: writer.id,
                  position: 0,
                  jobTitle: writer.jobTitle,
                  organisation: writer.organisation,
                },
              },
            }
          : {}),
      },
      select: { id: true, type: true, kind: true },
    });
    await recordAudit(tx, {
      ...actorOf(viewer),
      action: "post.create",
      subjectType: "post",
      subjectId: post.id,
      data: post.kind === "PAGE" ? { kind: post.kind } : { type: post.type },
    });
    return { id: post.id };
  });
}

export async function deletePost(viewer: Viewer, input: { postId: string }): Promise<Written<{ deleted: true }>> {
  const subject = await requireReadable(viewer, input.postId);
  authorize(viewer, "post:delete", subject);
  const readersAffected = subject.status === "PUBLISHED";
  // Computed before the rows that name the post's section, tags and bylines go.
  const tags = readersAffected ? await tagsTouchedByPost(subject.id) : [];
  await db.$transaction(async (tx) => {
    const { count } = await tx.post.deleteMany({ where: { id: subject.id } });
    if (count === 0) throw new NotFound(NOT_FOUND_MESSAGE);
    if (readersAffected) await emitWebhookEvent(tx, "post.unpublished", async () => unpublishedPostData(subject));
    await recordAudit(tx, {
      ...actorOf(viewer),
      action: "post.delete",
      subjectType: "post",
      subjectId: subject.id,
      data: { title: subject.title, slug: subject.slug, status: subject.status },
    });
  });
  return { result: { deleted: true }, tags };
}
