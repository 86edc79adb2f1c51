export type MarkdownProfile = "article" | "bio" | "comment";

export interface RenderOptions {
  /** staff-authored article → external links get rel="noopener noreferrer"; otherwise (guest/bio/comment) rel="noopener noreferrer nofollow ugc" */
  trustedAuthor?: boolean;
  /** absolute URL of the article, for shareline share links */
  articleUrl?: string;
  /** e.g. "@RiversideHomes" (no default) */
  siteHandle?: string;
  /** e.g. "UKhousing" (without #) */
  hashtag?: string;
  /** The writers' handles, credited in shareline text before the site's: ["@DawnAshworth", "@BrooksideRA"] */
  writerHandles?: string[];
}

export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

export type AccessibilityCheck = "image-alt" | "heading-level" | "vague-link" | "all-caps" | "long-paragraph";

export interface AccessibilityFlag {
  check: AccessibilityCheck;
  /** What is wrong and why it matters to readers. */
  message: string;
  /** The start of the flagged text, to recognise it by. */
  excerpt: string;
  /** 1-based line, and offsets into the Markdown, of the flagged text. */
  line: number;
  start: number;
  end: number;
}

export interface RenderResult {
  html: string;
  text: string;
  headings: Heading[];
  wordCount: number;
  readingMinutes: number;
  /** Articles only: what an accessibility reviewer would flag (accessibility-checks.ts). */
  accessibilityFlags: AccessibilityFlag[];
}
