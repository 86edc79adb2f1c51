import type { Db } from "../../../lib/db";
import { render } from "../../../lib/markdown";
import { bylinesAreTrusted, renderPostBody, writerHandlesOf } from "../../../lib/posts/render-body";
import { siteSettingsSchema } from "../../../lib/settings/schema";
import { slugify } from "../../../lib/text/slug";
import type { Progress } from "../cli/progress";
import type { ContentSet, } from "./load";
import type { PageFile, PostFile } from "./schema";

// Imports content/ into the database. Idempotent by design: rows are matched
// by slug and only missing ones are created, so a second run changes nothing
// and staff edits to imported pieces are never overwritten.

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface ImportCounts {
  sections: number;
  tags: number;
  contributors: number;
  series: number;
  posts: number;
  pages: number;
}

export async function importContent(
  tx: Tx,
  content: ContentSet,
  options: { siteUrl: string; progress?: Progress },
): Promise<ImportCounts> {
  const counts: ImportCounts = { sections: 0, tags: 0, contributors: 0, series: 0, posts: 0, pages: 0 };

  for (const [position, s] of content.sections.entries()) {
    if (await tx.section.findUnique({ where: { slug: s.slug }, select: { id: true } })) continue;
    await tx.section.create({ data: { slug: s.slug, name: s.name, description: s.description, position } });
    counts.sections++;
  }

  const tagNames = new Map<string, string>();
  for (const p of content.posts) for (const name of p.tags) tagNames.set(slugify(name), name);
  for (const [slug, name] of tagNames) {
    if (await tx.tag.findUnique({ where: { slug }, select: { id: true } })) continue;
    await tx.tag.create({ data: { slug, name } });
    counts.tags++;
  }

  for (const c of content.contributors) {
    if (await tx.contributor.findUnique({ where: { slug: c.slug }, select: { id: true } })) continue;
    const user = c.staffEmail ? await tx.user.findUnique({ where: { email: c.staffEmail }, select: { id: true } }) : null;
    await tx.contributor.create({
      data: {
        slug: c.slug, name: c.name, firstName: c.firstName ?? null, jobTitle: c.jobTitle ?? null, organisation: c.organisation ?? null,
        bio: c.body, bioHtml: render(c.body, "bio", { trustedAuthor: Boolean(user) }).html,
        photoUrl: c.photo ?? null, email: c.email ?? null, phone: c.phone ?? null, contactOptIn: c.contactOptIn,
        socialHandle: c.socialHandle ?? null, organisationHandle: c.organisationHandle ?? null,
        userId: user?.id ?? null,
      },
    });
    counts.contributors++;
  }

  for (const s of content.series) {
    if (await tx.series.findUnique({ where: { slug: s.slug }, select: { id: true } })) continue;
    await tx.series.create({
      data: {
        slug: s.slug, title: s.title, language: s.language, plannedParts: s.plannedParts ?? null,
        description: s.body, descriptionHtml: render(s.body, "article", { trustedAuthor: true }).html,
      },
    });
    counts.series++;
  }

  const editor = await tx.user.findFirst({ where: { role: "EDITOR" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  for (const p of content.posts) {
    options.progress?.tick();
    if (await tx.post.findUnique({ where: { slug: p.slug }, select: { id: true } })) continue;
    await createPost(tx, p, options.siteUrl, editor?.id ?? null);
    counts.posts++;
  }
  const admin = await tx.user.findFirst({ where: { role: "ADMIN" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  for (const p of content.pages) {
    if (await tx.post.findUnique({ where: { slug: p.slug }, select: { id: true } })) continue;
    await createPage(tx, p, options.siteUrl, admin?.id ?? editor?.id ?? null);
    counts.pages++;
  }
  return counts;
}

/** A standalone page (About, Privacy): published, no byline, written by the site's staff. */
async function createPage(tx: Tx, p: PageFile, siteUrl: string, staffId: string | null): Promise<void> {
  const rendered = renderPostBody(p.body, {
    slug: p.slug, hashtag: null, trustedAuthor: true, siteUrl, siteHandle: null, writerHandles: [],
  });
  const contact = p.contact ? await tx.contributor.findUnique({ where: { slug: p.contact }, select: { id: true } }) : null;
  await tx.post.create({
    data: {
      kind: "PAGE", slug: p.slug, title: p.title, standfirst: p.standfirst, language: p.language,
      body: p.body, html: rendered.html, plainText: rendered.text, headings: rendered.headings.map(({ depth, id, text }) => ({ depth, id, text })), wordCount: rendered.wordCount,
      readingMinutes: rendered.readingMinutes,
      status: "PUBLISHED", publishedAt: p.publishedAt, contentUpdatedAt: p.updatedAt ?? null,
      seoTitle: p.seoTitle ?? null, seoDescription: p.seoDescription ?? null,
      commentsEnabled: false, pageTemplate: p.template, pageContactId: contact?.id ?? null,
      createdById: staffId, publishedById: staffId,
    },
  });
}

async function createPost(tx: Tx, p: PostFile, siteUrl: string, editorId: string | null): Promise<void> {
  const contributors = await tx.contributor.findMany({
    where: { slug: { in: p.bylines } },
    select: { id: true, slug: true, jobTitle: true, organisation: true, userId: true, socialHandle: true, organisationHandle: true },
  });
  const bySlug = new Map(contributors.map((c) => [c.slug, c]));
  const rendered = renderPostBody(p.body, {
    slug: p.slug, hashtag: p.hashtag ?? null, trustedAuthor: bylinesAreTrusted(contributors), siteUrl,
    // Demo content goes into a fresh site, whose handle is the default one.
    siteHandle: siteSettingsSchema.parse({}).socialHandle,
    writerHandles: writerHandlesOf(p.bylines.flatMap((slug) => bySlug.get(slug) ?? [])),
  });
  const section = p.section ? await tx.section.findUnique({ where: { slug: p.section }, select: { id: true } }) : null;
  const series = p.series ? await tx.series.findUnique({ where: { slug: p.series.slug }, select: { id: true } }) : null;
  const tags = await tx.tag.findMany({ where: { slug: { in: p.tags.map(slugify) } }, select: { id: true } });
  const alsoIn = await tx.section.findMany({ where: { slug: { in: p.alsoIn } }, select: { id: true, slug: true } });
  const published = p.status === "PUBLISHED";

  await tx.post.create({
    data: {
      slug: p.slug, type: p.type, title: p.title, standfirst: p.standfirst, language: p.language,
      body: p.body, html: rendered.html, plainText: rendered.text, headings: rendered.headings.map(({ depth, id, text }) => ({ depth, id, text })), wordCount: rendered.wordCount,
      readingMinutes: rendered.readingMinutes,
      status: p.status,
      publishedAt: published ? p.publishedAt! : null,
      scheduledAt: p.status === "SCHEDULED" ? p.publishedAt! : null,
      contentUpdatedAt: p.updatedAt ?? null,
      heroImageUrl: p.hero?.src ?? null, heroAlt: p.hero?.alt ?? null,
      heroCaption: p.hero?.caption ?? null, heroCredit: p.hero?.credit ?? null,
      seoTitle: p.seoTitle ?? null, seoDescription: p.seoDescription ?? null, hashtag: p.hashtag ?? null,
      commentsEnabled: p.commentsEnabled, signOff: p.signOff,
      sectionId: section?.id ?? null, seriesId: series?.id ?? null, seriesPosition: p.series?.position ?? null,
      createdById: contributors.find((c) => c.userId)?.userId ?? editorId,
      publishedById: published ? editorId : null,
      scheduledById: p.status === "SCHEDULED" ? editorId : null,
      bylines: {
        create: p.bylines.map((slug, position) => {
          const c = bySlug.get(slug)!;
          return { contributorId: c.id, position, jobTitle: c.jobTitle, organisation: c.organisation };
        }),
      },
      tags: { create: tags.map((t) => ({ tagId: t.id })) },
      otherSections: {
        create: p.alsoIn.flatMap((slug, position) => alsoIn.filter((s) => s.slug === slug).map((s) => ({ sectionId: s.id, position }))),
      },
    },
  });
}
