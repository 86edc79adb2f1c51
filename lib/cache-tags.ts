import { revalidateTag } from "next/cache";
import type { ShownEntities } from "./posts/dto";

// Cache tags for public pages. A cached read tags itself with everything it
// shows; a write invalidates exactly the tags it touched.

export const cacheTags = {
  /** One post: its article page, and any box or list that shows it. */
  post: (id: string) => `post:${id}`,
  /** Every listing that can gain or lose a post: home, feeds, sitemap, search, 404s. */
  postsList: "posts",
  section: (id: string) => `section:${id}`,
  tag: (id: string) => `tag:${id}`,
  contributor: (id: string) => `contributor:${id}`,
  series: (id: string) => `series:${id}`,
  /** A post's approved comments; its comment count on cards travels with `post(id)`. */
  comments: (postId: string) => `comments:${postId}`,
  /** Navigation: the list of sections. */
  sections: "sections",
  settings: "settings",
  /** Redirects from renamed sections', tags', series' and contributors' old paths. */
  pathRedirects: "path-redirects",
} as const;

/** Every tag a cache entry showing these entities must carry. */
export function tagsFor(shows: Partial<ShownEntities>): string[] {
  return [
    ...(shows.posts ?? []).map(cacheTags.post),
    ...(shows.sections ?? []).map(cacheTags.section),
    ...(shows.tags ?? []).map(cacheTags.tag),
    ...(shows.contributors ?? []).map(cacheTags.contributor),
    ...(shows.series ?? []).map(cacheTags.series),
  ];
}

/**
 * Expires the tagged entries at once: the next request renders fresh
 * content rather than being served the stale page (published or
 * unpublished pieces must show, or vanish, on the very next visit).
 */
export function invalidateTags(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
