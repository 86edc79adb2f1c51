import type { AccessibilityFlag, Heading, MarkdownProfile, RenderOptions } from "./types";

/**
 * Per-render state. Processors are built once per profile and reused, so the
 * per-call options travel on the vfile (`file.data.masthead`) instead of in
 * plugin options.
 */
export interface RenderContext {
  profile: MarkdownProfile;
  options: RenderOptions;
  /** The Markdown actually parsed (after the input guards). */
  source: string;
  truncated: boolean;
  /** Filled in by the collector after sanitizing. */
  headings: Heading[];
  text: string;
  /** Filled in for articles, from the Markdown as typed. */
  accessibilityFlags: AccessibilityFlag[];
}

/** Structural stand-in for vfile's `VFile`, which we do not depend on directly. */
export interface FileLike {
  data: object;
}

const KEY = "masthead";

export function attachContext(file: FileLike, context: RenderContext): void {
  (file.data as Record<string, unknown>)[KEY] = context;
}

export function contextOf(file: FileLike): RenderContext {
  const context = (file.data as Record<string, unknown>)[KEY];
  if (!context) throw new Error("lib/markdown: render context missing; call render()");
  return context as RenderContext;
}
