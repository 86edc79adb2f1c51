import { z } from "zod";
import type { RawEntry, RawFields, RawLink } from "./atom-reader";

// A Blogger export's records as typed values, whichever of its two formats
// the file is in:
// - classic (Settings → Back up content): the entry's kind is a category of
//   the scheme below, a draft says so in app:control, a comment names its
//   post in thr:in-reply-to and the comment it answers in a "related" link,
//   and a post's address is its "alternate" link;
// - Google Takeout (namespace blogger/2018): blogger:type, blogger:status,
//   blogger:filename, blogger:parent (a comment's post) and
//   blogger:inReplyTo (the comment it answers).
// Both name every post, page and comment with an id of the form
// tag:blogger.com,1999:blog-<blog>.post-<n>; <n> is what the ledger keeps.

const KIND_SCHEME = "http://schemas.google.com/g/2005#kind";
const KIND_PREFIX = "http://schemas.google.com/blogger/2008/kind#";
const LABEL_SCHEME = "http://www.blogger.com/atom/ns#";
/** Blogger's stand-in where it will not give a writer's address: no address at all. */
const NO_ADDRESS = "noreply@blogger.com";

export type BloggerFormat = "classic" | "takeout";
export type EntryKind = "post" | "page" | "comment" | "settings" | "template" | "other";

export interface BloggerBlog {
  /** The blog's numeric id: the ledger files this export under "blogger:<id>". */
  id: string;
  title: string;
  url: string;
}

export interface BloggerAuthor {
  /** Who this is across the export: the profile address, else the email address, else the name. */
  key: string;
  name: string;
  email: string | null;
}

export interface BloggerEntry {
  id: string;
  kind: EntryKind;
  format: BloggerFormat;
  /** Takeout's status (LIVE, DRAFT, SCHEDULED, SOFT_TRASHED, …); a classic entry is LIVE or DRAFT. */
  status: string;
  title: string;
  /** HTML. */
  content: string;
  published: Date | null;
  updated: Date | null;
  /** The address on the old blog, path only: /2021/05/slug.html, /p/about.html; null for a draft never published. */
  path: string | null;
  labels: string[];
  author: BloggerAuthor;
  /** A comment's post, by id. */
  postId: string | null;
  /** The comment a comment answers, by id. */
  parentId: string | null;
  /** The classic format keeps a comment its writer removed, as a placeholder. */
  removed: boolean;
}

/** The number at the end of a Blogger id (tag:…post-<n>, a feed address …/<n>), or null. */
export function idOf(value: string | undefined): string | null {
  return /(?:^|[^0-9])([0-9]{1,20})\/?$/.exec(value?.trim() ?? "")?.[1] ?? null;
}

const isoDate = z
  .string()
  .optional()
  .transform((value) => {
    const text = value?.trim() ?? "";
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return null;
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? null : date;
  });

const blogSchema = z.object({
  id: z
    .string({ error: "This file is not a Blogger export: the feed has no id." })
    .transform((id) => /^tag:blogger\.com,1999:blog-([0-9]+)$/.exec(id.trim())?.[1] ?? "")
    .refine((id) => id !== "", "This file is not a Blogger export: its id is not a Blogger blog's."),
  title: z
    .string()
    .optional()
    .transform((v) => v?.trim() ?? ""),
});

export function parseBlog(
  fields: RawFields,
  links: RawLink[],
): { ok: true; blog: BloggerBlog } | { ok: false; reason: string } {
  const parsed = blogSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]!.message };
  const url = links.find((l) => l.rel === "alternate" && l.type === "text/html")?.href ?? "";
  return { ok: true, blog: { ...parsed.data, url: url.replace(/\/+$/, "") } };
}

function classicKind(entry: RawEntry): EntryKind {
  const term = entry.categories.find((c) => c.scheme === KIND_SCHEME)?.term ?? "";
  const kind = term.startsWith(KIND_PREFIX) ? term.slice(KIND_PREFIX.length) : "";
  return (["post", "page", "comment", "settings", "template"] as const).find((k) => k === kind) ?? "other";
}

const TAKEOUT_KINDS: Record<string, EntryKind> = { POST: "post", PAGE: "page", COMMENT: "comment" };

/** The path of an address on the old blog ("/2021/05/slug.html"), or null. */
export function pathOf(address: string): string | null {
  const text = address.trim();
  if (!text) return null;
  try {
    const path = new URL(text, "http://blog.invalid").pathname;
    return path === "/" ? null : decodeURIComponent(path);
  } catch {
    return null;
  }
}

function authorOf(author: RawFields): BloggerAuthor {
  const name = author.name?.trim() ?? "";
  const rawEmail = author.email?.trim().toLowerCase() ?? "";
  const email = rawEmail && rawEmail !== NO_ADDRESS && rawEmail.includes("@") ? rawEmail : null;
  const uri = author.uri?.trim() ?? "";
  return { key: uri || email || name || "anonymous", name, email };
}

/** A text body (type="text") as the HTML it shows. */
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A raw entry as a typed one, or the reason it cannot be read. */
export function parseEntry(
  raw: RawEntry,
): { ok: true; entry: BloggerEntry } | { ok: false; id: string; reason: string } {
  const f = raw.fields;
  const format: BloggerFormat = f["blogger:type"] !== undefined ? "takeout" : "classic";
  const kind = format === "takeout" ? (TAKEOUT_KINDS[f["blogger:type"]!.trim()] ?? "other") : classicKind(raw);
  const id = idOf(f.id);
  if (kind === "settings" || kind === "template" || kind === "other") {
    return { ok: true, entry: emptyEntry(id ?? "", kind, format) };
  }
  if (!id) return { ok: false, id: f.id?.trim() || "?", reason: "has no Blogger id" };

  const related = raw.links.find((l) => l.rel === "related")?.href;
  const alternate = raw.links.find((l) => l.rel === "alternate")?.href ?? "";
  const content = f.content ?? "";
  const draft = (f["app:control/app:draft"] ?? "").trim() === "yes";
  return {
    ok: true,
    entry: {
      id,
      kind,
      format,
      status: format === "takeout" ? (f["blogger:status"]?.trim() ?? "") : draft ? "DRAFT" : "LIVE",
      title: f.title?.trim() ?? "",
      content: raw.contentType === "text" ? escapeHtml(content) : content,
      published: isoDate.parse(f.published) ?? isoDate.parse(f["blogger:created"]),
      updated: isoDate.parse(f.updated),
      // Takeout names the file; the classic format links to the post (a comment's link is its post's, with an anchor).
      path: kind === "comment" ? null : (pathOf(f["blogger:filename"] ?? "") ?? pathOf(alternate)),
      labels: [
        ...new Set(
          raw.categories
            .filter((c) => (format === "takeout" ? c.scheme !== KIND_SCHEME : c.scheme === LABEL_SCHEME))
            .map((c) => c.term.trim())
            .filter(Boolean),
        ),
      ],
      author: authorOf(raw.author),
      postId: kind !== "comment" ? null : format === "takeout" ? idOf(f["blogger:parent"]) : idOf(raw.inReplyTo?.ref),
      parentId: kind !== "comment" ? null : format === "takeout" ? idOf(f["blogger:inReplyTo"]) : idOf(related),
      removed: raw.properties["blogger.contentRemoved"] === "true",
    },
  };
}

function emptyEntry(id: string, kind: EntryKind, format: BloggerFormat): BloggerEntry {
  return {
    id,
    kind,
    format,
    status: "",
    title: "",
    content: "",
    published: null,
    updated: null,
    path: null,
    labels: [],
    author: { key: "", name: "", email: null },
    postId: null,
    parentId: null,
    removed: false,
  };
}
