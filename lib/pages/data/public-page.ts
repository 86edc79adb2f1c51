import "server-only";
import { db, type Prisma } from "../../db";
import type { PreviewGrant } from "../../posts/data/article-page";
import { storedHeadingsSchema } from "../../posts/schema";
import { isPublishedPage, publishedPage } from "../../posts/visibility";
import type { PageContact, PageLink, PublicPage } from "../dto";

// Standalone pages as readers see them. "Published and due" is decided in
// each query (lib/posts/visibility.ts), never by the route.

export async function getPublicPage(slug: string): Promise<PublicPage | null> {
  return loadPage({ slug, ...publishedPage() });
}

/** A page whatever its status, for a preview someone was allowed to see (lib/posts/data/preview.ts). */
export async function getPreviewPage(grant: PreviewGrant): Promise<PublicPage | null> {
  return loadPage({ id: grant.postId, kind: "PAGE" });
}

async function loadPage(where: Prisma.PostWhereInput): Promise<PublicPage | null> {
  const row = await db.post.findFirst({
    where,
    select: {
      id: true,
      slug: true,
      title: true,
      standfirst: true,
      html: true,
      headings: true,
      language: true,
      seoTitle: true,
      seoDescription: true,
      publishedAt: true,
      contentUpdatedAt: true,
      pageTemplate: true,
      pageContact: {
        select: {
          id: true,
          name: true,
          jobTitle: true,
          organisation: true,
          email: true,
          phone: true,
          contactOptIn: true,
        },
      },
    },
  });
  if (!row) return null;
  // A draft has no publication date yet: as readers would get it if published now.
  const publishedAt = row.publishedAt ?? new Date();
  const c = row.pageTemplate === "CONTACT" ? row.pageContact : null;
  // A contributor who withdrew their consent disappears from the block, as from article contact cards.
  const contact: PageContact | null =
    c && c.contactOptIn && (c.email || c.phone)
      ? { name: c.name, jobTitle: c.jobTitle, organisation: c.organisation, email: c.email, phone: c.phone }
      : null;
  const updated = row.contentUpdatedAt;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    html: row.html,
    headings: storedHeadingsSchema.parse(row.headings),
    language: row.language,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    publishedAt,
    modifiedAt: updated && updated > publishedAt ? updated : publishedAt,
    contact,
    shows: { posts: [row.id], contributors: c ? [c.id] : [] },
  };
}

/** The current slug of a page that used to live at `oldSlug`, if it is published. */
export async function findPageRedirect(oldSlug: string): Promise<string | null> {
  const redirect = await db.slugRedirect.findUnique({
    where: { oldSlug },
    select: { post: { select: { slug: true, kind: true, status: true, publishedAt: true } } },
  });
  const post = redirect?.post;
  return post && isPublishedPage(post) ? post.slug : null;
}

/** Every published page, by title: a site has a handful (About, Privacy, Accessibility). */
export async function listPublishedPages(limit = 200): Promise<PageLink[]> {
  return db.post.findMany({
    where: publishedPage(),
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, slug: true, title: true },
  });
}
