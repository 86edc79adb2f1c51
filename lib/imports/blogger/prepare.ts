import type { ImportedWriter } from "../data/people";
import type { ImportedTerms } from "../data/wordpress-terms";
import type { PreparedComment } from "../data/wordpress-posts";
import { bylinesAreTrusted, writerHandlesOf } from "../../posts/render-body";
import { newRowId } from "../row-id";
import { type ContentResult, type ContentTask, emptyContentTask } from "../wordpress/content/prepare-content";
import type { ImportedCommentStatus } from "../wordpress/map-comments";
import { fit, importedPost, type Prepared } from "../wordpress/post-fields";
import type { BloggerEntry } from "./atom-records";
import type { EntryMapping } from "./map-entry";

// One Blogger post, page or batch of comments made ready to write, through
// the same steps as a WordPress post: content converted to Markdown and
// rendered by the site's pipeline (here or on an import worker), fields
// checked by the editor's own schema. Nothing is downloaded: every image
// stays a link to where it was, and the run reports it.

export interface BloggerRun {
  source: string;
  writers: Map<string, ImportedWriter>;
  terms: ImportedTerms;
  language: string;
  siteHandle: string | null;
  importerId: string;
  siteUrl: string;
  prepareContent: (task: ContentTask) => Promise<ContentResult>;
  now: Date;
}

const TAGS_MAX = 30;

function task(run: BloggerRun, fields: Partial<ContentTask>): ContentTask {
  return { ...emptyContentTask("html", run.siteUrl), ...fields };
}

/** The post or page to write, with the image addresses left as links. */
export async function prepareBloggerPost(
  run: BloggerRun,
  entry: BloggerEntry,
  mapping: EntryMapping,
  slug: string,
): Promise<{ post: Prepared; missingImages: string[] }> {
  const writer = mapping.kind === "ARTICLE" ? run.writers.get(entry.author.key) : undefined;
  const bylines = writer ? [writer] : [];
  const content = await run.prepareContent(
    task(run, {
      title: entry.title,
      content: entry.content,
      render: {
        articleUrl: new URL(`/articles/${slug}`, run.siteUrl).toString(),
        trustedAuthor: bylinesAreTrusted(bylines),
        siteHandle: run.siteHandle,
        writerHandles: writerHandlesOf(bylines),
      },
    }),
  );
  const tags = [...new Map(mapping.labels.flatMap((l) => run.terms.tags.get(l) ?? []).map((t) => [t.id, t])).values()];
  const kept = tags.slice(0, TAGS_MAX);
  const createdAt = entry.published ?? run.now;
  const post = importedPost({
    sourceId: entry.id,
    sourceSlug: mapping.sourcePath,
    mapping,
    slug,
    createdAt,
    updatedAt: entry.updated && entry.updated > createdAt ? entry.updated : createdAt,
    commentsEnabled: mapping.kind === "ARTICLE",
    language: run.language,
    sectionId: null,
    tags: { names: kept.map((t) => t.name), ids: kept.map((t) => t.id) },
    hero: null,
    writer,
    importerId: run.importerId,
    content,
    mediaIds: [],
  });
  return { post, missingImages: content.missingImages };
}

export interface PlannedComment {
  entry: BloggerEntry;
  status: ImportedCommentStatus;
  postId: string;
  /** The row of the top-level comment it answers, or null for a top-level comment. */
  parentId: string | null;
}

/** Comments converted and rendered in one task; an empty one is left out (null in its place). */
export async function prepareBloggerComments(
  run: BloggerRun,
  planned: PlannedComment[],
): Promise<(PreparedComment | null)[]> {
  if (planned.length === 0) return [];
  const result = await run.prepareContent(
    task(run, { comments: planned.map(({ entry }) => ({ id: entry.id, content: entry.content })) }),
  );
  const bodies = new Map(result.comments.map((c) => [c.id, c]));
  return planned.map(({ entry, status, postId, parentId }) => {
    const text = bodies.get(entry.id);
    if (!text) return null;
    return {
      id: newRowId(),
      sourceId: entry.id,
      postId,
      parentId,
      guestName: fit(entry.author.name, 100) || "Anonymous",
      guestEmail: entry.author.email,
      body: text.body,
      html: text.html,
      status,
      createdAt: entry.published ?? run.now,
    };
  });
}
