import { strToU8, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { markdownWithFrontMatter } from "../../lib/export/files";
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, EXPORT_JSON_FILES, type ExportedPost } from "../../lib/export/schema";
import { ImportError, readExportZip } from "../../scripts/lib/transfer/read";

// Reading an export zip back: what is accepted, and what is refused before
// anything is written.

const manifest = {
  format: EXPORT_FORMAT,
  formatVersion: EXPORT_FORMAT_VERSION,
  createdAt: "2026-12-05T12:00:00.000Z",
  counts: {},
};

const post: ExportedPost = {
  id: "p1",
  slug: "a-post",
  kind: "ARTICLE",
  type: "BLOG",
  title: "A post",
  standfirst: "",
  language: "en-GB",
  status: "DRAFT",
  publishedAt: null,
  scheduledAt: null,
  contentUpdatedAt: null,
  section: null,
  alsoIn: [],
  tags: [],
  series: null,
  bylines: [],
  hero: { mediaId: null, imageUrl: null, alt: null, caption: null, credit: null },
  seoTitle: null,
  seoDescription: null,
  hashtag: null,
  commentsEnabled: true,
  signOff: false,
  related: [],
  pageTemplate: "PLAIN",
  pageContact: null,
  reviewNote: null,
  createdById: null,
  publishedById: null,
  scheduledById: null,
  version: 1,
  createdAt: "2026-12-05T12:00:00.000Z",
  updatedAt: "2026-12-05T12:00:00.000Z",
};

function exportZip(extra: Zippable = {}, overrides: Record<string, unknown> = {}): Uint8Array {
  const files: Zippable = { "manifest.json": strToU8(JSON.stringify({ ...manifest, ...overrides })) };
  for (const name of Object.keys(EXPORT_JSON_FILES)) files[name] = strToU8("[]");
  return zipSync({ ...files, ...extra });
}

describe("reading an export", () => {
  it("keeps a post's body exactly, leading blank line and trailing spaces included, and its dates as dates", () => {
    const body = "\nFirst line  \n\n---\n\nAfter a rule.\n\n";
    const archive = readExportZip(exportZip({ "posts/a-post.md": strToU8(markdownWithFrontMatter(post, body)) }));
    expect(archive.posts).toHaveLength(1);
    expect(archive.posts[0]!.body).toBe(body);
    expect(archive.posts[0]!.frontMatter.createdAt).toEqual(new Date("2026-12-05T12:00:00.000Z"));
  });

  it("refuses a zip without a manifest, of another format, or of a newer format version", () => {
    expect(() => readExportZip(zipSync({ "a.txt": strToU8("x") }))).toThrow(/no manifest\.json/);
    expect(() => readExportZip(exportZip({}, { format: "other" }))).toThrow(/not a Masthead export/);
    expect(() => readExportZip(exportZip({}, { formatVersion: 2 }))).toThrow(/format version 2/);
    expect(() => readExportZip(strToU8("not a zip at all"))).toThrow(ImportError);
  });

  it("refuses a file the export never writes, a media name that leaves the media folder, and a post filed under another slug", () => {
    expect(() => readExportZip(exportZip({ "notes.txt": strToU8("x") }))).toThrow(/notes\.txt/);
    expect(() => readExportZip(exportZip({ "media/../../etc/passwd": strToU8("x") }))).toThrow(ImportError);
    const misfiled = { "posts/another-slug.md": strToU8(markdownWithFrontMatter(post, "Body")) };
    expect(() => readExportZip(exportZip(misfiled))).toThrow(/holds article a-post/);
  });

  it("names the file and field of a row that does not fit the format", () => {
    const broken = { "tags.json": strToU8(JSON.stringify([{ id: "t1", slug: "x", name: "X" }])) };
    expect(() => readExportZip(exportZip(broken))).toThrow(/tags\.json: 0\.createdInDraft/);
  });
});
