import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { z } from "zod";
import { cacheTags, tagsFor } from "../cache-tags";
import { parseOrNull, publicIdSchema, publicPageSchema, publicSlugSchema } from "../schemas";
import { findRedirect, getArticlePage } from "./data/article-page";
import { listPublishedPosts, type ListingFilter } from "./data/queries";
import type { Page, PublicPostSummary } from "./dto";
import { onReplica } from "../replica-reads";

// Cached reads for public pages, tagged with everything they show
// (lib/cache-tags.ts), so a write re-renders exactly the pages it touched.

export async function getArticlePageCached(slug: string) {
  "use cache";
  cacheLife("content");
  const valid = parseOrNull(publicSlugSchema, slug);
  const page = valid === null ? null : await onReplica(() => getArticlePage(valid));
  // A missing article becomes visible when any post is published; a shown one
  // names its publisher or not as the settings say.
  cacheTag(...(page ? [...tagsFor(page.shows), cacheTags.settings] : [cacheTags.postsList]));
  return page;
}

export async function findRedirectCached(slug: string) {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.postsList);
  const valid = parseOrNull(publicSlugSchema, slug);
  return valid === null ? null : onReplica(() => findRedirect(valid));
}

const listingFilterSchema: z.ZodType<ListingFilter> = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("all") }).strict(),
  z.object({ kind: z.literal("section"), sectionId: publicIdSchema }).strict(),
  z.object({ kind: z.literal("tag"), tagId: publicIdSchema }).strict(),
  z.object({ kind: z.literal("contributor"), contributorId: publicIdSchema }).strict(),
]);

export async function listPublishedPostsCached(filter: ListingFilter, page: number): Promise<Page<PublicPostSummary>> {
  "use cache";
  cacheLife("content");
  const validFilter = parseOrNull(listingFilterSchema, filter);
  const validPage = parseOrNull(publicPageSchema, page);
  if (validFilter === null || validPage === null) {
    cacheTag(cacheTags.postsList);
    return { items: [], page: 1, hasNext: false };
  }
  const result = await onReplica(() => listPublishedPosts(validFilter, validPage));
  // A filtered listing can only gain a post that joins its section, tag or
  // byline, so it carries that tag rather than the site-wide list's.
  const own =
    validFilter.kind === "section"
      ? tagsFor({ sections: [validFilter.sectionId] })
      : validFilter.kind === "tag"
        ? tagsFor({ tags: [validFilter.tagId] })
        : validFilter.kind === "contributor"
          ? tagsFor({ contributors: [validFilter.contributorId] })
          : [cacheTags.postsList];
  cacheTag(...own, ...tagsFor({ posts: result.items.map((p) => p.id) }));
  return result;
}
