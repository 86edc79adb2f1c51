import { describe, expect, it } from "vitest";
import { GET as postRoute } from "../../app/api/content/v1/posts/[slug]/route";
import { GET as postsRoute } from "../../app/api/content/v1/posts/route";
import { GET as seriesRoute } from "../../app/api/content/v1/series/route";
import { GET as tagsRoute } from "../../app/api/content/v1/tags/route";
import { db } from "../../lib/db";
import { apiReader, makeApiKey } from "../helpers/content-api";
import { daysAgo, makePost, makeSection, makeSeries, makeTag } from "../helpers/factories";

// Lists walked page by page through their cursors without an item missed or
// repeated, and what a single post carries.

const { getJson, walk } = apiReader((await makeApiKey()).secret);

describe("paginating", () => {
  it("walks every post newest first in pages, with no post repeated or missed, ties broken by id", async () => {
    const tag = await makeTag();
    const sameTime = daysAgo(4);
    const posts = [];
    for (let i = 0; i < 7; i++)
      posts.push(await makePost({ tagIds: [tag.id], publishedAt: i < 4 ? sameTime : daysAgo(i) }));
    const expected = [...posts]
      .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || (a.id < b.id ? 1 : -1))
      .map((p) => p.slug);
    const walked = await walk(postsRoute, `/posts?tag=${tag.slug}&limit=3`);
    expect(walked.slugs).toEqual(expected);
    expect(walked.pages).toBe(3);
  });

  it("walks a section's own and filed posts together across pages", async () => {
    const [section, other] = [await makeSection(), await makeSection()];
    const posts = [];
    for (let i = 0; i < 5; i++) {
      const post = await makePost({ sectionId: i % 2 ? section.id : other.id, publishedAt: daysAgo(i + 1) });
      if (i % 2 === 0) await db.postSection.create({ data: { postId: post.id, sectionId: section.id, position: 0 } });
      posts.push(post);
    }
    const walked = await walk(postsRoute, `/posts?section=${section.slug}&limit=2`);
    expect(walked.slugs).toEqual(posts.map((p) => p.slug));
  });

  it("walks tags, contributors and series by slug", async () => {
    const prefix = "walk-";
    const tags = await Promise.all(
      ["c", "a", "e", "b", "d"].map((l) => db.tag.create({ data: { slug: `${prefix}${l}`, name: l } })),
    );
    const walked = await walk(tagsRoute, "/tags?limit=2");
    expect(walked.slugs.filter((s) => s.startsWith(prefix))).toEqual(tags.map((t) => t.slug).sort());
    expect(new Set(walked.slugs).size).toBe(walked.slugs.length);

    const series = await Promise.all([makeSeries(), makeSeries(), makeSeries()]);
    const seriesWalk = await walk(seriesRoute, "/series?limit=1");
    expect(seriesWalk.slugs).toEqual(expect.arrayContaining(series.map((s) => s.slug)));
    expect(seriesWalk.slugs).toEqual([...seriesWalk.slugs].sort());
  });
});

describe("a single post", () => {
  it("carries its body, tags, section, series part and absolute addresses", async () => {
    const section = await makeSection("Homes");
    const tag = await makeTag("Repairs");
    const series = await makeSeries("Winter");
    const post = await makePost({
      sectionId: section.id,
      tagIds: [tag.id],
      seriesId: series.id,
      seriesPosition: 2,
      heroImageUrl: "/images/posts/boiler.svg",
      heroAlt: "A boiler",
      html: '<h2 id="why">Why</h2><p>Body</p>',
      headings: [{ depth: 2, id: "why", text: "Why" }],
    });
    const { data } = await getJson<{ data: Record<string, unknown> }>(postRoute, `/posts/${post.slug}`, post.slug);
    expect(data).toMatchObject({
      slug: post.slug,
      url: `http://localhost:3000/articles/${post.slug}`,
      html: '<h2 id="why">Why</h2><p>Body</p>',
      headings: [{ depth: 2, id: "why", text: "Why" }],
      section: { slug: section.slug, name: "Homes", url: `http://localhost:3000/sections/${section.slug}` },
      tags: [{ slug: tag.slug, name: "Repairs", url: `http://localhost:3000/tags/${tag.slug}` }],
      series: { slug: series.slug, title: "Winter", position: 2, url: `http://localhost:3000/series/${series.slug}` },
      hero: { url: "http://localhost:3000/images/posts/boiler.svg", alt: "A boiler", caption: null, credit: null },
    });
    expect(Object.keys(data)).not.toContain("body");
    expect(Object.keys(data)).not.toContain("reviewNote");
  });
});
