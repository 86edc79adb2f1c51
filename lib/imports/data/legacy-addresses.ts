import "server-only";
import { db, type ImportedKind } from "../../db";
import { isPublished } from "../../posts/visibility";
import { listingPath, pagePath } from "../../urls";
import { type LegacyLookup, slugSpellings } from "../legacy";

// Where an old WordPress or Blogger address now lives, found through the
// import ledger, so it follows renames made since: the current slug of
// whatever the old post, page, category, tag, label or author became. Null
// when nothing was imported under it, or what it became is gone or not
// public (the route answers 404).

async function target(kinds: ImportedKind[], where: { sourceId: string[] } | { sourceSlug: string[] }) {
  const row = await db.importedItem.findFirst({
    where: {
      kind: { in: kinds },
      ...("sourceId" in where ? { sourceId: { in: where.sourceId } } : { sourceSlug: { in: where.sourceSlug } }),
    },
    orderBy: { createdAt: "desc" },
    select: { kind: true, targetId: true },
  });
  return row;
}

async function postAddress(postId: string): Promise<string | null> {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { slug: true, kind: true, status: true, publishedAt: true },
  });
  if (!post || !isPublished(post)) return null;
  return post.kind === "PAGE" ? pagePath(post.slug) : `/articles/${encodeURIComponent(post.slug)}`;
}

export async function findLegacyAddress(lookup: LegacyLookup): Promise<string | null> {
  switch (lookup.kind) {
    case "id": {
      const row = await target(["POST", "PAGE"], { sourceId: [lookup.id] });
      return row ? postAddress(row.targetId) : null;
    }
    case "slug": {
      const row = await target(["POST", "PAGE"], { sourceSlug: slugSpellings(lookup.slug) });
      return row ? postAddress(row.targetId) : null;
    }
    case "category": {
      const spellings = slugSpellings(lookup.slug);
      const section = await target(["SECTION"], { sourceId: spellings });
      const found = section
        ? await db.section.findUnique({ where: { id: section.targetId }, select: { slug: true } })
        : null;
      if (found) return listingPath("section", found.slug);
      const tag = await target(["TAG"], { sourceId: spellings.map((s) => `category:${s}`) });
      return tag ? tagAddress(tag.targetId) : null;
    }
    case "tag": {
      const tag = await target(["TAG"], { sourceId: slugSpellings(lookup.slug) });
      return tag ? tagAddress(tag.targetId) : null;
    }
    case "label": {
      // The ledger keeps a label's name in lower case as its slug: /search/label/Repairs finds "repairs".
      const tag = await target(["TAG"], { sourceSlug: slugSpellings(lookup.slug) });
      return tag ? tagAddress(tag.targetId) : null;
    }
    case "path": {
      const row = await target(["POST", "PAGE"], { sourceSlug: [lookup.path, lookup.path.toLowerCase()] });
      if (row) return postAddress(row.targetId);
      // A WordPress site whose addresses ended in .html (/2019/03/<slug>.html) names its post by slug.
      const slug = lookup.path
        .split("/")
        .pop()!
        .replace(/\.html$/, "");
      return findLegacyAddress({ kind: "slug", slug });
    }
    case "author": {
      const writer = await target(["CONTRIBUTOR"], { sourceSlug: slugSpellings(lookup.slug) });
      const found = writer
        ? await db.contributor.findUnique({ where: { id: writer.targetId }, select: { slug: true } })
        : null;
      return found ? listingPath("contributor", found.slug) : null;
    }
  }
}

async function tagAddress(tagId: string): Promise<string | null> {
  const tag = await db.tag.findUnique({ where: { id: tagId }, select: { slug: true } });
  return tag ? listingPath("tag", tag.slug) : null;
}
