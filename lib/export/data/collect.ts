import "server-only";
import { db, Prisma } from "../../db";
import type {
  ExportedComment,
  ExportedContributor,
  ExportedMedia,
  ExportedMenu,
  ExportedMenuItem,
  ExportedPathRedirect,
  ExportedPost,
  ExportedSection,
  ExportedSeries,
  ExportedSetting,
  ExportedSlugRedirect,
  ExportedTag,
  ExportedUser,
} from "../schema";

// Everything an export holds, read in one REPEATABLE READ transaction so the
// files agree with each other (a comment never points at a post that the
// same export lacks). Callers authorize: exportSite for a signed-in admin,
// the `npm run export` command for whoever has the server's shell.

export interface ExportedPostFile {
  frontMatter: ExportedPost;
  body: string;
}

export interface SiteExport {
  createdAt: string;
  users: ExportedUser[];
  contributors: ExportedContributor[];
  sections: ExportedSection[];
  tags: ExportedTag[];
  series: ExportedSeries[];
  comments: ExportedComment[];
  media: ExportedMedia[];
  settings: ExportedSetting[];
  slugRedirects: ExportedSlugRedirect[];
  pathRedirects: ExportedPathRedirect[];
  menus: ExportedMenu[];
  menuItems: ExportedMenuItem[];
  posts: ExportedPostFile[];
}

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

export async function collectSite(): Promise<SiteExport> {
  return db.$transaction(
    async (tx) => {
      const createdAt = new Date().toISOString();
      const users = await tx.user.findMany({
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          email: true,
          emailVerified: true,
          name: true,
          image: true,
          role: true,
          disabled: true,
          bannedAt: true,
          commentAlerts: true,
          invitedById: true,
          createdAt: true,
        },
      });
      const contributors = await tx.contributor.findMany({
        orderBy: { slug: "asc" },
        omit: { bioHtml: true },
      });
      const sections = await tx.section.findMany({ orderBy: { position: "asc" } });
      const tags = await tx.tag.findMany({ orderBy: { slug: "asc" } });
      const series = await tx.series.findMany({ orderBy: { slug: "asc" }, omit: { descriptionHtml: true } });
      const comments = await tx.comment.findMany({ orderBy: { createdAt: "asc" }, omit: { html: true } });
      const media = await tx.media.findMany({ orderBy: { createdAt: "asc" } });
      const settings = await tx.siteSetting.findMany({ orderBy: { key: "asc" } });
      const slugRedirects = await tx.slugRedirect.findMany({ orderBy: { oldSlug: "asc" } });
      const pathRedirects = await tx.pathRedirect.findMany({ orderBy: { fromPath: "asc" } });
      const menus = await tx.menu.findMany({ orderBy: { name: "asc" } });
      const menuItems = await tx.menuItem.findMany({ orderBy: [{ menu: "asc" }, { position: "asc" }] });
      const posts = await tx.post.findMany({
        orderBy: { slug: "asc" },
        include: {
          section: { select: { slug: true } },
          series: { select: { slug: true } },
          pageContact: { select: { slug: true } },
          bylines: { orderBy: { position: "asc" }, include: { contributor: { select: { slug: true } } } },
          tags: { include: { tag: { select: { slug: true } } } },
          otherSections: { orderBy: { position: "asc" }, include: { section: { select: { slug: true } } } },
          pinnedRelated: { orderBy: { position: "asc" }, include: { related: { select: { slug: true } } } },
        },
      });
      return {
        createdAt,
        users: users.map((u) => ({
          ...u,
          emailVerified: isoOrNull(u.emailVerified),
          bannedAt: isoOrNull(u.bannedAt),
          createdAt: iso(u.createdAt),
        })),
        contributors: contributors.map((c) => ({ ...c, createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt) })),
        sections: sections.map((s) => ({ ...s, createdAt: iso(s.createdAt) })),
        tags: tags.map((t) => ({ ...t, createdAt: iso(t.createdAt) })),
        series: series.map((s) => ({ ...s, createdAt: iso(s.createdAt), updatedAt: iso(s.updatedAt) })),
        comments: comments.map((c) => ({
          ...c,
          moderatedAt: isoOrNull(c.moderatedAt),
          editedAt: isoOrNull(c.editedAt),
          removedAt: isoOrNull(c.removedAt),
          createdAt: iso(c.createdAt),
          updatedAt: iso(c.updatedAt),
        })),
        media: media.map((m) => ({
          ...m,
          variants: m.variants as ExportedMedia["variants"],
          createdAt: iso(m.createdAt),
          updatedAt: iso(m.updatedAt),
        })),
        settings: settings.map((s) => ({
          ...s,
          value: s.value as ExportedSetting["value"],
          updatedAt: iso(s.updatedAt),
        })),
        slugRedirects: slugRedirects.map((r) => ({ ...r, createdAt: iso(r.createdAt) })),
        pathRedirects: pathRedirects.map((r) => ({ ...r, createdAt: iso(r.createdAt) })),
        menus: menus.map((m) => ({ ...m, updatedAt: iso(m.updatedAt) })),
        menuItems,
        posts: posts.map((p) => ({ frontMatter: postFrontMatter(p), body: p.body })),
      };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 300_000 },
  );
}

type LoadedPost = Prisma.PostGetPayload<{
  include: {
    section: { select: { slug: true } };
    series: { select: { slug: true } };
    pageContact: { select: { slug: true } };
    bylines: { include: { contributor: { select: { slug: true } } } };
    tags: { include: { tag: { select: { slug: true } } } };
    otherSections: { include: { section: { select: { slug: true } } } };
    pinnedRelated: { include: { related: { select: { slug: true } } } };
  };
}>;

function postFrontMatter(p: LoadedPost): ExportedPost {
  return {
    id: p.id,
    slug: p.slug,
    kind: p.kind,
    type: p.type,
    title: p.title,
    standfirst: p.standfirst,
    language: p.language,
    status: p.status,
    publishedAt: isoOrNull(p.publishedAt),
    scheduledAt: isoOrNull(p.scheduledAt),
    contentUpdatedAt: isoOrNull(p.contentUpdatedAt),
    section: p.section?.slug ?? null,
    alsoIn: p.otherSections.map((s) => s.section.slug),
    tags: p.tags.map((t) => t.tag.slug).sort(),
    series: p.series ? { slug: p.series.slug, position: p.seriesPosition } : null,
    bylines: p.bylines.map((b) => ({
      id: b.id,
      contributor: b.contributor.slug,
      jobTitle: b.jobTitle,
      organisation: b.organisation,
    })),
    hero: {
      mediaId: p.heroMediaId,
      imageUrl: p.heroImageUrl,
      alt: p.heroAlt,
      caption: p.heroCaption,
      credit: p.heroCredit,
    },
    seoTitle: p.seoTitle,
    seoDescription: p.seoDescription,
    hashtag: p.hashtag,
    commentsEnabled: p.commentsEnabled,
    signOff: p.signOff,
    related: p.pinnedRelated.map((r) => r.related.slug),
    pageTemplate: p.pageTemplate,
    pageContact: p.pageContact?.slug ?? null,
    reviewNote: p.reviewNote,
    createdById: p.createdById,
    publishedById: p.publishedById,
    scheduledById: p.scheduledById,
    version: p.version,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
  };
}
