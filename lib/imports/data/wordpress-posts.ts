import "server-only";
import { authorize, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import { isReservedPageSlug } from "../../pages/reserved-slugs";
import type { PostFields } from "../../posts/editor-schema";
import { postColumnsOf, revisionSnapshotOf } from "../../posts/data/post-fields";
import { freeSlug } from "../../posts/data/slug-availability";
import type { renderedColumns } from "../../posts/render-body";
import { recordImported } from "./imported-items";
import { insertRows } from "./insert-rows";
import { newRowId } from "../row-id";

// Writes one batch of imported posts and comments in one transaction: each
// post with its byline, tags, images in use, a first revision holding its
// fields (so the editor's history starts with what came over) and its
// ledger entry; each comment with its ledger entry. A failure leaves nothing
// of the batch behind, and the next run imports exactly what is missing.

/** Batches hold a few hundred rows of each kind: generous for a 2-core machine's slowest moment. */
const BATCH_TRANSACTION_MS = 120_000;

export interface PreparedPost {
  id: string;
  sourceId: string;
  sourceSlug: string | null;
  kind: "ARTICLE" | "PAGE";
  slug: string;
  fields: PostFields;
  rendered: ReturnType<typeof renderedColumns>;
  status: "PUBLISHED" | "SCHEDULED" | "DRAFT";
  publishedAt: Date | null;
  scheduledAt: Date | null;
  contentUpdatedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  createdById: string | null;
  bylines: { contributorId: string; jobTitle: string | null; organisation: string | null }[];
  tagIds: string[];
  mediaIds: string[];
}

export interface PreparedComment {
  id: string;
  sourceId: string;
  postId: string;
  parentId: string | null;
  guestName: string;
  guestEmail: string | null;
  body: string;
  html: string;
  status: "APPROVED" | "PENDING" | "SPAM";
  createdAt: Date;
}

/**
 * A free slug for each wanted one: the wanted slug when no post holds it (now
 * or as an old address) and, for a page, it is not one of the site's own
 * addresses; otherwise the first free `slug-2`, `slug-3`, …
 * `chosenBefore` holds the slugs given out earlier in the run, whose posts
 * may not be written yet; the ones chosen now are added to it.
 */
export async function chooseSlugs(
  viewer: Viewer,
  wanted: readonly { key: string; slug: string; kind: "ARTICLE" | "PAGE" }[],
  chosenBefore: Set<string>,
): Promise<Map<string, string>> {
  authorize(viewer, "site:import");
  if (wanted.length === 0) return new Map();
  const slugs = [...new Set(wanted.map((w) => w.slug))];
  const [posts, redirects] = await Promise.all([
    db.post.findMany({ where: { slug: { in: slugs } }, select: { slug: true } }),
    db.slugRedirect.findMany({ where: { oldSlug: { in: slugs } }, select: { oldSlug: true } }),
  ]);
  const taken = new Set([...posts.map((p) => p.slug), ...redirects.map((r) => r.oldSlug)]);
  const chosen = new Map<string, string>();
  for (const { key, slug, kind } of wanted) {
    const clash = (s: string) => taken.has(s) || chosenBefore.has(s) || (kind === "PAGE" && isReservedPageSlug(s));
    const free = clash(slug) ? await freeSlug(slug, "", db, clash) : slug;
    chosenBefore.add(free);
    chosen.set(key, free);
  }
  return chosen;
}

export async function writeImportBatch(
  viewer: Viewer,
  source: string,
  posts: readonly PreparedPost[],
  comments: readonly PreparedComment[],
): Promise<void> {
  authorize(viewer, "site:import");
  if (posts.length === 0 && comments.length === 0) return;
  await db.$transaction(
    async (tx) => {
      await insertRows(
        tx,
        "Post",
        posts.map((p) => ({
          ...postColumnsOf(p.fields),
          ...p.rendered,
          id: p.id,
          slug: p.slug,
          kind: p.kind,
          status: p.status,
          publishedAt: p.publishedAt,
          scheduledAt: p.scheduledAt,
          contentUpdatedAt: p.contentUpdatedAt,
          createdAt: p.createdAt,
          updatedAt: p.updatedAt,
          createdById: p.createdById,
          publishedById: p.status === "PUBLISHED" ? viewer.id : null,
          scheduledById: p.status === "SCHEDULED" ? viewer.id : null,
        })),
      );
      await insertRows(
        tx,
        "Byline",
        posts.flatMap((p) =>
          p.bylines.map((b, position) => ({
            id: newRowId(),
            postId: p.id,
            contributorId: b.contributorId,
            jobTitle: b.jobTitle,
            organisation: b.organisation,
            position,
          })),
        ),
      );
      await insertRows(
        tx,
        "PostTag",
        posts.flatMap((p) => p.tagIds.map((tagId) => ({ postId: p.id, tagId }))),
      );
      await insertRows(
        tx,
        "PostMedia",
        posts.flatMap((p) => p.mediaIds.map((mediaId) => ({ postId: p.id, mediaId }))),
      );
      await insertRows(
        tx,
        "Revision",
        posts.map((p) => ({
          ...revisionSnapshotOf(p.fields),
          id: newRowId(),
          postId: p.id,
          authorId: viewer.id,
          kind: "MANUAL",
          version: 1,
          createdAt: p.updatedAt,
          updatedAt: p.updatedAt,
        })),
      );
      for (const kind of ["ARTICLE", "PAGE"] as const) {
        const ofKind = posts.filter((p) => p.kind === kind);
        await recordImported(
          tx,
          source,
          kind === "ARTICLE" ? "POST" : "PAGE",
          ofKind.map((p) => ({ sourceId: p.sourceId, sourceSlug: p.sourceSlug, targetId: p.id })),
        );
      }
      // Top-level comments first: a reply names its parent, which must already be there.
      const ordered = [...comments].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
      await insertRows(
        tx,
        "Comment",
        ordered.map((c) => ({
          id: c.id,
          postId: c.postId,
          parentId: c.parentId,
          authorId: null,
          guestName: c.guestName,
          guestEmail: c.guestEmail,
          body: c.body,
          html: c.html,
          status: c.status,
          createdAt: c.createdAt,
          updatedAt: c.createdAt,
        })),
      );
      await recordImported(
        tx,
        source,
        "COMMENT",
        comments.map((c) => ({ sourceId: c.sourceId, targetId: c.id })),
      );
    },
    { timeout: BATCH_TRANSACTION_MS, maxWait: BATCH_TRANSACTION_MS },
  );
}
