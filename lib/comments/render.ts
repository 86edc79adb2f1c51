import { ValidationError } from "../errors";
import { MarkdownRenderRefused, renderOffThread } from "../markdown/pool";
import type { RenderResult } from "../markdown";

/**
 * A comment's Markdown, rendered on the worker pool so a hostile body cannot
 * hold the request thread; a refused render is a message on the body field,
 * in the reader's language, and the reader keeps their text.
 */
export async function renderComment(body: string): Promise<RenderResult> {
  try {
    return await renderOffThread(body, "comment");
  } catch (error) {
    if (!(error instanceof MarkdownRenderRefused)) throw error;
    const message = error.reason === "too-complex" ? "comments.error.tooComplex" : "comments.error.renderBusy";
    throw new ValidationError(message, { body: [message] });
  }
}
