import { Prisma, type Db } from "../../../lib/db";
import { mimeTypeForStoredFile } from "../../../lib/media/sniff";
import { storageKeySegments, type MediaStorage } from "../../../lib/media/storage";
import type { ProgressFactory } from "../backup/create";
import { ImportError, type ExportArchive } from "./read";
import { bioHtml, commentHtml, renderPosts, seriesHtml, type RenderedPost } from "./render";

// `npm run import:masthead`: an export (lib/export) into an empty site, ids
// and all, in one transaction. Bodies are rendered again first (render.ts);
// the media files are written before the rows that point at them, as an
// upload does, and removed again if the transaction fails.

export interface ImportCounts {
  posts: number;
  pages: number;
  users: number;
  contributors: number;
  comments: number;
  mediaFiles: number;
}

/** Tables that must be empty: an import never merges into a site that has content or people. */
const CONTENT_TABLES = [
  "post",
  "user",
  "contributor",
  "section",
  "tag",
  "series",
  "comment",
  "media",
  "pathRedirect",
  "menu",
] as const;

export async function importSite(
  db: Db,
  archive: ExportArchive,
  options: { siteUrl: string; media: MediaStorage; progress?: ProgressFactory },
): Promise<ImportCounts> {
  const counts = await Promise.all(CONTENT_TABLES.map((t) => (db[t] as { count(): Promise<number> }).count()));
  const occupied = CONTENT_TABLES.filter((_, i) => counts[i]! > 0);
  if (occupied.length) {
    throw new ImportError(
      `Nothing was imported: this site already has ${occupied.join(", ")} rows. Import into an empty site (a new database after npm run db:migrate, without the demo seed).`,
    );
  }
  const bar = options.progress?.("Rendering posts", archive.posts.length);
  const rendered = renderPosts(archive, options.siteUrl, bar);
  bar?.done();
  const rows = postRows(archive, rendered);
  const written = await writeMediaFiles(options.media, archive.mediaFiles);
  try {
    await db.$transaction(
      async (tx) => {
        for (const s of archive.settings) {
          const value = s.value === null ? Prisma.JsonNull : (s.value as Prisma.InputJsonValue);
          await tx.siteSetting.upsert({ where: { key: s.key }, create: { ...s, value }, update: { value } });
        }
        await tx.user.createMany({ data: archive.users });
        await tx.contributor.createMany({
          data: archive.contributors.map((c) => ({ ...c, bioHtml: bioHtml(c.bio, c.userId) })),
        });
        await tx.section.createMany({ data: archive.sections });
        await tx.tag.createMany({ data: archive.tags });
        await tx.series.createMany({
          data: archive.series.map((s) => ({ ...s, descriptionHtml: seriesHtml(s.description) })),
        });
        await tx.media.createMany({
          data: archive.media.map((m) => ({ ...m, variants: m.variants as Prisma.InputJsonValue })),
        });
        await tx.post.createMany({ data: rows.posts });
        await tx.byline.createMany({ data: rows.bylines });
        await tx.postTag.createMany({ data: rows.tags });
        await tx.postSection.createMany({ data: rows.otherSections });
        await tx.relatedPost.createMany({ data: rows.related });
        await tx.postMedia.createMany({ data: rows.media });
        // One statement, so a reply may come before the comment it answers.
        await tx.comment.createMany({ data: archive.comments.map((c) => ({ ...c, html: commentHtml(c.body) })) });
        await tx.slugRedirect.createMany({ data: archive.slugRedirects });
        await tx.pathRedirect.createMany({ data: archive.pathRedirects });
        await tx.menu.createMany({ data: archive.menus });
        await tx.menuItem.createMany({ data: archive.menuItems });
      },
      { timeout: 600_000 },
    );
  } catch (error) {
    for (const folder of written) await options.media.delete(folder);
    throw error;
  }
  const pages = archive.posts.filter((p) => p.frontMatter.kind === "PAGE").length;
  return {
    posts: archive.posts.length - pages,
    pages,
    users: archive.users.length,
    contributors: archive.contributors.length,
    comments: archive.comments.length,
    mediaFiles: archive.mediaFiles.size,
  };
}

/** The posts' rows and their links, with every slug resolved to the id it names in the same export. */
function postRows(archive: ExportArchive, rendered: RenderedPost[]) {
  const idOf = (kind: string, list: { id: string; slug: string }[]) => {
    const ids = new Map(list.map((x) => [x.slug, x.id]));
    return (slug: string, owner: string) => {
      const id = ids.get(slug);
      if (!id) throw new ImportError(`${owner} refers to ${kind} ${slug}, which the export does not have.`);
      return id;
    };
  };
  const section = idOf("section", archive.sections);
  const tag = idOf("tag", archive.tags);
  const series = idOf("series", archive.series);
  const contributor = idOf("contributor", archive.contributors);
  const post = idOf(
    "post",
    archive.posts.map((p) => p.frontMatter),
  );

  return {
    posts: rendered.map(({ post: { frontMatter: p, body }, columns }) => {
      const owner = `${p.kind === "PAGE" ? "pages" : "posts"}/${p.slug}.md`;
      return {
        id: p.id,
        slug: p.slug,
        kind: p.kind,
        type: p.type,
        title: p.title,
        standfirst: p.standfirst,
        body,
        ...columns,
        language: p.language,
        status: p.status,
        publishedAt: p.publishedAt,
        scheduledAt: p.scheduledAt,
        contentUpdatedAt: p.contentUpdatedAt,
        heroMediaId: p.hero.mediaId,
        heroImageUrl: p.hero.imageUrl,
        heroAlt: p.hero.alt,
        heroCaption: p.hero.caption,
        heroCredit: p.hero.credit,
        seoTitle: p.seoTitle,
        seoDescription: p.seoDescription,
        hashtag: p.hashtag,
        commentsEnabled: p.commentsEnabled,
        signOff: p.signOff,
        sectionId: p.section ? section(p.section, owner) : null,
        seriesId: p.series ? series(p.series.slug, owner) : null,
        seriesPosition: p.series?.position ?? null,
        pageTemplate: p.pageTemplate,
        pageContactId: p.pageContact ? contributor(p.pageContact, owner) : null,
        reviewNote: p.reviewNote,
        createdById: p.createdById,
        publishedById: p.publishedById,
        scheduledById: p.scheduledById,
        version: p.version,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
      };
    }),
    bylines: archive.posts.flatMap(({ frontMatter: p }) =>
      p.bylines.map((b, position) => ({
        id: b.id,
        postId: p.id,
        contributorId: contributor(b.contributor, `posts/${p.slug}.md`),
        position,
        jobTitle: b.jobTitle,
        organisation: b.organisation,
      })),
    ),
    tags: archive.posts.flatMap(({ frontMatter: p }) =>
      p.tags.map((slug) => ({ postId: p.id, tagId: tag(slug, `posts/${p.slug}.md`) })),
    ),
    otherSections: archive.posts.flatMap(({ frontMatter: p }) =>
      p.alsoIn.map((slug, position) => ({ postId: p.id, sectionId: section(slug, `posts/${p.slug}.md`), position })),
    ),
    related: archive.posts.flatMap(({ frontMatter: p }) =>
      p.related.map((slug, position) => ({ postId: p.id, relatedId: post(slug, `posts/${p.slug}.md`), position })),
    ),
    media: rendered.flatMap(({ post: { frontMatter: p }, mediaIds }) =>
      mediaIds.map((mediaId) => ({ postId: p.id, mediaId })),
    ),
  };
}

/** The storage folders this import made, for removal if it fails. */
async function writeMediaFiles(storage: MediaStorage, files: Map<string, Uint8Array>): Promise<string[]> {
  const present = new Set((await storage.list()).files.map((f) => f.key));
  const clash = [...files.keys()].find((key) => present.has(key));
  if (clash) {
    throw new ImportError(
      `The media store ${storage.location} already holds ${clash}, which this export brings: import into an empty site.`,
    );
  }
  // Only folders made here are ours to remove.
  const presentFolders = new Set([...present].map((key) => key.split("/")[0]));
  const folders = new Set<string>();
  try {
    for (const [key, bytes] of files) {
      const [folder, name] = storageKeySegments(key);
      if (!presentFolders.has(folder)) folders.add(folder!);
      await storage.put(key, Buffer.from(bytes), mimeTypeForStoredFile(name!) ?? "application/octet-stream");
    }
  } catch (error) {
    for (const folder of folders) await storage.delete(folder);
    throw error;
  }
  return [...folders];
}
