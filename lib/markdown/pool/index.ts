import { env } from "../../env";
import { ValidationError } from "../../errors";
import type { MarkdownProfile, RenderOptions, RenderResult } from "../types";
import { MarkdownRenderRefused, refusedRenderMessage } from "./refused";
import { RenderPool } from "./render-pool";

export { MarkdownRenderRefused, refusedRenderMessage };
export { RenderPool, type RenderPoolOptions } from "./render-pool";

// One pool per process, kept on globalThis because Next may load this module
// once per server bundle (pages, actions, route handlers).
const POOL = Symbol.for("masthead.markdownRenderPool");
const holder = globalThis as typeof globalThis & { [POOL]?: RenderPool };

function sharedPool(): RenderPool {
  const config = env();
  holder[POOL] ??= new RenderPool({
    threads: config.MARKDOWN_WORKERS,
    budgetMs: config.MARKDOWN_RENDER_BUDGET_MS,
    maxQueue: config.MARKDOWN_QUEUE,
  });
  return holder[POOL];
}

/**
 * Renders Markdown off the request thread, within the configured time
 * budget. Rejects with MarkdownRenderRefused when the text takes too long
 * or too many renders are waiting; the caller says so on the text's field.
 */
export function renderOffThread(
  markdown: string,
  profile: MarkdownProfile,
  options: RenderOptions = {},
): Promise<RenderResult> {
  return sharedPool().render(markdown, profile, options);
}

/**
 * renderOffThread for a form: a refused render becomes a message on the
 * field that held the text, so the writer sees what to change.
 */
export async function renderForField(
  field: string,
  markdown: string,
  profile: MarkdownProfile,
  options: RenderOptions = {},
): Promise<RenderResult> {
  try {
    return await renderOffThread(markdown, profile, options);
  } catch (error) {
    if (!(error instanceof MarkdownRenderRefused)) throw error;
    throw new ValidationError("Some fields need attention.", { [field]: [refusedRenderMessage(error)] });
  }
}
