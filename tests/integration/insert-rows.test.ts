import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { insertRows } from "../../lib/imports/data/insert-rows";
import { newRowId } from "../../lib/imports/row-id";
import { makePost } from "../helpers/factories";

// The imports' one-statement insert (lib/imports/data/insert-rows.ts): the
// rows arrive as JSON and must land exactly as Prisma's createMany would
// have written them.

describe("insertRows", () => {
  it("converts enums, timestamps and JSON columns and leaves unset columns to their defaults", async () => {
    const id = newRowId();
    const publishedAt = new Date("2019-05-04T03:02:01.123Z");
    const headings = [{ depth: 2, id: "a-heading", text: "A heading" }];
    await insertRows(db, "Post", [
      {
        id,
        slug: `bulk-${id}`,
        title: "Written in bulk",
        status: "PUBLISHED",
        kind: "PAGE",
        publishedAt,
        headings,
        wordCount: 42,
        commentsEnabled: false,
        seoTitle: null,
        heroAlt: undefined,
        updatedAt: publishedAt,
      },
    ]);
    const row = await db.post.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      title: "Written in bulk",
      status: "PUBLISHED",
      kind: "PAGE",
      publishedAt,
      headings,
      wordCount: 42,
      commentsEnabled: false,
      seoTitle: null,
      heroAlt: null,
      // Defaults of columns the rows did not set.
      type: "BLOG",
      standfirst: "",
      language: "en-GB",
      version: 1,
    });
    expect(row.createdAt.getTime()).toBeGreaterThan(publishedAt.getTime());
  });

  it("writes text with quotes, backslashes and characters outside ASCII unchanged", async () => {
    const post = await makePost();
    const body = `He said "no" \\ and 'yes' — 🏠 \u0007 <b>&amp;</b>\n\tend`;
    const id = newRowId();
    await insertRows(db, "Comment", [{ id, postId: post.id, body, guestName: "Ann", updatedAt: new Date() }]);
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).body).toBe(body);
  });

  it("writes nothing of a batch when one of its rows breaks a constraint", async () => {
    const post = await makePost();
    const ok = newRowId();
    const rows = [
      { id: ok, postId: post.id, body: "fine", updatedAt: new Date() },
      { id: newRowId(), postId: "no-such-post", body: "orphan", updatedAt: new Date() },
    ];
    await expect(insertRows(db, "Comment", rows)).rejects.toThrow();
    expect(await db.comment.findUnique({ where: { id: ok } })).toBeNull();
  });

  it("refuses rows that set different columns rather than writing NULLs", async () => {
    const post = await makePost();
    const rows = [
      { id: newRowId(), postId: post.id, body: "one", status: "APPROVED", updatedAt: new Date() },
      { id: newRowId(), postId: post.id, body: "two", updatedAt: new Date() },
    ];
    await expect(insertRows(db, "Comment", rows)).rejects.toThrow(/different columns/);
    expect(await db.comment.count({ where: { postId: post.id } })).toBe(0);
  });
});
