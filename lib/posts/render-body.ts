import { MARKDOWN_RENDER_VERSION, render, type RenderResult } from "../markdown";

// How a post's Markdown becomes its stored HTML, shared by the content
// import and the editor's save and preview, so every path renders the same.

/** Staff-written only when every byline belongs to an account; a guest's links get nofollow ugc. */
export function bylinesAreTrusted(contributors: readonly { userId: string | null }[]): boolean {
  return contributors.every((c) => c.userId !== null);
}

export function renderPostBody(
  body: string,
  post: { slug: string; hashtag: string | null; trustedAuthor: boolean; siteUrl: string },
): RenderResult {
  return render(body, "article", {
    trustedAuthor: post.trustedAuthor,
    articleUrl: new URL(`/articles/${post.slug}`, post.siteUrl).toString(),
    ...(post.hashtag ? { hashtag: post.hashtag } : {}),
  });
}

/** The Post columns a render fills. */
export function renderedColumns(result: RenderResult) {
  return {
    html: result.html,
    plainText: result.text,
    headings: result.headings.map(({ depth, id, text }) => ({ depth, id, text })),
    wordCount: result.wordCount,
    readingMinutes: result.readingMinutes,
    renderVersion: MARKDOWN_RENDER_VERSION,
  };
}
