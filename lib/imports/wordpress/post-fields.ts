import type { PreparedPost } from "../data/wordpress-posts";
import type { ImportedWriter } from "../data/people";
import { draftFieldsSchema, type PostFields } from "../../posts/editor-schema";
import { fieldsForKind } from "../../posts/kind-fields";
import { renderedColumns } from "../../posts/render-body";
import { newRowId } from "../row-id";
import type { ContentResult } from "./content/prepare-content";
import { plainTextOf } from "./content/to-markdown";
import { FEATURED_TAG, type ItemMapping } from "./map-item";
import type { RunContext } from "./run-context";
import type { Scan } from "./scan";
import type { WxrItem } from "./wxr-records";

// An imported post as the editor's own fields (editor-schema.ts, checked by
// its schema) and the row to write: title and standfirst fitted to the
// editor's limits, section, tags, byline and hero resolved for this run.
// importedPost() is what every import shares; postOf() feeds it a WordPress item.

export type Prepared = { ok: true; post: PreparedPost } | { ok: false; reason: string };

const TITLE_MAX = 200;
const STANDFIRST_MAX = 400;
const TAGS_MAX = 30;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Text cut at a word boundary to fit, with an ellipsis when anything was cut. */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}

export function postLanguage(site: Scan["site"], fallback: string): string {
  return LANGUAGE_TAG.test(site.language) ? site.language : fallback;
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

export function postOf(
  run: RunContext,
  item: WxrItem,
  mapping: ItemMapping,
  slug: string,
  writer: ImportedWriter | undefined,
  content: ContentResult,
  addresses: string[],
): Prepared {
  const createdAt = item.publishedAt ?? run.now;
  return importedPost({
    sourceId: item.id,
    sourceSlug: mapping.sourceSlug,
    mapping,
    slug,
    createdAt,
    updatedAt: item.modifiedAt && item.modifiedAt > createdAt ? item.modifiedAt : createdAt,
    commentsEnabled: item.commentsOpen,
    language: run.language,
    sectionId: (mapping.sectionSlug && run.terms.sections.get(mapping.sectionSlug)) || null,
    tags: mapping.kind === "ARTICLE" ? tagNamesOf(run, mapping) : { names: [], ids: [] },
    hero: mapping.kind === "ARTICLE" ? heroOf(run, item) : null,
    writer,
    importerId: run.importerId,
    content,
    mediaIds: addresses.map((a) => run.images.mediaId(a)).filter((id): id is string => !!id),
  });
}

/** What any import knows of one post or page, whatever system it came from. */
export interface ImportedPostInput {
  sourceId: string;
  /** The old site's name for it in addresses (a slug, a Blogger path), for old-address lookups. */
  sourceSlug: string | null;
  mapping: Pick<ItemMapping, "kind" | "status" | "publishedAt" | "scheduledAt" | "contentUpdatedAt">;
  slug: string;
  createdAt: Date;
  updatedAt: Date;
  commentsEnabled: boolean;
  language: string;
  sectionId: string | null;
  tags: { names: string[]; ids: string[] };
  hero: PostFields["hero"];
  writer: ImportedWriter | undefined;
  importerId: string;
  content: ContentResult;
  mediaIds: string[];
}

/** The editor's own fields for an imported post (checked by its schema) and the row to write. */
export function importedPost(input: ImportedPostInput): Prepared {
  const { mapping, writer, content } = input;
  const parsed = draftFieldsSchema.safeParse({
    title: fit(content.title, TITLE_MAX) || "Untitled",
    slug: input.slug,
    type: "BLOG",
    standfirst: fit(content.excerpt || content.teaser || "", STANDFIRST_MAX),
    body: content.markdown,
    language: input.language,
    sectionId: input.sectionId,
    otherSectionIds: [],
    seriesId: null,
    seriesPosition: null,
    tagNames: input.tags.names,
    bylines: writer ? [{ contributorId: writer.id }] : [],
    related: [],
    hero: input.hero,
    seoTitle: "",
    seoDescription: "",
    hashtag: null,
    commentsEnabled: input.commentsEnabled,
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
  return {
    ok: true,
    post: {
      id: newRowId(),
      sourceId: input.sourceId,
      sourceSlug: input.sourceSlug,
      kind: mapping.kind,
      slug: input.slug,
      fields,
      rendered: renderedColumns(content.rendered),
      status: mapping.status,
      publishedAt: mapping.publishedAt,
      scheduledAt: mapping.scheduledAt,
      contentUpdatedAt: mapping.contentUpdatedAt,
      createdAt: input.createdAt,
      updatedAt: input.updatedAt,
      createdById: writer?.userId ?? input.importerId,
      bylines: writer
        ? [{ contributorId: writer.id, jobTitle: writer.jobTitle, organisation: writer.organisation }]
        : [],
      tagIds: mapping.kind === "ARTICLE" ? input.tags.ids : [],
      mediaIds: [...new Set([...input.mediaIds, heroMediaId].filter((id): id is string => !!id))],
    },
  };
}
