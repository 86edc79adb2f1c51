import { beforeAll, describe, expect, it } from "vitest";
import { getContributor } from "../../lib/contributors/data/queries";
import { getArticlePage } from "../../lib/posts/data/article-page";
import { listPublishedPosts, PAGE_SIZE, type ListingFilter } from "../../lib/posts/data/queries";
import { getSeries } from "../../lib/series/data/queries";
import { daysAgo, makeContributor, makePost, makeSection, makeSeries, makeTag } from "../helpers/factories";

// One writer, section, tag and series shared by a published post and by
// every kind of unpublished post: nothing unpublished may surface anywhere.

const UNPUBLISHED = [
  { slug: "a-draft", status: "DRAFT", publishedAt: null },
  { slug: "in-review", status: "IN_REVIEW", publishedAt: null },
  { slug: "scheduled", status: "SCHEDULED", publishedAt: null, scheduledAt: daysAgo(-2) },
  { slug: "archived", status: "ARCHIVED", publishedAt: daysAgo(30) },
  { slug: "published-tomorrow", status: "PUBLISHED", publishedAt: daysAgo(-1) },
] as const;

let filters: ListingFilter[];
let seriesSlug: string;
let contributorSlug: string;

beforeAll(async () => {
  const contributor = await makeContributor({ slug: "sam-writer", name: "Sam Writer" });
  const section = await makeSection();
  const tag = await makeTag();
  const series = await makeSeries();
  seriesSlug = series.slug;
  contributorSlug = contributor.slug;
  const shared = { contributorIds: [contributor.id], sectionId: section.id, tagIds: [tag.id], seriesId: series.id };
  await makePost({ ...shared, slug: "published-yesterday", publishedAt: daysAgo(1), seriesPosition: 1 });
  await makePost({ ...shared, slug: "published-last-week", publishedAt: daysAgo(7), seriesPosition: 2 });
  for (const [i, p] of UNPUBLISHED.entries())
    await makePost({ ...shared, ...p, seriesPosition: 10 + i, title: `UNPUBLISHED ${p.slug}` });
  filters = [
    { kind: "all" },
    { kind: "section", sectionId: section.id },
    { kind: "tag", tagId: tag.id },
    { kind: "contributor", contributorId: contributor.id },
  ];
});

describe("what readers can see", () => {
  it("every listing shows only published, due posts, newest first", async () => {
    for (const filter of filters) {
      const page = await listPublishedPosts(filter, 1);
      expect(
        page.items.map((p) => p.slug),
        filter.kind,
      ).toEqual(["published-yesterday", "published-last-week"]);
      expect(page.hasNext).toBe(false);
    }
  });

  it.each(UNPUBLISHED.map((p) => p.slug))("the unpublished post %s is not served by slug", async (slug) => {
    expect(await getArticlePage(slug)).toBeNull();
  });

  it("no related box, series box or series page mentions an unpublished post", async () => {
    const page = await getArticlePage("published-yesterday");
    const series = await getSeries(seriesSlug);
    for (const text of [JSON.stringify(page), JSON.stringify(series)]) {
      expect(text).not.toContain("UNPUBLISHED");
      for (const p of UNPUBLISHED) expect(text).not.toContain(`"${p.slug}"`);
    }
    expect(page!.related.map((p) => p.slug)).toEqual(["published-last-week"]);
  });

  it("a contributor page shows the profile whatever was published", async () => {
    expect((await getContributor(contributorSlug))?.name).toBe("Sam Writer");
  });
});

describe("pagination", () => {
  it("pages hold PAGE_SIZE posts each and say whether another page follows", async () => {
    const section = await makeSection();
    for (let i = 0; i < PAGE_SIZE + 3; i++) await makePost({ sectionId: section.id, publishedAt: daysAgo(i + 1) });
    const filter: ListingFilter = { kind: "section", sectionId: section.id };
    const first = await listPublishedPosts(filter, 1);
    const second = await listPublishedPosts(filter, 2);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.hasNext).toBe(true);
    expect(second.items).toHaveLength(3);
    expect(second.hasNext).toBe(false);
    const slugs = [...first.items, ...second.items].map((p) => p.slug);
    expect(new Set(slugs).size).toBe(PAGE_SIZE + 3);
  });
});
