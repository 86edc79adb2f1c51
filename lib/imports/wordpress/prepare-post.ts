import type { PreparedComment, PreparedPost } from "../data/wordpress-posts";
import type { ImportedTerms } from "../data/wordpress-terms";
import type { ImportedWriter } from "../data/wordpress-people";
import { env } from "../../env";
import { ValidationError } from "../../errors";
import { renderOffThread, MarkdownRenderRefused } from "../../markdown/pool";
import { draftFieldsSchema, type PostFields } from "../../posts/editor-schema";
import { fieldsForKind } from "../../posts/kind-fields";
import { bylinesAreTrusted, renderedColumns, renderPostBodyOffThread, writerHandlesOf } from "../../posts/render-body";
import { newRowId } from "../row-id";
import { commentToMarkdown, plainTextOf, wordpressToMarkdown } from "./content/to-markdown";
import { expandShortcodes, type ShortcodeContext } from "./content/shortcodes";
import type { RunImages } from "./images";
import { FEATURED_TAG, type ItemMapping } from "./map-item";
import { planComments } from "./map-comments";
import type { Scan, ScannedAttachment } from "./scan";
import { imageAddressesIn } from "./uploads";
import type { WxrItem } from "./wxr-records";

// One WordPress post or page made ready to write: its images brought in, its
// content converted to Markdown and rendered by the site's own pipeline (on
// the render workers, within their time budget), its fields checked by the
// editor's own schema, and its comments converted and rendered likewise.

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

export async function preparePost(
  run: RunContext,
  item: WxrItem,
  mapping: ItemMapping,
  slug: string,
): Promise<Prepared> {
  const shortcodes = shortcodeContext(run, item);
  const thumbnail = run.scan.attachments.get(item.meta.get("_thumbnail_id")?.trim() ?? "");
  const addresses = imageAddressesIn(expandShortcodes(item.content, shortcodes));
  if (thumbnail && mapping.kind === "ARTICLE") addresses.push(thumbnail.url);
  for (const address of addresses) await run.images.ensure(address);

  const converted = wordpressToMarkdown(item.content, { ...shortcodes, image: (url) => run.images.url(url) });
  const writer = mapping.kind === "ARTICLE" ? run.writers.get(item.creator) : undefined;
  const tags = tagNamesOf(run, mapping);
  const parsed = draftFieldsSchema.safeParse({
    title: fit(plainTextOf(item.title), TITLE_MAX) || "Untitled",
    slug,
    type: "BLOG",
    standfirst: fit(plainTextOf(item.excerpt) || converted.teaser || "", STANDFIRST_MAX),
    body: converted.markdown,
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
  let rendered;
  try {
    rendered = await renderPostBodyOffThread(
      fields.body,
      {
        slug,
        hashtag: null,
        trustedAuthor: bylinesAreTrusted(writer ? [writer] : []),
        siteHandle: run.siteHandle,
        writerHandles: writerHandlesOf(writer ? [writer] : []),
        siteUrl: env().SITE_URL,
      },
      "body",
    );
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, reason: "the body is too complex to render" };
    throw error;
  }
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
      rendered: renderedColumns(rendered),
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

/**
 * The item's comments that are not in the ledger yet, for the post `postId`:
 * `known` maps WordPress comment ids already imported to their rows here.
 */
export async function prepareComments(
  item: WxrItem,
  postId: string,
  known: Map<string, string>,
  fallbackDate: Date,
): Promise<{ comments: PreparedComment[]; skipped: number; problems: number }> {
  const plan = planComments(item.comments);
  const ids = new Map(known);
  const comments: PreparedComment[] = [];
  let problems = 0;
  for (const { comment, status, parentSourceId } of plan.comments) {
    if (known.has(comment.id)) continue;
    const body = commentToMarkdown(comment.content);
    if (!body) continue;
    let html: string;
    try {
      html = (await renderOffThread(body, "comment")).html;
    } catch (error) {
      if (!(error instanceof MarkdownRenderRefused)) throw error;
      problems++;
      continue;
    }
    const id = newRowId();
    ids.set(comment.id, id);
    comments.push({
      id,
      sourceId: comment.id,
      postId,
      parentId: parentSourceId ? (ids.get(parentSourceId) ?? null) : null,
      guestName: fit(comment.authorName, 100) || "Anonymous",
      guestEmail: comment.authorEmail.toLowerCase() || null,
      body,
      html,
      status,
      createdAt: comment.date ?? fallbackDate,
    });
  }
  return { comments, skipped: plan.skipped, problems };
}
