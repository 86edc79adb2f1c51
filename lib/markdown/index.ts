export { render, MARKDOWN_RENDER_VERSION } from "./render";
export { MARKDOWN_MAX_LENGTH } from "./limits";
export type { Heading, MarkdownProfile, RenderOptions, RenderResult } from "./types";
export { LONG_PARAGRAPH_WORDS, type AccessibilityCheck, type AccessibilityFlag } from "./accessibility-checks";
