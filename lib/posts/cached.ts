import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags, tagsFor } from "../cache-tags";
import { findRedirect, getArticlePage } from "./data/article-page";
import { listPublishedPosts, type ListingFilter } from "./data/queries";

// Cached reads for public pages, tagged with everything they show
// (lib/cache-tags.ts), so a write re-renders exactly the pages it touched.

export async function getArticlePageCached(slug: string) {
  "use cache";
  cacheLife("content");
  const page = await getArticlePage(slug);
  // A missing article becomes visible when any post is published.
  cacheTag(...(page ? tagsFor(page.shows) : [cacheTags.postsList]));
  return page;
}

export async function findRedirectCached(slug: string) {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.postsList);
  return findRedirect(slug);
}

export async function listPublishedPostsCached(filter: ListingFilter, page: number) {
  "use cache";
  cacheLife("content");
  const result = await listPublishedPosts(filter, page);
  // A filtered listing can only gain a post that joins its section, tag or
  // byline, so it carries that tag rather than the site-wide list's.
  const own =
    filter.kind === "section"
      ? tagsFor({ sections: [filter.sectionId] })
      : filter.kind === "tag"
        ? tagsFor({ tags: [filter.tagId] })
        : filter.kind === "contributor"
          ? tagsFor({ contributors: [filter.contributorId] })
          : [cacheTags.postsList];
  cacheTag(...own, ...tagsFor({ posts: result.items.map((p) => p.id) }));
  return result;
}
