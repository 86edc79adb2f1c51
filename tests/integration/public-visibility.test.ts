import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { getPublishedPost, listPublishedPosts } from "../../lib/posts/queries";

const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  const contributor = await db.contributor.create({ data: { slug: "sam-writer", name: "Sam Writer" } });
  const make = (slug: string, status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED", publishedAt: Date | null) =>
    db.post.create({
      data: {
        slug, title: `Post ${slug}`, status, publishedAt, body: "Text", html: "<p>Text</p>",
        bylines: { create: { contributorId: contributor.id, position: 0 } },
      },
    });
  await make("published-yesterday", "PUBLISHED", new Date(Date.now() - DAY));
  await make("published-last-week", "PUBLISHED", new Date(Date.now() - 7 * DAY));
  await make("a-draft", "DRAFT", null);
  await make("in-review", "IN_REVIEW", null);
  await make("scheduled", "SCHEDULED", null);
  await make("archived", "ARCHIVED", new Date(Date.now() - 30 * DAY));
  // Marked published but dated in the future: not due yet.
  await make("published-tomorrow", "PUBLISHED", new Date(Date.now() + DAY));
});

describe("what readers can see", () => {
  it("the home listing shows only published, due posts, newest first", async () => {
    const { posts, hasMore } = await listPublishedPosts(1);
    expect(posts.map((p) => p.slug)).toEqual(["published-yesterday", "published-last-week"]);
    expect(hasMore).toBe(false);
    expect(posts[0]!.bylines).toEqual([{ name: "Sam Writer", slug: "sam-writer", jobTitle: null, organisation: null }]);
  });

  it.each(["a-draft", "in-review", "scheduled", "archived", "published-tomorrow"])(
    "the unpublished post %s is not served by slug",
    async (slug) => {
      expect(await getPublishedPost(slug)).toBeNull();
    },
  );

  it("a published post is served by slug with its stored HTML", async () => {
    const post = await getPublishedPost("published-yesterday");
    expect(post?.html).toBe("<p>Text</p>");
  });

  it("an unknown slug gives null, not an error", async () => {
    expect(await getPublishedPost("no-such-post")).toBeNull();
  });
});
