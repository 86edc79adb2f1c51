import { describe, expect, it } from "vitest";
import { readBloggerExport, BloggerExportError, type RawRecord } from "../../../lib/imports/blogger/atom-reader";
import { type BloggerEntry, idOf, parseBlog, parseEntry, pathOf } from "../../../lib/imports/blogger/atom-records";
import { commentLeftOutReason, commentStatusOf, mapEntry, slugOfPath } from "../../../lib/imports/blogger/map-entry";
import { topOf } from "../../../lib/imports/blogger/scan";
import { htmlToMarkdown } from "../../../lib/imports/wordpress/content/to-markdown";
import { bloggerLookupOf } from "../../../lib/imports/legacy";
import { parseImportArgs } from "../../../scripts/lib/import/args";

// The pure parts of the Blogger import: reading both export formats,
// mapping entries, threading comments, and the old addresses' lookups. The
// fixtures' integration tests check the same end to end on a database.

const NOW = new Date("2025-01-01T00:00:00Z");
const BLOG = "tag:blogger.com,1999:blog-42";

async function read(xml: string, cut = xml.length): Promise<RawRecord[]> {
  const records: RawRecord[] = [];
  const chunks = xml.match(new RegExp(`[\\s\\S]{1,${cut}}`, "g"))!;
  for await (const record of readBloggerExport(
    (async function* () {
      yield* chunks;
    })(),
  ))
    records.push(record);
  return records;
}

const classic = (entries: string) =>
  `<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0' xmlns:gd='http://schemas.google.com/g/2005'><id>${BLOG}</id><title type='text'>Office notes</title><link rel='alternate' type='text/html' href='https://notes.blogspot.com/'/>${entries}</feed>`;
const kind = (k: string) =>
  `<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#${k}'/>`;

async function entryOf(xml: string): Promise<BloggerEntry> {
  const record = (await read(xml)).find((r) => r.kind === "entry");
  if (record?.kind !== "entry") throw new Error("no entry");
  const parsed = parseEntry(record.entry);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.entry;
}

describe("reading a Blogger export", () => {
  it("reads a classic post: kind, labels, address, draft flag declared on the element itself", async () => {
    const entry = await entryOf(
      classic(`<entry><id>${BLOG}.post-77</id><published>2024-03-05T09:15:00.000-05:00</published>${kind("post")}
        <category scheme='http://www.blogger.com/atom/ns#' term='Repairs'/><category scheme='http://www.blogger.com/atom/ns#' term='Repairs'/>
        <title type='text'>Boilers &amp; radiators</title><content type='html'>&lt;b&gt;Hot&lt;/b&gt;</content>
        <link rel='alternate' type='text/html' href='https://notes.blogspot.com/2024/03/boilers.html'/>
        <author><name>Nadia</name><uri>https://www.blogger.com/profile/1</uri><email>noreply@blogger.com</email></author>
        <app:control xmlns:app='http://purl.org/atom/app#'><app:draft>yes</app:draft></app:control></entry>`),
    );
    expect(entry).toMatchObject({
      id: "77",
      kind: "post",
      format: "classic",
      status: "DRAFT",
      title: "Boilers & radiators",
      content: "<b>Hot</b>",
      published: new Date("2024-03-05T14:15:00Z"),
      path: "/2024/03/boilers.html",
      labels: ["Repairs"],
      author: { key: "https://www.blogger.com/profile/1", name: "Nadia", email: null },
    });
  });

  it("reads a classic comment's post from thr:in-reply-to and the comment it answers from its related link", async () => {
    const entry = await entryOf(
      classic(`<entry><id>${BLOG}.post-9</id>${kind("comment")}<content type='text'>a &lt; b</content>
        <link rel='related' href='https://www.blogger.com/feeds/42/77/comments/default/8'/>
        <author><name>Reader</name><email>reader@mail.example</email></author>
        <thr:in-reply-to ref='${BLOG}.post-77' href='https://notes.blogspot.com/2024/03/boilers.html'/>
        <gd:extendedProperty name='blogger.contentRemoved' value='true'/></entry>`),
    );
    expect(entry).toMatchObject({
      kind: "comment",
      postId: "77",
      parentId: "8",
      content: "a &lt; b",
      removed: true,
      author: { email: "reader@mail.example" },
    });
    expect(commentStatusOf(entry)).toBeNull();
  });

  it("reads Google Takeout's entries by blogger:type, status, filename, parent and inReplyTo, whatever the prefix", async () => {
    const xml = `<feed xmlns='http://www.w3.org/2005/Atom' xmlns:b='http://schemas.google.com/blogger/2018'><id>${BLOG}</id><title>Diary</title>
      <entry><id>${BLOG}.post-5</id><b:type>POST</b:type><b:status>SOFT_TRASHED</b:status><title>Old</title>
        <content type='html'>x</content><b:created>2023-01-01T00:00:00Z</b:created><category term='Lifts'/>
        <b:filename>/2023/01/old.html</b:filename></entry>
      <entry><id>${BLOG}.post-6</id><b:parent>${BLOG}.post-5</b:parent><b:inReplyTo>${BLOG}.post-4</b:inReplyTo>
        <b:type>COMMENT</b:type><b:status>SPAM_COMMENT</b:status><author><name>Spam</name><b:type>ANONYMOUS</b:type></author></entry></feed>`;
    const records = await read(xml);
    const entries = records.flatMap((r) => (r.kind === "entry" ? [parseEntry(r.entry)] : []));
    expect(entries.map((e) => e.ok && e.entry)).toMatchObject([
      {
        id: "5",
        kind: "post",
        format: "takeout",
        status: "SOFT_TRASHED",
        path: "/2023/01/old.html",
        labels: ["Lifts"],
      },
      { id: "6", kind: "comment", postId: "5", parentId: "4", status: "SPAM_COMMENT", author: { name: "Spam" } },
    ]);
    expect(published(records)).toEqual(new Date("2023-01-01T00:00:00Z"));
  });

  it("gives the same records however the file is cut into chunks", async () => {
    const xml = classic(`<entry><id>${BLOG}.post-1</id>${kind("post")}<title>Ünïcode ✓</title></entry>`);
    expect(await read(xml, 5)).toEqual(await read(xml));
  });

  it("knows settings and template entries apart from content", async () => {
    expect((await entryOf(classic(`<entry><id>${BLOG}.settings.BLOG_NAME</id>${kind("settings")}</entry>`))).kind).toBe(
      "settings",
    );
    expect((await entryOf(classic(`<entry><id>${BLOG}.layout</id>${kind("template")}</entry>`))).kind).toBe("template");
  });

  it("refuses a file that is not a Blogger export", async () => {
    await expect(read("<rss><channel/></rss>")).rejects.toBeInstanceOf(BloggerExportError);
    await expect(read(classic("<entry>"))).rejects.toThrow(/not well-formed/);
    const [blog] = await read(`<feed xmlns='http://www.w3.org/2005/Atom'><id>urn:other</id></feed>`);
    expect(blog?.kind === "blog" && parseBlog(blog.fields, blog.links)).toMatchObject({ ok: false });
  });

  it("takes the numbers that name posts and comments, and the path of an old address", () => {
    expect(idOf(`${BLOG}.post-7301554410288104101`)).toBe("7301554410288104101");
    expect(idOf("https://www.blogger.com/feeds/42/77/comments/default/9002")).toBe("9002");
    expect(idOf(`${BLOG}.settings.BLOG_NAME`)).toBeNull();
    expect(pathOf("https://notes.blogspot.com/2024/03/a%20b.html?m=1#c1")).toBe("/2024/03/a b.html");
    expect(pathOf("")).toBeNull();
  });
});

function published(records: RawRecord[]): Date | null {
  const first = records.find((r) => r.kind === "entry");
  if (first?.kind !== "entry") return null;
  const parsed = parseEntry(first.entry);
  return parsed.ok ? parsed.entry.published : null;
}

function entry(overrides: Partial<BloggerEntry>): BloggerEntry {
  return {
    id: "1",
    kind: "post",
    format: "takeout",
    status: "LIVE",
    title: "A title",
    content: "",
    published: new Date("2024-05-01T10:00:00Z"),
    updated: null,
    path: "/2024/05/a-title.html",
    labels: ["Damp"],
    author: { key: "k", name: "Ewan", email: null },
    postId: null,
    parentId: null,
    removed: false,
    ...overrides,
  };
}

describe("mapping a Blogger post or page", () => {
  it("maps each status, keeping the original dates and scheduling what is due later", () => {
    expect(mapEntry(entry({}), NOW)).toMatchObject({
      ok: true,
      mapping: { kind: "ARTICLE", status: "PUBLISHED", publishedAt: new Date("2024-05-01T10:00:00Z") },
    });
    expect(mapEntry(entry({ status: "DRAFT" }), NOW)).toMatchObject({
      mapping: { status: "DRAFT", publishedAt: null },
    });
    const later = new Date("2099-01-01T00:00:00Z");
    expect(mapEntry(entry({ status: "SCHEDULED", published: later }), NOW)).toMatchObject({
      mapping: { status: "SCHEDULED", scheduledAt: later },
    });
    expect(mapEntry(entry({ published: later }), NOW)).toMatchObject({ mapping: { status: "SCHEDULED" } });
    expect(mapEntry(entry({ status: "SCHEDULED", published: null }), NOW)).toMatchObject({
      mapping: { status: "DRAFT", notes: ["was scheduled without a date: imported as a draft"] },
    });
    expect(mapEntry(entry({ published: null }), NOW)).toMatchObject({
      mapping: { status: "PUBLISHED", publishedAt: NOW, notes: ["had no date: published now"] },
    });
  });

  it("leaves what was in Blogger's bin, or in a status it does not know, behind with the reason", () => {
    expect(mapEntry(entry({ status: "SOFT_TRASHED" }), NOW)).toEqual({
      ok: false,
      skipped: "posts (trashed)",
      reason: "was in Blogger's bin (SOFT_TRASHED)",
    });
    expect(mapEntry(entry({ kind: "page", status: "IMPORTED_LATER" }), NOW)).toMatchObject({
      ok: false,
      skipped: "pages (status IMPORTED_LATER)",
    });
  });

  it("takes the slug from the old file name, else the title, and gives a page no labels", () => {
    expect(slugOfPath("/2024/05/Damp-and-Mould.html")).toBe("damp-and-mould");
    expect(slugOfPath("/p/about-us.html")).toBe("about-us");
    expect(mapEntry(entry({ path: null, title: "Gutter rota" }), NOW)).toMatchObject({
      mapping: { slug: "gutter-rota", sourcePath: null },
    });
    expect(mapEntry(entry({ path: null, title: "" }), NOW)).toMatchObject({ mapping: { slug: "blogger-1" } });
    expect(mapEntry(entry({ kind: "page", path: "/p/about.html" }), NOW)).toMatchObject({
      mapping: { kind: "PAGE", slug: "about", labels: [] },
    });
  });

  it("says an updated date only when the text changed after publication", () => {
    const updated = new Date("2024-05-03T10:00:00Z");
    expect(mapEntry(entry({ updated }), NOW)).toMatchObject({ mapping: { contentUpdatedAt: updated } });
    expect(mapEntry(entry({ updated, status: "DRAFT" }), NOW)).toMatchObject({ mapping: { contentUpdatedAt: null } });
  });
});

describe("Blogger's comments", () => {
  it("map live, awaiting moderation and spam, and leave the bin and removed ones behind", () => {
    const comment = (status: string, removed = false) => commentStatusOf(entry({ kind: "comment", status, removed }));
    expect(["LIVE", "PENDING", "SPAM_COMMENT", "SOFT_TRASHED", "DELETED"].map((s) => comment(s))).toEqual([
      "APPROVED",
      "PENDING",
      "SPAM",
      null,
      null,
    ]);
    expect(comment("LIVE", true)).toBeNull();
  });

  it("say why each one left behind stays behind", () => {
    const reason = (overrides: Partial<BloggerEntry>, post?: "ARTICLE" | "PAGE" | null) =>
      commentLeftOutReason(entry({ kind: "comment", ...overrides }), post);
    expect(reason({}, "ARTICLE")).toBeNull();
    expect(reason({ removed: true }, "ARTICLE")).toBe("was removed by its writer");
    expect(reason({ status: "SOFT_TRASHED" }, "ARTICLE")).toBe("was in Blogger's bin (SOFT_TRASHED)");
    expect(reason({ status: "ODD" }, "ARTICLE")).toBe("has the status ODD");
    expect(reason({}, "PAGE")).toBe("is on a page: pages here take no comments");
    expect(reason({}, null)).toBe("is on a post that was left out");
    expect(reason({})).toBe("is on a post the export does not have");
  });

  it("hang a reply from its thread's first kept comment, climbing past those left behind", () => {
    const comments = new Map([
      ["1", { parentId: null, kept: true }],
      ["2", { parentId: "1", kept: true }],
      ["3", { parentId: "2", kept: true }],
      ["4", { parentId: null, kept: false }],
      ["5", { parentId: "4", kept: true }],
      ["6", { parentId: "missing", kept: true }],
    ]);
    expect(["1", "2", "3", "5", "6"].map((id) => topOf({ comments }, id))).toEqual([null, "1", "1", null, null]);
  });
});

describe("Blogger's HTML as Markdown", () => {
  const none = { image: () => null, attachment: () => null, attachedImages: () => [] };

  it("takes the text before the jump break as the teaser, and reads two line breaks as a paragraph", () => {
    const converted = htmlToMarkdown("One<br />two<br /><br />Three<a name='more'></a><div>Four</div>", none);
    expect(converted).toEqual({ markdown: "One\\\ntwo\n\nThree\n\nFour", teaser: "One two Three", missingImages: [] });
  });

  it("leaves an image it did not bring along as one link to where it was", () => {
    const src = "https://blogger.googleusercontent.com/img/b/x/s320/van.jpg";
    const converted = htmlToMarkdown(
      `<a href="${src.replace("s320", "s1600")}"><img alt="Van" src="${src}"></a>`,
      none,
    );
    expect(converted).toEqual({ markdown: `[Image: Van](${src})`, teaser: null, missingImages: [src] });
  });
});

describe("Blogger's old addresses", () => {
  it("name a post or page by its path and a tag by its label", () => {
    expect(bloggerLookupOf("path", ["2024", "05", "damp.html"])).toEqual({ kind: "path", path: "/2024/05/damp.html" });
    expect(bloggerLookupOf("path", ["p", "about.html"])).toEqual({ kind: "path", path: "/p/about.html" });
    expect(bloggerLookupOf("label", ["Damp & mould"])).toEqual({ kind: "label", slug: "Damp & mould" });
  });

  it("refuse anything else", () => {
    expect(bloggerLookupOf("path", ["etc", "passwd"])).toBeNull();
    expect(bloggerLookupOf("path", ["2024", "05", "x", "y.html"])).toBeNull();
    expect(bloggerLookupOf("slug", ["x"])).toBeNull();
    expect(bloggerLookupOf("label", [""])).toBeNull();
  });
});

describe("the Blogger import command's arguments", () => {
  it("take one export file and --dry-run, and refuse WordPress's uploads and staff accounts", () => {
    expect(parseImportArgs(["blog.atom", "--dry-run"], "blogger")).toMatchObject({ file: "blog.atom", dryRun: true });
    expect(() => parseImportArgs(["blog.atom", "--uploads", "x"], "blogger")).toThrow(/import:blogger/);
    expect(() => parseImportArgs(["blog.atom", "--staff-accounts"], "blogger")).toThrow(/Unknown option/);
  });
});
