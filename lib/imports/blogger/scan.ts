import { keptTopLevelAncestor } from "../wordpress/map-comments";
import type { OpenExport } from "../wordpress/scan";
import { BloggerExportError, readBloggerExport } from "./atom-reader";
import { type BloggerBlog, type BloggerFormat, parseBlog, parseEntry } from "./atom-records";
import { commentStatusOf, mapEntry } from "./map-entry";

// The first pass over a Blogger export: who writes, which labels posts
// carry, how many posts, pages and comments there are (for the progress
// bar), and each comment's place in its thread. Blogger writes a comment as
// an entry of its own, anywhere in the file, so threading is decided from
// this index: a few ids per comment, never their text.

export interface ScannedComment {
  parentId: string | null;
  /** It will be imported (not trashed or removed) if its post is. */
  kept: boolean;
}

export interface BloggerScan {
  blog: BloggerBlog;
  format: BloggerFormat | null;
  /** "blogger:<blog id>": what the ledger files this export's ids under (the same in both formats). */
  source: string;
  authors: Map<string, { name: string; email: string | null; firstName: null }>;
  /** Authors of imported posts: they become contributors. */
  writers: Set<string>;
  /** Labels of imported posts: they become tags (Blogger has nothing like a section). */
  tags: Map<string, string>;
  sections: Map<string, { name: string; description: string }>;
  /** What each post id became: comments are kept on articles only. */
  posts: Map<string, "ARTICLE" | "PAGE" | null>;
  comments: Map<string, ScannedComment>;
  /** Posts and pages the second pass looks at. */
  items: number;
  /** Kept comments that answer another kept comment: written in a pass after the ones they answer. */
  replies: number;
}

export async function scanBloggerExport(open: OpenExport, now: Date): Promise<BloggerScan> {
  let scan: BloggerScan | null = null;
  for await (const record of readBloggerExport(open())) {
    if (record.kind === "blog") {
      const blog = parseBlog(record.fields, record.links);
      if (!blog.ok) throw new BloggerExportError(blog.reason);
      scan = {
        blog: blog.blog,
        format: null,
        source: `blogger:${blog.blog.id}`,
        authors: new Map(),
        writers: new Set(),
        tags: new Map(),
        sections: new Map(),
        posts: new Map(),
        comments: new Map(),
        items: 0,
        replies: 0,
      };
      continue;
    }
    if (!scan) continue;
    const parsed = parseEntry(record.entry);
    if (!parsed.ok) continue;
    const { entry } = parsed;
    if (entry.kind === "comment") {
      scan.comments.set(entry.id, { parentId: entry.parentId, kept: commentStatusOf(entry) !== null });
      continue;
    }
    if (entry.kind !== "post" && entry.kind !== "page") continue;
    scan.format ??= entry.format;
    scan.items++;
    const mapped = mapEntry(entry, now);
    scan.posts.set(entry.id, mapped.ok ? mapped.mapping.kind : null);
    if (!mapped.ok || mapped.mapping.kind !== "ARTICLE") continue;
    const { key, name, email } = entry.author;
    if (!scan.authors.has(key)) scan.authors.set(key, { name: name || "Blogger author", email, firstName: null });
    scan.writers.add(key);
    for (const label of mapped.mapping.labels) scan.tags.set(label, label);
  }
  if (!scan) throw new BloggerExportError("This file is not a Blogger export: it has no feed.");
  scan.replies = [...scan.comments].filter(([id, c]) => c.kept && topOf(scan, id) !== null).length;
  return scan;
}

/** The kept top-level comment this one hangs from, or null when it is top-level itself. */
export function topOf(scan: Pick<BloggerScan, "comments">, id: string): string | null {
  const comment = scan.comments.get(id);
  if (!comment) return null;
  return keptTopLevelAncestor(
    { id, parentId: comment.parentId },
    (parent) => scan.comments.get(parent)?.parentId ?? null,
    (parent) => scan.comments.get(parent)?.kept ?? false,
  );
}
