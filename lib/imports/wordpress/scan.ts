import { FEATURED_TAG, IMPORTED_TYPES, mapItem } from "./map-item";
import type { AttachmentInfo } from "./content/shortcodes";
import { plainTextOf } from "./content/to-markdown";
import { readWxr, WxrError } from "./wxr-reader";
import {
  authorSchema,
  categorySchema,
  parseFields,
  parseItem,
  siteSchema,
  tagSchema,
  type WxrAuthor,
  type WxrSite,
} from "./wxr-records";

// The first of an import's two passes over the export: everything posts
// refer to (authors, terms, attachments) and how many posts there are, so the
// second pass can write each post as it reads it, with a progress bar that
// knows its total. Post content is read and dropped here; only the small
// records are kept.

export interface ScannedAttachment extends AttachmentInfo {
  parentId: string | null;
}

export interface Scan {
  site: WxrSite;
  /** "wordpress:<site address>": what the ledger files this export's ids under. */
  source: string;
  authors: Map<string, WxrAuthor>;
  /** Logins that sign at least one imported article: they become contributors. */
  writers: Set<string>;
  /** Categories some post has first (its section), by slug, with their names. */
  sections: Map<string, { name: string; description: string }>;
  /** Tags and further categories posts carry, by slug ("category:<slug>" for a category). */
  tags: Map<string, string>;
  attachments: Map<string, ScannedAttachment>;
  /** Posts and pages the second pass will look at. */
  items: number;
}

export type OpenExport = () => AsyncIterable<string | Buffer>;

/** The export's own address, without a trailing slash; the ledger's key for this site. */
export function sourceOf(site: WxrSite): string {
  const address = (site["wp:base_blog_url"] || site["wp:base_site_url"] || site.link).replace(/\/+$/, "");
  return `wordpress:${address.toLowerCase()}`;
}

export async function scanExport(open: OpenExport, now: Date): Promise<Scan> {
  let scan: Scan | null = null;
  const categoryNames = new Map<string, { name: string; description: string }>();
  const tagNames = new Map<string, string>();
  for await (const record of readWxr(open())) {
    if (record.kind === "site") {
      const site = siteSchema.safeParse(record.fields);
      if (!site.success) throw new WxrError(site.error.issues[0]!.message);
      scan = {
        site: site.data,
        source: sourceOf(site.data),
        authors: new Map(),
        writers: new Set(),
        sections: new Map(),
        tags: new Map(),
        attachments: new Map(),
        items: 0,
      };
      continue;
    }
    if (!scan) continue;
    if (record.kind === "item") {
      const parsed = parseItem(record.item);
      if (!parsed.ok) continue;
      const { item } = parsed;
      if (item.type === "attachment") {
        scan.attachments.set(item.id, {
          url: item.attachmentUrl,
          alt: item.meta.get("_wp_attachment_image_alt")?.trim() ?? "",
          caption: item.excerpt,
          parentId: item.parentId,
        });
        continue;
      }
      if (!IMPORTED_TYPES.has(item.type)) continue;
      scan.items++;
      const mapping = mapItem(item, now);
      if (!mapping) continue;
      if (mapping.kind === "ARTICLE" && item.creator) scan.writers.add(item.creator);
      const names = new Map(item.categories.map((c) => [`${c.domain}:${c.slug}`, plainTextOf(c.name)]));
      if (mapping.sectionSlug) {
        const known = categoryNames.get(mapping.sectionSlug);
        scan.sections.set(mapping.sectionSlug, {
          name: known?.name ?? names.get(`category:${mapping.sectionSlug}`) ?? mapping.sectionSlug,
          description: known?.description ?? "",
        });
      }
      for (const slug of mapping.categoryTags) {
        scan.tags.set(`category:${slug}`, categoryNames.get(slug)?.name ?? names.get(`category:${slug}`) ?? slug);
      }
      for (const slug of mapping.tags) scan.tags.set(slug, tagNames.get(slug) ?? names.get(`post_tag:${slug}`) ?? slug);
      if (mapping.featured) scan.tags.set(FEATURED_TAG.key, FEATURED_TAG.name);
      continue;
    }
    if (record.kind === "author") {
      const author = parseFields(authorSchema, record.fields);
      if (author.ok) scan.authors.set(author.value.login, { ...author.value, name: plainTextOf(author.value.name) });
    } else if (record.kind === "category") {
      const category = parseFields(categorySchema, record.fields);
      if (category.ok) {
        const { slug, name, description } = category.value;
        categoryNames.set(slug, { name: plainTextOf(name), description: plainTextOf(description) });
      }
    } else if (record.kind === "tag") {
      const tag = parseFields(tagSchema, record.fields);
      if (tag.ok) tagNames.set(tag.value.slug, plainTextOf(tag.value.name));
    }
  }
  if (!scan) throw new WxrError("This file is not a WordPress export: it has no channel.");
  return scan;
}
