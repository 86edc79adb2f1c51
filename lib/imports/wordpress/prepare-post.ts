import type { PreparedComment, PreparedPost } from "../data/wordpress-posts";
import type { ImportedTerms } from "../data/wordpress-terms";
import type { ImportedWriter } from "../data/wordpress-people";
import { draftFieldsSchema, type PostFields } from "../../posts/editor-schema";
import { fieldsForKind } from "../../posts/kind-fields";
import { bylinesAreTrusted, renderedColumns, writerHandlesOf } from "../../posts/render-body";
import { newRowId } from "../row-id";
import type { ContentResult, ContentTask } from "./content/prepare-content";
import { expandShortcodes, type ShortcodeContext } from "./content/shortcodes";
import { plainTextOf } from "./content/to-markdown";
import type { RunImages } from "./images";
import { FEATURED_TAG, type ItemMapping } from "./map-item";
import { type CommentPlan, planComments } from "./map-comments";
import type { Scan, ScannedAttachment } from "./scan";
import { imageAddressesIn } from "./uploads";
import type { WxrItem } from "./wxr-records";

// One WordPress post or page made ready to write: its images brought in, its
// content converted to Markdown and rendered by the site's own pipeline
// (prepare-content.ts, here or on an import worker), its fields checked by
// the editor's own schema, and its comments converted and rendered likewise.

export interface RunContext {
  scan: Scan;
  writers: Map<string, ImportedWriter>;
  terms: ImportedTerms;
  images: RunImages;
  /** Attachments by the post they were uploaded to, for a [gallery] that names none. */
  attachedTo: Map<string, ScannedAttachment[]>;
  language: string;
  siteHandle: string | null;
  importerId: string;
  siteUrl: string;
  /** Converts and renders one post (prepare-content.ts), in this thread or on an import worker. */
  prepareContent: (task: ContentTask) => Promise<ContentResult>;
  now: Date;
}

export type Prepared = { ok: true; post: PreparedPost } | { ok: false; reason: string };

const TITLE_MAX = 200;
const STANDFIRST_MAX = 400;
const TAGS_MAX = 30;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Text cut at a word boundary to fit, with an ellipsis when anything was cut. */
function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}

export function postLanguage(site: Scan["site"], fallback: string): string {
  return LANGUAGE_TAG.test(site.language) ? site.language : fallback;
}

function shortcodeContext(run: RunContext, item: WxrItem): ShortcodeContext {
  return {
    attachment: (id) => run.scan.attachments.get(id) ?? null,
    attachedImages: () => run.attachedTo.get(item.id) ?? [],
  };
}

function heroOf(run: RunContext, item: WxrItem): PostFields["hero"] {
  const attachment = run.scan.attachments.get(item.meta.get("_thumbnail_id")?.trim() ?? "");
  const url = attachment ? run.images.url(attachment.url) : null;
  if (!attachment || !url) return null;
  return {
    mediaId: run.images.mediaId(attachment.url),
    url,
    alt: fit(attachment.alt, 300),
    caption: fit(plainTextOf(attachment.caption), 500),
    credit: "",
  };
}

function tagNamesOf(run: RunContext, mapping: ItemMapping): { names: string[]; ids: string[] } {
  const keys = [
    ...mapping.categoryTags.map((slug) => `category:${slug}`),
    ...mapping.tags,
    ...(mapping.featured ? [FEATURED_TAG.key] : []),
  ];
  const tags = [...new Map(keys.flatMap((key) => run.terms.tags.get(key) ?? []).map((t) => [t.id, t])).values()];
  const kept = tags.slice(0, TAGS_MAX);
  return { names: kept.map((t) => t.name), ids: kept.map((t) => t.id) };
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
    const result = await run.prepareContent({ ...emptyTask(run), comments });
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

function emptyTask(run: RunContext): ContentTask {
  return {
    title: "",
    excerpt: "",
    content: "",
    images: {},
    attachments: {},
    attachedImages: [],
    render: { articleUrl: run.siteUrl, trustedAuthor: false, siteHandle: null, writerHandles: [] },
    comments: [],
  };
}

function postOf(
  run: RunContext,
  item: WxrItem,
  mapping: ItemMapping,
  slug: string,
  writer: ImportedWriter | undefined,
  content: ContentResult,
  addresses: string[],
): Prepared {
  const tags = tagNamesOf(run, mapping);
  const parsed = draftFieldsSchema.safeParse({
    title: fit(content.title, TITLE_MAX) || "Untitled",
    slug,
    type: "BLOG",
    standfirst: fit(content.excerpt || content.teaser || "", STANDFIRST_MAX),
    body: content.markdown,
    language: run.language,
    sectionId: (mapping.sectionSlug && run.terms.sections.get(mapping.sectionSlug)) || null,
    otherSectionIds: [],
    seriesId: null,
    seriesPosition: null,
    tagNames: tags.names,
    bylines: writer ? [{ contributorId: writer.id }] : [],
    related: [],
    hero: mapping.kind === "ARTICLE" ? heroOf(run, item) : null,
    seoTitle: "",
    seoDescription: "",
    hashtag: null,
    commentsEnabled: item.commentsOpen,
    signOff: false,
    template: "PLAIN",
    contactId: null,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `${issue.path.join(".")} ${issue.message}` };
  }
  const fields = fieldsForKind(mapping.kind, parsed.data);
  const heroMediaId = fields.hero?.mediaId;
  const createdAt = item.publishedAt ?? run.now;
  return {
    ok: true,
    post: {
      id: newRowId(),
      sourceId: item.id,
      sourceSlug: mapping.sourceSlug,
      kind: mapping.kind,
      slug,
      fields,
      rendered: renderedColumns(content.rendered),
      status: mapping.status,
      publishedAt: mapping.publishedAt,
      scheduledAt: mapping.scheduledAt,
      contentUpdatedAt: mapping.contentUpdatedAt,
      createdAt,
      updatedAt: item.modifiedAt && item.modifiedAt > createdAt ? item.modifiedAt : createdAt,
      createdById: writer?.userId ?? run.importerId,
      bylines: writer
        ? [{ contributorId: writer.id, jobTitle: writer.jobTitle, organisation: writer.organisation }]
        : [],
      tagIds: mapping.kind === "ARTICLE" ? tags.ids : [],
      mediaIds: [
        ...new Set([...addresses.map((a) => run.images.mediaId(a)), heroMediaId].filter((id): id is string => !!id)),
      ],
    },
  };
}
