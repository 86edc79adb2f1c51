import { describe, expect, it } from "vitest";
import { legacyLookupOf } from "../../../lib/imports/legacy";
import { planComments } from "../../../lib/imports/wordpress/map-comments";
import { mapItem } from "../../../lib/imports/wordpress/map-item";
import { uploadPathOf } from "../../../lib/imports/wordpress/uploads";
import { readWxr, WxrError } from "../../../lib/imports/wordpress/wxr-reader";
import { parseItem, type WxrComment, type WxrItem } from "../../../lib/imports/wordpress/wxr-records";
import { parseImportArgs } from "../../../scripts/lib/import/args";

const NOW = new Date("2025-01-01T00:00:00Z");

function item(overrides: Partial<WxrItem>): WxrItem {
  return {
    id: "1",
    type: "post",
    title: "A title",
    link: "",
    slug: "a-title",
    status: "publish",
    creator: "mira",
    content: "",
    excerpt: "",
    publishedAt: new Date("2020-05-01T10:00:00Z"),
    modifiedAt: null,
    commentsOpen: true,
    passwordProtected: false,
    sticky: false,
    parentId: null,
    attachmentUrl: "",
    categories: [],
    meta: new Map(),
    comments: [],
    unreadableComments: 0,
    ...overrides,
  };
}

describe("mapping a WordPress item", () => {
  it("maps each status, keeping the original dates", () => {
    expect(mapItem(item({}), NOW)).toMatchObject({
      status: "PUBLISHED",
      publishedAt: new Date("2020-05-01T10:00:00Z"),
    });
    expect(mapItem(item({ status: "future" }), NOW)).toMatchObject({ status: "SCHEDULED", publishedAt: null });
    expect(mapItem(item({ status: "draft" }), NOW)?.status).toBe("DRAFT");
    expect(mapItem(item({ status: "pending" }), NOW)?.status).toBe("DRAFT");
    expect(mapItem(item({ status: "private" }), NOW)).toMatchObject({
      status: "DRAFT",
      notes: ["was private: imported as a draft"],
    });
    expect(mapItem(item({ status: "trash" }), NOW)).toBeNull();
    expect(mapItem(item({ type: "nav_menu_item" }), NOW)).toBeNull();
  });

  it("makes the first category (not Uncategorized) the section and the rest tags", () => {
    const categories = [
      { domain: "category", slug: "uncategorized", name: "Uncategorized" },
      { domain: "category", slug: "news", name: "News" },
      { domain: "category", slug: "local", name: "Local" },
      { domain: "post_tag", slug: "damp", name: "Damp" },
    ];
    expect(mapItem(item({ categories, sticky: true }), NOW)).toMatchObject({
      sectionSlug: "news",
      categoryTags: ["local"],
      tags: ["damp"],
      featured: true,
    });
  });

  it("makes an ASCII slug from WordPress's percent-encoded one, and one from the title when there is none", () => {
    expect(mapItem(item({ slug: "%c3%a9t%c3%a9" }), NOW)).toMatchObject({ slug: "ete", sourceSlug: "été" });
    expect(mapItem(item({ slug: "", title: "Bin rota" }), NOW)).toMatchObject({ slug: "bin-rota", sourceSlug: null });
  });
});

describe("planning a post's comments", () => {
  const comment = (id: string, parentId: string | null, approved = "1", type = "comment"): WxrComment => ({
    id,
    parentId,
    approved,
    type,
    authorName: id,
    authorEmail: "",
    content: "x",
    date: null,
  });

  it("hangs deeper replies from their thread's first comment and climbs past trashed ones", () => {
    const plan = planComments([
      comment("3", "2"),
      comment("1", null),
      comment("2", "1"),
      comment("4", null, "trash"),
      comment("5", "4"),
      comment("6", null, "1", "pingback"),
      comment("7", null, "spam"),
    ]);
    expect(plan.comments.map((c) => [c.comment.id, c.parentSourceId, c.status])).toEqual([
      ["1", null, "APPROVED"],
      ["5", null, "APPROVED"],
      ["7", null, "SPAM"],
      ["3", "1", "APPROVED"],
      ["2", "1", "APPROVED"],
    ]);
    expect(plan.skipped).toBe(2);
  });
});

describe("finding an image in the uploads folder", () => {
  const site = "https://old.example";
  it("takes the path after wp-content/uploads on the site's own host", () => {
    expect(uploadPathOf("https://www.old.example/wp-content/uploads/2020/05/a%20b.jpg", site)).toBe("2020/05/a b.jpg");
    expect(uploadPathOf("/wp-content/uploads/2020/05/a.png", site)).toBe("2020/05/a.png");
  });

  it("refuses other hosts, other folders, other file types and paths that climb out", () => {
    expect(uploadPathOf("https://cdn.example/wp-content/uploads/a.jpg", site)).toBeNull();
    expect(uploadPathOf("https://old.example/images/a.jpg", site)).toBeNull();
    expect(uploadPathOf("https://old.example/wp-content/uploads/a.php", site)).toBeNull();
    expect(uploadPathOf("https://old.example/wp-content/uploads/..%2F..%2Fetc/passwd.jpg", site)).toBeNull();
  });
});

describe("reading an export as a stream", () => {
  const read = async (chunks: string[]) => {
    const records = [];
    for await (const record of readWxr(
      (async function* () {
        yield* chunks;
      })(),
    ))
      records.push(record);
    return records;
  };
  const doc = `<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><wp:wxr_version>1.1</wp:wxr_version><item><title>Hi</title><wp:post_id>5</wp:post_id><content:encoded><![CDATA[<p>a &amp; b</p>]]></content:encoded><wp:comment><wp:comment_id>9</wp:comment_id><wp:comment_content>c</wp:comment_content></wp:comment></item></channel></rss>`;

  it("gives the same records however the file is cut into chunks", async () => {
    const whole = await read([doc]);
    const cut = await read(doc.match(/[\s\S]{1,7}/g)!);
    expect(cut).toEqual(whole);
    expect(whole[0]).toEqual({ kind: "site", fields: { title: "T", "wp:wxr_version": "1.1" } });
    const parsed = parseItem((whole[1] as { item: Parameters<typeof parseItem>[0] }).item);
    expect(parsed).toMatchObject({ ok: true, item: { id: "5", title: "Hi", content: "<p>a &amp; b</p>" } });
  });

  it("refuses a file that is not a WordPress export", async () => {
    await expect(read(["<rss><channel></channel></rss>"])).rejects.toBeInstanceOf(WxrError);
    await expect(read(["<html></html>"])).rejects.toBeInstanceOf(WxrError);
    await expect(read(['<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item>'])).rejects.toBeInstanceOf(
      WxrError,
    );
  });
});

describe("old addresses", () => {
  it("are read from the legacy route's path, and anything else is no address", () => {
    expect(legacyLookupOf("id", "12")).toEqual({ kind: "id", id: "12" });
    expect(legacyLookupOf("slug", "hello")).toEqual({ kind: "slug", slug: "hello" });
    expect(legacyLookupOf("category", "news")).toEqual({ kind: "category", slug: "news" });
    expect(legacyLookupOf("id", "12x")).toBeNull();
    expect(legacyLookupOf("post", "12")).toBeNull();
  });
});

describe("the import command's arguments", () => {
  it("take one export file and the documented flags", () => {
    expect(parseImportArgs(["export.xml", "--uploads", "up", "--dry-run", "--as", "a@example.org"])).toEqual({
      file: "export.xml",
      uploads: "up",
      dryRun: true,
      staffAccounts: false,
      as: "a@example.org",
      statusFile: null,
    });
    expect(() => parseImportArgs([])).toThrow(/one export file/);
    expect(() => parseImportArgs(["a.xml", "--force"])).toThrow(/Unknown option/);
  });
});
