import type { PreparedComment } from "../data/wordpress-posts";
import type { ImportedWriter } from "../data/people";
import { bylinesAreTrusted, writerHandlesOf } from "../../posts/render-body";
import { newRowId } from "../row-id";
import { type ContentResult, type ContentTask, emptyContentTask } from "./content/prepare-content";
import { expandShortcodes, type ShortcodeContext } from "./content/shortcodes";
import type { ItemMapping } from "./map-item";
import { type CommentPlan, planComments } from "./map-comments";
import { fit, type Prepared, postOf } from "./post-fields";
import type { RunContext } from "./run-context";
import { imageAddressesIn } from "./uploads";
import type { WxrItem } from "./wxr-records";

// One WordPress post or page made ready to write: its images brought in, its
// content converted to Markdown and rendered by the site's own pipeline
// (prepare-content.ts, here or on an import worker), its fields checked by
// the editor's own schema, and its comments converted and rendered likewise.

function shortcodeContext(run: RunContext, item: WxrItem): ShortcodeContext {
  return {
    attachment: (id) => run.scan.attachments.get(id) ?? null,
    attachedImages: () => run.attachedTo.get(item.id) ?? [],
  };
}

function contentTask(
  run: RunContext,
  item: WxrItem,
  slug: string,
  writer: ImportedWriter | undefined,
  addresses: string[],
): ContentTask {
  const ids = [...item.content.matchAll(/wp-image-(\d+)|\bids\s*=\s*["']?([\d,\s]+)/g)].flatMap((m) =>
    (m[1] ?? m[2] ?? "").split(",").map((id) => id.trim()),
  );
  const attachments: ContentTask["attachments"] = {};
  for (const id of ids) {
    const attachment = run.scan.attachments.get(id);
    if (attachment) attachments[id] = attachment;
  }
  return {
    markup: "wordpress",
    title: item.title,
    excerpt: item.excerpt,
    content: item.content,
    images: Object.fromEntries(addresses.map((address) => [address, run.images.url(address)])),
    attachments,
    attachedImages: item.content.includes("[gallery") ? (run.attachedTo.get(item.id) ?? []) : [],
    render: {
      articleUrl: new URL(`/articles/${slug}`, run.siteUrl).toString(),
      trustedAuthor: bylinesAreTrusted(writer ? [writer] : []),
      siteHandle: run.siteHandle,
      writerHandles: writerHandlesOf(writer ? [writer] : []),
    },
    comments: [],
  };
}

/**
 * The item's comments that are not in the ledger yet, planned for the post
 * `postId`: `known` maps WordPress comment ids already imported to their rows here.
 */
function commentsToWrite(item: WxrItem, known: Map<string, string>) {
  const plan = planComments(item.comments);
  return { fresh: plan.comments.filter((c) => !known.has(c.comment.id)), skipped: plan.skipped };
}

function preparedComments(
  postId: string,
  fresh: CommentPlan[],
  converted: ContentResult["comments"],
  known: Map<string, string>,
  fallbackDate: Date,
): PreparedComment[] {
  const bodies = new Map(converted.map((c) => [c.id, c]));
  const ids = new Map(known);
  return fresh.flatMap(({ comment, status, parentSourceId }) => {
    const text = bodies.get(comment.id);
    if (!text) return [];
    const id = newRowId();
    ids.set(comment.id, id);
    return [
      {
        id,
        sourceId: comment.id,
        postId,
        parentId: parentSourceId ? (ids.get(parentSourceId) ?? null) : null,
        guestName: fit(comment.authorName, 100) || "Anonymous",
        guestEmail: comment.authorEmail.toLowerCase() || null,
        body: text.body,
        html: text.html,
        status,
        createdAt: comment.date ?? fallbackDate,
      },
    ];
  });
}

export interface PreparedItem {
  post: Prepared | null;
  comments: PreparedComment[];
  /** Comments left behind: trashed, pingbacks, or empty. */
  skippedComments: number;
}

/**
 * A post or page to write (unless `existingId` says it was imported before)
 * with its comments not imported yet; a page's comments stay behind.
 */
export async function prepareItem(
  run: RunContext,
  item: WxrItem,
  mapping: ItemMapping,
  target: { slug: string } | { existingId: string },
  knownComments: Map<string, string>,
): Promise<PreparedItem> {
  const { fresh, skipped } =
    mapping.kind === "ARTICLE" ? commentsToWrite(item, knownComments) : { fresh: [], skipped: item.comments.length };
  const fallbackDate = item.publishedAt ?? run.now;
  const comments = fresh.map(({ comment }) => ({ id: comment.id, content: comment.content }));
  if ("existingId" in target) {
    if (fresh.length === 0) return { post: null, comments: [], skippedComments: skipped };
    const result = await run.prepareContent({ ...emptyContentTask("wordpress", run.siteUrl), comments });
    const written = preparedComments(target.existingId, fresh, result.comments, knownComments, fallbackDate);
    return { post: null, comments: written, skippedComments: skipped + fresh.length - written.length };
  }

  const shortcodes = shortcodeContext(run, item);
  const thumbnail = run.scan.attachments.get(item.meta.get("_thumbnail_id")?.trim() ?? "");
  const addresses = imageAddressesIn(expandShortcodes(item.content, shortcodes));
  if (thumbnail && mapping.kind === "ARTICLE") addresses.push(thumbnail.url);
  for (const address of addresses) await run.images.ensure(address);

  const writer = mapping.kind === "ARTICLE" ? run.writers.get(item.creator) : undefined;
  const result = await run.prepareContent({ ...contentTask(run, item, target.slug, writer, addresses), comments });
  const post = postOf(run, item, mapping, target.slug, writer, result, addresses);
  if (!post.ok) return { post, comments: [], skippedComments: skipped };
  const written = preparedComments(post.post.id, fresh, result.comments, knownComments, fallbackDate);
  return { post, comments: written, skippedComments: skipped + fresh.length - written.length };
}
