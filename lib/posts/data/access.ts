import "server-only";
import { authorize, can, type PostSubject, type Viewer } from "../../auth/permissions";
import { db, type Db } from "../../db";
import { NotFound } from "../../errors";

// Loads a post as the permission matrix sees it. A post the viewer may not
// read answers exactly like a missing one, so ids reveal nothing.

/** The client inside `db.$transaction(async (tx) => …)`; `db` itself also fits where a function takes either. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface LoadedSubject extends PostSubject {
  id: string;
  /** An article, or a standalone page (lib/pages). */
  kind: "ARTICLE" | "PAGE";
  version: number;
  slug: string;
  title: string;
  publishedAt: Date | null;
  scheduledAt: Date | null;
}

declare const editAuthorized: unique symbol;

/**
 * A post the viewer has been authorized to edit (post:update). Only
 * requireEditable makes one, so code that writes a post without checking
 * again (save.ts's writeFields) cannot be handed an unchecked record.
 */
export type AuthorizedPost = LoadedSubject & { readonly [editAuthorized]: true };

export const NOT_FOUND_MESSAGE = "That post does not exist or you may not see it.";

export async function findSubject(postId: string, client: Pick<Tx, "post"> = db): Promise<LoadedSubject | null> {
  const row = await client.post.findUnique({
    where: { id: postId },
    select: {
      id: true,
      kind: true,
      version: true,
      slug: true,
      title: true,
      status: true,
      createdById: true,
      publishedAt: true,
      scheduledAt: true,
      bylines: { select: { contributorId: true } },
    },
  });
  if (!row) return null;
  const { bylines, ...rest } = row;
  return { ...rest, contributorIds: bylines.map((b) => b.contributorId) };
}

/** The post if this viewer may read it; NotFound otherwise. */
export async function requireReadable(
  viewer: Viewer | null,
  postId: string,
  client: Pick<Tx, "post"> = db,
): Promise<LoadedSubject> {
  const subject = await findSubject(postId, client);
  if (!subject || !can(viewer, "post:read", subject)) throw new NotFound(NOT_FOUND_MESSAGE);
  return subject;
}

/** The post if this viewer may edit it: NotFound when they may not read it, Forbidden when they may read but not edit. */
export async function requireEditable(viewer: Viewer, postId: string): Promise<AuthorizedPost> {
  const subject = await requireReadable(viewer, postId);
  authorize(viewer, "post:update", subject);
  return subject as AuthorizedPost;
}
