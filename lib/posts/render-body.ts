import { MARKDOWN_RENDER_VERSION, render, type RenderOptions, type RenderResult } from "../markdown";
import { renderForField } from "../markdown/pool";

// How a post's Markdown becomes its stored HTML, shared by the content
// import and the editor's save and preview, so every path renders the same.

/** Staff-written only when every byline belongs to an account; a guest's links get nofollow ugc. */
export function bylinesAreTrusted(contributors: readonly { userId: string | null }[]): boolean {
  return contributors.every((c) => c.userId !== null);
}

/** The "@handle"s of a post's writers (their own, then their organisation's), each once, in byline order. */
export function writerHandlesOf(
  contributors: readonly { socialHandle: string | null; organisationHandle: string | null }[],
): string[] {
  const handles = contributors.flatMap((c) => [c.socialHandle, c.organisationHandle]);
  return [...new Set(handles.filter((h): h is string => Boolean(h)))];
}

/** What a post's HTML depends on besides its Markdown. */
export interface BodyContext {
  slug: string;
  hashtag: string | null;
  trustedAuthor: boolean;
  /** Share text credits: the site's handle when the post is saved, and its writers'. */
  siteHandle: string | null;
  writerHandles: string[];
}

export interface PostRenderContext extends BodyContext {
  siteUrl: string;
}

function renderOptionsOf(post: PostRenderContext): RenderOptions {
  return {
    trustedAuthor: post.trustedAuthor,
    articleUrl: new URL(`/articles/${post.slug}`, post.siteUrl).toString(),
    ...(post.hashtag ? { hashtag: post.hashtag } : {}),
    ...(post.siteHandle ? { siteHandle: post.siteHandle } : {}),
    writerHandles: post.writerHandles,
  };
}

/** In-process, for the content import: the repository's own text, with no requests to keep answering. */
export function renderPostBody(body: string, post: PostRenderContext): RenderResult {
  return render(body, "article", renderOptionsOf(post));
}

/**
 * For the editor: on a worker thread within the time budget; a body over
 * budget is refused as a ValidationError on `field` (lib/markdown/pool).
 */
export function renderPostBodyOffThread(body: string, post: PostRenderContext, field: string): Promise<RenderResult> {
  return renderForField(field, body, "article", renderOptionsOf(post));
}

/** The Post columns a render fills. */
export function renderedColumns(
  result: Pick<RenderResult, "html" | "text" | "headings" | "wordCount" | "readingMinutes">,
) {
  return {
    html: result.html,
    plainText: result.text,
    headings: result.headings.map(({ depth, id, text }) => ({ depth, id, text })),
    wordCount: result.wordCount,
    readingMinutes: result.readingMinutes,
    renderVersion: MARKDOWN_RENDER_VERSION,
  };
}
