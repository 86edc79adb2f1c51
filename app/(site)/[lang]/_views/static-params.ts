// With Cache Components every dynamic route must name at least one set of
// params at build time, so Next can check the route renders without request
// data. A site with nothing published yet gets a placeholder that renders
// the 404 page; real URLs render on their first visit and are cached.

const PLACEHOLDER = "not-yet-published";

export function slugParams(slugs: string[]): { slug: string }[] {
  return (slugs.length ? slugs : [PLACEHOLDER]).map((slug) => ({ slug }));
}

export const PRERENDERED = { articles: 20, contributors: 20, tags: 20, series: 10 } as const;
