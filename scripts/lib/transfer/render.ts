import { render } from "../../../lib/markdown";
import { mediaIdsInBody } from "../../../lib/posts/data/post-references";
import { bylinesAreTrusted, renderedColumns, renderPostBody, writerHandlesOf } from "../../../lib/posts/render-body";
import { siteSettingsSchema } from "../../../lib/settings/schema";
import type { Progress } from "../cli/progress";
import type { ExportArchive } from "./read";

// What an import derives rather than reads: every body rendered again, with
// the same context the editor's save gives it (the site's share handle, the
// writers' handles, whether every byline is staff), and the media a body
// uses. Done before the import's transaction opens.

type ExportedPost = ExportArchive["posts"][number];

export interface RenderedPost {
  post: ExportedPost;
  columns: ReturnType<typeof renderedColumns>;
  mediaIds: string[];
}

/** The share handle the imported settings give the site, read as getSiteSettings reads it. */
export function siteHandleOf(archive: ExportArchive): string | null {
  const stored = archive.settings.find((s) => s.key === "socialHandle");
  const parsed = siteSettingsSchema.shape.socialHandle.safeParse(stored?.value);
  return parsed.success ? parsed.data : siteSettingsSchema.parse({}).socialHandle;
}

export function renderPosts(archive: ExportArchive, siteUrl: string, progress?: Progress): RenderedPost[] {
  const contributors = new Map(archive.contributors.map((c) => [c.slug, c]));
  const mediaIds = new Set(archive.media.map((m) => m.id));
  const siteHandle = siteHandleOf(archive);
  return archive.posts.map((post) => {
    const { frontMatter: p, body } = post;
    const bylines = p.bylines.flatMap((b) => contributors.get(b.contributor) ?? []);
    const rendered = renderPostBody(body, {
      slug: p.slug,
      hashtag: p.hashtag,
      trustedAuthor: bylinesAreTrusted(bylines),
      siteUrl,
      siteHandle,
      writerHandles: writerHandlesOf(bylines),
    });
    // As a save keeps them (lib/posts/data/post-references.ts): the body's, then the hero, if in the library.
    progress?.tick();
    const wanted = [...new Set([...mediaIdsInBody(body), ...(p.hero.mediaId ? [p.hero.mediaId] : [])])];
    return { post, columns: renderedColumns(rendered), mediaIds: wanted.filter((id) => mediaIds.has(id)) };
  });
}

export const bioHtml = (bio: string, userId: string | null) =>
  render(bio, "bio", { trustedAuthor: userId !== null }).html;
export const seriesHtml = (description: string) => render(description, "article", { trustedAuthor: true }).html;
export const commentHtml = (body: string) => render(body, "comment").html;
