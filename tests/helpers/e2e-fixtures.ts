import type { Db } from "../../lib/db";
import { render } from "../../lib/markdown";
import { postBodySchema } from "../../lib/posts/editor-schema";
import { hostileArticleBody } from "../fixtures/hostile/corpus";

export const HOSTILE_SLUG = "e2e-hostile-corpus";
export const DRAFT_SLUG = "e2e-secret-draft";
/** A draft the revalidation test publishes and unpublishes behind the site's back. */
export const TO_PUBLISH = {
  slug: "e2e-to-publish",
  title: "A piece published while the site runs",
  section: "regulation",
};

/** A published article with one approved comment by another reader, for the comments journey. */
export const CONVERSATION = {
  slug: "e2e-conversation",
  title: "A piece readers answer",
  existingComment: "Estates need more green space, not less.",
};

/** Rows the browser tests rely on, beyond the demo content. */
export async function addE2eFixtures(db: Db, siteUrl: string): Promise<void> {
  const guest = await db.contributor.create({
    data: { slug: "e2e-guest", name: "Guest <script>alert(1)</script> Writer", organisation: "Test & Co" },
  });
  // A guest's article whose body is the whole hostile corpus.
  const body = postBodySchema.parse(hostileArticleBody);
  const rendered = render(body, "article", {
    trustedAuthor: false,
    articleUrl: `${siteUrl}/articles/${HOSTILE_SLUG}`,
    hashtag: "Test",
  });
  await db.post.create({
    data: {
      slug: HOSTILE_SLUG,
      type: "OPINION",
      title: "Hostile corpus",
      status: "PUBLISHED",
      publishedAt: new Date("2020-01-01T00:00:00Z"),
      body,
      html: rendered.html,
      plainText: rendered.text,
      bylines: { create: { contributorId: guest.id, position: 0 } },
    },
  });
  await db.post.create({
    data: {
      slug: DRAFT_SLUG,
      title: "Secret draft never to be seen",
      status: "DRAFT",
      body: "Unpublished",
      html: "<p>Unpublished</p>",
      bylines: { create: { contributorId: guest.id, position: 0 } },
    },
  });
  const section = await db.section.findUniqueOrThrow({ where: { slug: TO_PUBLISH.section } });
  const staff = await db.contributor.findFirstOrThrow({ where: { userId: { not: null } } });
  await db.post.create({
    data: {
      slug: TO_PUBLISH.slug,
      title: TO_PUBLISH.title,
      status: "DRAFT",
      sectionId: section.id,
      standfirst: "Written for the cache revalidation test.",
      body: "Fresh text",
      html: "<p>Fresh text</p>",
      bylines: { create: { contributorId: staff.id, position: 0 } },
    },
  });
  const other = await db.user.create({
    data: { email: "existing-reader@example.test", name: "Existing Reader", role: "READER" },
  });
  await db.post.create({
    data: {
      slug: CONVERSATION.slug,
      title: CONVERSATION.title,
      status: "PUBLISHED",
      publishedAt: new Date("2020-01-02T00:00:00Z"),
      sectionId: section.id,
      body: "Tell us what you think.",
      html: "<p>Tell us what you think.</p>",
      bylines: { create: { contributorId: staff.id, position: 0 } },
      comments: {
        create: {
          authorId: other.id,
          status: "APPROVED",
          body: CONVERSATION.existingComment,
          html: render(CONVERSATION.existingComment, "comment", { trustedAuthor: false }).html,
        },
      },
    },
  });
}
