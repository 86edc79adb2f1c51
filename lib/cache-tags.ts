// Cache tags for public pages. A cached read tags itself with everything it
// shows; a write invalidates exactly the tags it touched.

export const cacheTags = {
  /** One post: its article page, and any box that shows it. */
  post: (id: string) => `post:${id}`,
  /** Every listing of posts: home, feeds, sitemap, search. */
  postsList: "posts",
  section: (id: string) => `section:${id}`,
  tag: (id: string) => `tag:${id}`,
  contributor: (id: string) => `contributor:${id}`,
  series: (id: string) => `series:${id}`,
  /** Navigation: the list of sections. */
  sections: "sections",
  settings: "settings",
} as const;
