export { render, MARKDOWN_RENDER_VERSION } from "./render";
export { MARKDOWN_MAX_LENGTH } from "./limits";
export type {
  AccessibilityCheck,
  AccessibilityFlag,
  Heading,
  MarkdownProfile,
  RenderOptions,
  RenderResult,
} from "./types";
export { LONG_PARAGRAPH_WORDS } from "./accessibility-checks";
