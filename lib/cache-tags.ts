// Cache tags for public pages, as pure names. A cached read tags itself with
// everything it shows; a mutation returns the tags it touched (`Written`), and
// only actions and jobs invalidate them (lib/cache-invalidation.ts).

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
  /** The header and footer menus, on every public page. */
  menus: "menus",
  /** Redirects from renamed sections', tags', series' and contributors' old paths. */
  pathRedirects: "path-redirects",
} as const;

/** The ids of everything a page shows, so its cache entry can be tagged with them. */
export interface ShownEntities {
  posts: string[];
  sections: string[];
  tags: string[];
  contributors: string[];
  series: string[];
}

/** What a mutation wrote and the public cache tags it touched (empty when readers see no change). */
export interface Written<T> {
  result: T;
  tags: string[];
}

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
