import { render, type RenderResult } from "../../../markdown";
import type { AttachmentInfo } from "./shortcodes";
import { commentToMarkdown, htmlToMarkdown, plainTextOf, wordpressToMarkdown } from "./to-markdown";

// The CPU-heavy part of importing one post, as one pure step: its content
// converted to Markdown and rendered by the site's pipeline, its title and
// excerpt made plain text, its comments converted and rendered. Everything
// it needs travels in the task (plain data), so the step runs the same in
// this thread or on an import worker (content/worker.ts), one message per post.

export interface ContentTask {
  /**
   * How the content and comments are written: WordPress's (paragraphs as
   * blank lines, shortcodes, block markup) or plain HTML (Blogger's).
   */
  markup: "wordpress" | "html";
  title: string;
  excerpt: string;
  content: string;
  /** The site's address for each image the content shows; null where the image was not brought in. */
  images: Record<string, string | null>;
  /** The attachments the content names by id (alt text, galleries). */
  attachments: Record<string, AttachmentInfo>;
  /** Images attached to the post, for a [gallery] that names none. */
  attachedImages: AttachmentInfo[];
  /** What the HTML depends on besides the Markdown (lib/posts/render-body.ts). */
  render: { articleUrl: string; trustedAuthor: boolean; siteHandle: string | null; writerHandles: string[] };
  comments: { id: string; content: string }[];
}

/** A task with nothing in it but its markup and site, for the fields a caller fills in. */
export function emptyContentTask(markup: ContentTask["markup"], siteUrl: string): ContentTask {
  return {
    markup,
    title: "",
    excerpt: "",
    content: "",
    images: {},
    attachments: {},
    attachedImages: [],
    render: { articleUrl: siteUrl, trustedAuthor: false, siteHandle: null, writerHandles: [] },
    comments: [],
  };
}

export interface ContentResult {
  title: string;
  excerpt: string;
  markdown: string;
  teaser: string | null;
  missingImages: string[];
  rendered: Pick<RenderResult, "html" | "text" | "headings" | "wordCount" | "readingMinutes">;
  /** Comments with a body, in the task's order; an empty one is left out. */
  comments: { id: string; body: string; html: string }[];
}

export function prepareContent(task: ContentTask): ContentResult {
  const context = {
    image: (url: string) => task.images[url] ?? null,
    attachment: (id: string) => task.attachments[id] ?? null,
    attachedImages: () => task.attachedImages,
  };
  const converted =
    task.markup === "html" ? htmlToMarkdown(task.content, context) : wordpressToMarkdown(task.content, context);
  const { html, text, headings, wordCount, readingMinutes } = render(converted.markdown, "article", {
    trustedAuthor: task.render.trustedAuthor,
    articleUrl: task.render.articleUrl,
    ...(task.render.siteHandle ? { siteHandle: task.render.siteHandle } : {}),
    writerHandles: task.render.writerHandles,
  });
  return {
    title: plainTextOf(task.title),
    excerpt: plainTextOf(task.excerpt),
    markdown: converted.markdown,
    teaser: converted.teaser,
    missingImages: converted.missingImages,
    rendered: { html, text, headings: headings.map(({ depth, id, text }) => ({ depth, id, text })), wordCount, readingMinutes },
    comments: task.comments.flatMap(({ id, content }) => {
      const body = commentToMarkdown(content, task.markup);
      return body ? [{ id, body, html: render(body, "comment").html }] : [];
    }),
  };
}
