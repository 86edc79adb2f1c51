export { render, MARKDOWN_RENDER_VERSION } from "./render";
export { MARKDOWN_MAX_LENGTH } from "./limits";
export type { Heading, MarkdownProfile, RenderOptions, RenderResult } from "./types";
