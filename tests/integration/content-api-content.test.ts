import { describe, expect, it } from "vitest";
import { GET as contributorsRoute } from "../../app/api/content/v1/contributors/route";
import { GET as pageRoute } from "../../app/api/content/v1/pages/[slug]/route";
import { GET as pagesRoute } from "../../app/api/content/v1/pages/route";
import { GET as postRoute } from "../../app/api/content/v1/posts/[slug]/route";
import { GET as postsRoute } from "../../app/api/content/v1/posts/route";
import { GET as tagsRoute } from "../../app/api/content/v1/tags/route";
import type { ApiPostSummary } from "../../lib/content-api/dto";
import { db } from "../../lib/db";
import { apiGet, apiReader, makeApiKey } from "../helpers/content-api";
import { daysAgo, makeContributor, makePost, makeSection, makeTag } from "../helpers/factories";

// What the Content API hands out: published and due articles and pages only,
// and each filter narrowing exactly (paging: content-api-paging.test.ts).

const { secret: key } = await makeApiKey();
const { getJson, walk } = apiReader(key);

describe("what the Content API never shows", () => {
  it("lists and serves only published, due articles: no draft, review, scheduled, future, archived post or page", async () => {
    const tag = await makeTag();
    const visible = await makePost({ tagIds: [tag.id] });
    const hidden = await Promise.all([
      makePost({ tagIds: [tag.id], status: "DRAFT", publishedAt: null }),
      makePost({ tagIds: [tag.id], status: "IN_REVIEW", publishedAt: null }),
      makePost({
        tagIds: [tag.id],
        status: "SCHEDULED",
        publishedAt: null,
        scheduledAt: new Date(Date.now() + 3600_000),
      }),
      makePost({ tagIds: [tag.id], status: "PUBLISHED", publishedAt: new Date(Date.now() + 3600_000) }),
      makePost({ tagIds: [tag.id], status: "ARCHIVED", publishedAt: daysAgo(3) }),
      makePost({ tagIds: [tag.id], kind: "PAGE" }),
    ]);
    const everything = await walk<ApiPostSummary>(postsRoute, "/posts?limit=100");
    expect(everything.slugs).toContain(visible.slug);
    for (const post of hidden) {
      expect(everything.slugs).not.toContain(post.slug);
      const single = await apiGet(postRoute, `/posts/${post.slug}`, { key, slug: post.slug });
      expect(single.status, post.status).toBe(404);
      expect(await single.json()).toEqual({ error: "No published article has this slug." });
    }
    expect((await getJson(postsRoute, `/posts?tag=${tag.slug}`)).data.map((p) => p.slug)).toEqual([visible.slug]);
  });

  it("lists and serves only published, due pages, never an article through /pages", async () => {
    const page = await makePost({ kind: "PAGE", title: "About us" });
    const draftPage = await makePost({ kind: "PAGE", status: "DRAFT", publishedAt: null });
    const futurePage = await makePost({ kind: "PAGE", publishedAt: new Date(Date.now() + 3600_000) });
    const article = await makePost();
    const pages = await walk(pagesRoute, "/pages");
    expect(pages.slugs).toContain(page.slug);
    for (const hidden of [draftPage, futurePage, article]) {
      expect(pages.slugs).not.toContain(hidden.slug);
      expect((await apiGet(pageRoute, `/pages/${hidden.slug}`, { key, slug: hidden.slug })).status).toBe(404);
    }
    const one = await getJson<{ data: { title: string; html: string; url: string } }>(
      pageRoute,
      `/pages/${page.slug}`,
      page.slug,
    );
    expect(one.data).toMatchObject({
      title: "About us",
      html: "<p>Body</p>",
      url: `http://localhost:3000/${page.slug}`,
    });
  });

  it("never hands out a contributor's email or phone, nor a tag or writer that only a draft uses", async () => {
    const writer = await makeContributor({ email: "dawn@example.test", phone: "+44 1234 567890", contactOptIn: true });
    const post = await makePost({ contributorIds: [writer.id] });
    const draftTag = await db.tag.create({
      data: { slug: "secret-merger", name: "Secret merger", createdInDraft: true },
    });
    const draftWriter = await makeContributor({ createdInDraft: true });
    await makePost({ status: "DRAFT", publishedAt: null, tagIds: [draftTag.id], contributorIds: [draftWriter.id] });

    const bodies = [
      JSON.stringify(await getJson(postRoute, `/posts/${post.slug}`, post.slug)),
      JSON.stringify((await walk(contributorsRoute, "/contributors")).items),
      JSON.stringify((await walk(postsRoute, "/posts")).items),
    ];
    for (const body of bodies) {
      expect(body).not.toContain("dawn@example.test");
      expect(body).not.toContain("1234 567890");
    }
    expect((await walk(tagsRoute, "/tags")).slugs).not.toContain("secret-merger");
    expect((await walk(contributorsRoute, "/contributors")).slugs).not.toContain(draftWriter.slug);
    expect((await walk(contributorsRoute, "/contributors")).slugs).toContain(writer.slug);
  });
});

describe("filtering posts", () => {
  it("by section, counting posts also filed in it", async () => {
    const [housing, other] = [await makeSection(), await makeSection()];
    const own = await makePost({ sectionId: housing.id, publishedAt: daysAgo(2) });
    const filed = await makePost({ sectionId: other.id, publishedAt: daysAgo(1) });
    await db.postSection.create({ data: { postId: filed.id, sectionId: housing.id, position: 0 } });
    await makePost({ sectionId: other.id });
    const listed = await getJson(postsRoute, `/posts?section=${housing.slug}`);
    expect(listed.data.map((p) => p.slug)).toEqual([filed.slug, own.slug]);
    expect(listed.data[0]!.otherSections.map((s) => s.slug)).toEqual([housing.slug]);
    expect((await getJson(postsRoute, "/posts?section=no-such-section")).data).toEqual([]);
  });

  it("by tag and by contributor", async () => {
    const tag = await makeTag();
    const writer = await makeContributor();
    const tagged = await makePost({ tagIds: [tag.id] });
    const signed = await makePost({ contributorIds: [writer.id] });
    await makePost();
    expect((await getJson(postsRoute, `/posts?tag=${tag.slug}`)).data.map((p) => p.slug)).toEqual([tagged.slug]);
    const bySigner = await getJson(postsRoute, `/posts?contributor=${writer.slug}`);
    expect(bySigner.data.map((p) => p.slug)).toEqual([signed.slug]);
    expect(bySigner.data[0]!.bylines).toEqual([
      expect.objectContaining({
        slug: writer.slug,
        name: writer.name,
        url: `http://localhost:3000/contributors/${writer.slug}`,
      }),
    ]);
  });

  it("by type and by language, a bare language matching every variant", async () => {
    const tag = await makeTag();
    const opinion = await makePost({ tagIds: [tag.id], type: "OPINION", language: "nl-NL" });
    const news = await makePost({ tagIds: [tag.id], type: "NEWS", language: "en-GB" });
    const slugs = async (query: string) =>
      (await getJson(postsRoute, `/posts?tag=${tag.slug}&${query}`)).data.map((p) => p.slug);
    expect(await slugs("type=opinion")).toEqual([opinion.slug]);
    expect(await slugs("type=news")).toEqual([news.slug]);
    expect(await slugs("language=nl-NL")).toEqual([opinion.slug]);
    expect(await slugs("language=nl")).toEqual([opinion.slug]);
    expect(await slugs("language=en-US")).toEqual([]);
    expect((await getJson(postsRoute, `/posts?tag=${tag.slug}&type=opinion`)).data[0]!.type).toBe("opinion");
  });

  it("by updatedSince, on the stored post's last change", async () => {
    const tag = await makeTag();
    const old = await makePost({ tagIds: [tag.id] });
    const recent = await makePost({ tagIds: [tag.id] });
    await db.post.update({ where: { id: old.id }, data: { updatedAt: daysAgo(10) } });
    const since = daysAgo(5).toISOString();
    expect((await getJson(postsRoute, `/posts?tag=${tag.slug}&updatedSince=${since}`)).data.map((p) => p.slug)).toEqual(
      [recent.slug],
    );
  });

  it("refuses a filter value it cannot read with 422, naming the parameter", async () => {
    for (const query of ["type=essay", "limit=0", "limit=101", "updatedSince=yesterday", "cursor=bm90LWEtY3Vyc29y"]) {
      const response = await apiGet(postsRoute, `/posts?${query}`, { key });
      expect(response.status, query).toBe(422);
      const body = await response.json();
      expect(Object.keys(body.fieldErrors), query).toEqual([query.split("=")[0]]);
    }
  });
});
