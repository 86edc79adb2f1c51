import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { findRedirect, getArticlePage, RELATED_LIMIT } from "../../lib/posts/data/article-page";
import { daysAgo, makeContributor, makePost, makeSection, makeSeries, makeTag } from "../helpers/factories";

describe("related articles", () => {
  it("come from the same series first, then shared tags, then the section, newest first in each", async () => {
    const section = await makeSection();
    const tag = await makeTag();
    const series = await makeSeries();
    const article = await makePost({ sectionId: section.id, tagIds: [tag.id], seriesId: series.id, seriesPosition: 2 });
    const seriesOld = await makePost({ seriesId: series.id, seriesPosition: 1, publishedAt: daysAgo(30) });
    const tagNew = await makePost({ tagIds: [tag.id], publishedAt: daysAgo(2) });
    const tagOld = await makePost({ tagIds: [tag.id], publishedAt: daysAgo(20) });
    const sectionNewest = await makePost({ sectionId: section.id, publishedAt: daysAgo(1) });
    await makePost({ sectionId: section.id, publishedAt: daysAgo(40) }); // beyond the limit

    const page = await getArticlePage(article.slug);
    expect(page!.related.map((p) => p.slug)).toEqual([seriesOld.slug, tagNew.slug, tagOld.slug, sectionNewest.slug]);
    expect(page!.related).toHaveLength(RELATED_LIMIT);
  });

  it("never include the article itself, unpublished posts, or a post twice", async () => {
    const tag = await makeTag();
    const section = await makeSection();
    const article = await makePost({ tagIds: [tag.id], sectionId: section.id });
    const both = await makePost({ tagIds: [tag.id], sectionId: section.id });
    await makePost({ tagIds: [tag.id], status: "DRAFT", publishedAt: null });
    await makePost({ tagIds: [tag.id], status: "SCHEDULED", publishedAt: null, scheduledAt: daysAgo(-3) });
    await makePost({ sectionId: section.id, status: "PUBLISHED", publishedAt: daysAgo(-1) });
    await makePost({ sectionId: section.id, status: "ARCHIVED" });

    const page = await getArticlePage(article.slug);
    expect(page!.related.map((p) => p.slug)).toEqual([both.slug]);
  });

  it("are empty for a post with no series, tags or section", async () => {
    const lonely = await makePost();
    expect((await getArticlePage(lonely.slug))!.related).toEqual([]);
  });
});

describe("the series box", () => {
  it("lists the parts in order, with unpublished parts as forthcoming and no title", async () => {
    const series = await makeSeries("Retrofit diary");
    const p3 = await makePost({
      seriesId: series.id,
      seriesPosition: 3,
      status: "SCHEDULED",
      publishedAt: null,
      title: "Secret part three",
    });
    const p1 = await makePost({ seriesId: series.id, seriesPosition: 1, publishedAt: daysAgo(10) });
    const p2 = await makePost({ seriesId: series.id, seriesPosition: 2, publishedAt: daysAgo(5) });
    await makePost({ seriesId: series.id, seriesPosition: 4, status: "ARCHIVED" });

    const box = (await getArticlePage(p2.slug))!.series!;
    expect(box.position).toBe(2);
    expect(box.plannedParts).toBeNull();
    expect(box.parts).toEqual([
      { position: 1, slug: p1.slug, title: p1.title },
      { position: 2, slug: p2.slug, title: p2.title },
      { position: 3, slug: null, title: null },
    ]);
    expect(box.previous).toEqual({ position: 1, slug: p1.slug, title: p1.title });
    expect(box.next).toEqual({ position: 3, slug: null, title: null });
    expect(JSON.stringify(box)).not.toContain("Secret part three");
    expect(JSON.stringify(box)).not.toContain(p3.slug);

    const first = (await getArticlePage(p1.slug))!.series!;
    expect(first.previous).toBeNull();
    expect(first.next?.slug).toBe(p2.slug);
  });
});

describe("contact cards", () => {
  it("appear only for contributors who opted in and have a way to be reached", async () => {
    const optedIn = await makeContributor({
      name: "Jane Doe",
      email: "jane@example.org",
      phone: "+44 1632 960000",
      contactOptIn: true,
    });
    const private_ = await makeContributor({ email: "hidden@example.org", contactOptIn: false });
    const noDetails = await makeContributor({ contactOptIn: true });
    const post = await makePost({ contributorIds: [optedIn.id, private_.id, noDetails.id] });
    const page = await getArticlePage(post.slug);
    expect(page!.contacts).toEqual([
      { name: "Jane Doe", firstName: "Jane", slug: optedIn.slug, email: "jane@example.org", phone: "+44 1632 960000" },
    ]);
    expect(JSON.stringify(page)).not.toContain("hidden@example.org");
  });
});

describe("slug redirects", () => {
  it("send an old slug to the post's current slug", async () => {
    const post = await makePost({ slug: "new-name" });
    await db.slugRedirect.create({ data: { oldSlug: "old-name", postId: post.id } });
    expect(await getArticlePage("old-name")).toBeNull();
    expect(await findRedirect("old-name")).toBe("new-name");
  });

  it("do not reveal an unpublished post", async () => {
    const draft = await makePost({ slug: "draft-new-name", status: "DRAFT", publishedAt: null });
    await db.slugRedirect.create({ data: { oldSlug: "draft-old-name", postId: draft.id } });
    expect(await findRedirect("draft-old-name")).toBeNull();
  });

  it("give nothing for a slug that never existed", async () => {
    expect(await findRedirect("never-was")).toBeNull();
  });
});
