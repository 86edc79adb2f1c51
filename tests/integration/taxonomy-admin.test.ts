import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { followRenamedPath } from "../../lib/http/renamed-path-redirect";
import { findPathRedirect } from "../../lib/redirects/data/queries";
import { createSeriesAction, deleteSeriesAction, updateSeriesAction } from "../../lib/series/actions";
import {
  createSectionAction,
  createTagAction,
  deleteSectionAction,
  deleteTagAction,
  mergeTagsAction,
  moveSectionAction,
  updateSectionAction,
  updateTagAction,
} from "../../lib/taxonomy/actions";
import { listTagsForAdmin } from "../../lib/taxonomy/data/admin-queries";
import { makePost, makeSection, makeSeries, makeTag } from "../helpers/factories";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

let editor: TestAccount;

beforeAll(async () => {
  editor = await makeAccount("EDITOR");
});

const asEditor = <T>(fn: () => Promise<T>) => asViewer(editor, fn);

describe("sections", () => {
  it("an editor creates a section whose slug comes from its name, placed last, with an audit entry", async () => {
    const first = await makeSection("First");
    await db.section.update({ where: { id: first.id }, data: { position: 4 } });
    const result = await asEditor(() =>
      createSectionAction({ name: "Tenant Voices", description: "From our residents" }),
    );
    expect(result).toMatchObject({
      ok: true,
      data: { name: "Tenant Voices", slug: "tenant-voices", position: 5, postCount: 0 },
    });
    const audit = await db.auditLog.findFirst({
      where: { action: "taxonomy.create", subjectType: "section", actorId: editor.viewer.id },
    });
    expect(audit?.data).toMatchObject({ slug: "tenant-voices" });
  });

  it("an empty name and a malformed slug are field errors", async () => {
    const result = await asEditor(() => createSectionAction({ name: "  ", slug: "Not A Slug" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("validation");
    expect(result.error.fieldErrors.name).toEqual(["Enter a name"]);
    expect(result.error.fieldErrors.slug?.[0]).toMatch(/lower-case/);
  });

  it("a slug another section uses is a clear field error, not a server error", async () => {
    const taken = await makeSection("Taken");
    const typed = await asEditor(() => createSectionAction({ name: "Something else", slug: taken.slug }));
    expect(typed).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { slug: [expect.stringContaining(taken.slug)] } },
    });
    await db.section.create({ data: { name: "Opinion", slug: "opinion" } });
    const derived = await asEditor(() => createSectionAction({ name: "Opinion" }));
    expect(derived).toMatchObject({
      ok: false,
      error: { fieldErrors: { name: [expect.stringContaining("choose a slug yourself")] } },
    });
  });

  it("renaming a section's slug leaves a redirect from the old path and collapses earlier redirects", async () => {
    const section = await db.section.create({ data: { name: "News", slug: "news" } });
    const first = await asEditor(() =>
      updateSectionAction({ id: section.id, name: "Latest news", slug: "latest-news", description: "" }),
    );
    expect(first).toMatchObject({ ok: true, data: { slug: "latest-news", name: "Latest news" } });
    expect(await findPathRedirect("/sections/news")).toBe("/sections/latest-news");

    await asEditor(() => updateSectionAction({ id: section.id, name: "Updates", slug: "updates", description: "" }));
    // No chain: both old paths lead straight to the current one.
    expect(await findPathRedirect("/sections/news")).toBe("/sections/updates");
    expect(await findPathRedirect("/sections/latest-news")).toBe("/sections/updates");

    // Going back to an old name makes that path live again instead of redirecting to itself.
    await asEditor(() => updateSectionAction({ id: section.id, name: "News", slug: "news", description: "" }));
    expect(await findPathRedirect("/sections/news")).toBeNull();
    expect(await findPathRedirect("/sections/updates")).toBe("/sections/news");
    expect(await findPathRedirect("/sections/latest-news")).toBe("/sections/news");

    const renames = await db.auditLog.findMany({
      where: { action: "taxonomy.rename", subjectId: section.id },
      orderBy: { createdAt: "asc" },
    });
    expect(renames).toHaveLength(3);
    expect(renames[0]?.data).toMatchObject({ slug: ["news", "latest-news"], name: ["News", "Latest news"] });
  });

  it("a public page about to 404 on an old path answers a permanent redirect to the new one, keeping the page number and the interface", async () => {
    const section = await db.section.create({ data: { name: "Blogs", slug: "blogs" } });
    await asEditor(() => updateSectionAction({ id: section.id, name: "Blog", slug: "blog", description: "" }));
    await expect(
      followRenamedPath("/sections/blogs", { language: "en-GB", prefix: "" }, "/page/2"),
    ).rejects.toMatchObject({
      digest: expect.stringContaining(";/sections/blog/page/2;308"),
    });
    await expect(followRenamedPath("/sections/blogs", { language: "nl-NL", prefix: "/nl" })).rejects.toMatchObject({
      digest: expect.stringContaining(";/nl/sections/blog;308"),
    });
    await expect(
      followRenamedPath("/sections/never-existed", { language: "en-GB", prefix: "" }),
    ).resolves.toBeUndefined();
  });

  it("a new section on a redirected path takes the path over", async () => {
    const section = await db.section.create({ data: { name: "Events", slug: "events" } });
    await asEditor(() => updateSectionAction({ id: section.id, name: "Diary", slug: "diary", description: "" }));
    await asEditor(() => createSectionAction({ name: "Events" }));
    expect(await findPathRedirect("/sections/events")).toBeNull();
  });

  it("moves a section up and down in navigation order", async () => {
    await db.section.deleteMany({ where: { posts: { none: {} } } });
    const [a, b, c] = [await makeSection("A"), await makeSection("B"), await makeSection("C")];
    await db.section.update({ where: { id: a!.id }, data: { position: 0 } });
    await db.section.update({ where: { id: b!.id }, data: { position: 1 } });
    await db.section.update({ where: { id: c!.id }, data: { position: 2 } });
    await asEditor(() => moveSectionAction({ id: c!.id, direction: "up" }));
    const order = async () =>
      (await db.section.findMany({ where: { id: { in: [a!.id, b!.id, c!.id] } }, orderBy: { position: "asc" } })).map(
        (s) => s.name,
      );
    expect(await order()).toEqual(["A", "C", "B"]);
    await asEditor(() => moveSectionAction({ id: a!.id, direction: "up" }));
    expect(await order()).toEqual(["A", "C", "B"]);
    await asEditor(() => moveSectionAction({ id: a!.id, direction: "down" }));
    expect(await order()).toEqual(["C", "A", "B"]);
  });

  it("deletes an unused section and refuses one that posts use, saying how many", async () => {
    const unused = await makeSection("Unused");
    expect(await asEditor(() => deleteSectionAction({ id: unused.id }))).toEqual({ ok: true, data: undefined });
    expect(await db.section.findUnique({ where: { id: unused.id } })).toBeNull();
    expect(await db.auditLog.count({ where: { action: "taxonomy.delete", subjectId: unused.id } })).toBe(1);

    const used = await makeSection("Used");
    await makePost({ sectionId: used.id });
    await makePost({ sectionId: used.id, status: "DRAFT", publishedAt: null });
    const refused = await asEditor(() => deleteSectionAction({ id: used.id }));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: "validation", message: expect.stringContaining("2 posts") },
    });
    expect(await db.section.findUnique({ where: { id: used.id } })).not.toBeNull();
  });

  it("deleting a renamed section drops the redirects that led to it", async () => {
    const section = await db.section.create({ data: { name: "Old", slug: "old-section" } });
    await asEditor(() =>
      updateSectionAction({ id: section.id, name: "Newer", slug: "newer-section", description: "" }),
    );
    await asEditor(() => deleteSectionAction({ id: section.id }));
    expect(await findPathRedirect("/sections/old-section")).toBeNull();
  });
});

describe("tags", () => {
  it("creates and renames a tag, redirecting its old path", async () => {
    const created = await asEditor(() => createTagAction({ name: "Damp & Mould" }));
    expect(created).toMatchObject({ ok: true, data: { slug: "damp-and-mould" } });
    if (!created.ok) return;
    const renamed = await asEditor(() => updateTagAction({ id: created.data.id, name: "Damp", slug: "damp" }));
    expect(renamed).toMatchObject({ ok: true, data: { name: "Damp", slug: "damp" } });
    expect(await findPathRedirect("/tags/damp-and-mould")).toBe("/tags/damp");
  });

  it("merges one tag into another: posts move without duplicates, the source goes, its path redirects", async () => {
    const source = await makeTag("Retrofit");
    const target = await makeTag("Energy");
    const onlySource = await makePost({ tagIds: [source.id] });
    const both = await makePost({ tagIds: [source.id, target.id] });
    const onlyTarget = await makePost({ tagIds: [target.id] });
    // An earlier rename of the source must now point at the target too.
    await db.pathRedirect.create({ data: { fromPath: "/tags/retro-fit", toPath: `/tags/${source.slug}` } });

    const result = await asEditor(() => mergeTagsAction({ sourceId: source.id, targetSlug: target.slug }));
    expect(result).toMatchObject({ ok: true, data: { id: target.id, postCount: 3 } });
    expect(await db.tag.findUnique({ where: { id: source.id } })).toBeNull();
    const links = await db.postTag.findMany({ where: { postId: { in: [onlySource.id, both.id, onlyTarget.id] } } });
    expect(links.map((l) => l.tagId).every((id) => id === target.id)).toBe(true);
    expect(links).toHaveLength(3);
    expect(await findPathRedirect(`/tags/${source.slug}`)).toBe(`/tags/${target.slug}`);
    expect(await findPathRedirect("/tags/retro-fit")).toBe(`/tags/${target.slug}`);
    const audit = await db.auditLog.findFirst({ where: { action: "taxonomy.merge", subjectId: target.id } });
    expect(audit?.data).toMatchObject({ posts: 2, merged: { slug: source.slug } });
  });

  it("refuses to merge into an unknown tag or into itself, changing nothing", async () => {
    const tag = await makeTag("Lonely");
    const post = await makePost({ tagIds: [tag.id] });
    const unknown = await asEditor(() => mergeTagsAction({ sourceId: tag.id, targetSlug: "no-such-tag" }));
    expect(unknown).toMatchObject({
      ok: false,
      error: { fieldErrors: { targetSlug: [expect.stringContaining("no-such-tag")] } },
    });
    const itself = await asEditor(() => mergeTagsAction({ sourceId: tag.id, targetSlug: tag.slug }));
    expect(itself).toMatchObject({
      ok: false,
      error: { fieldErrors: { targetSlug: [expect.stringContaining("itself")] } },
    });
    expect(await db.postTag.findMany({ where: { postId: post.id } })).toEqual([{ postId: post.id, tagId: tag.id }]);
  });

  it("deletes an unused tag and refuses a used one", async () => {
    const unused = await makeTag();
    expect(await asEditor(() => deleteTagAction({ id: unused.id }))).toMatchObject({ ok: true });
    const used = await makeTag("In use");
    await makePost({ tagIds: [used.id] });
    expect(await asEditor(() => deleteTagAction({ id: used.id }))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("1 post") },
    });
    expect(await db.tag.findUnique({ where: { id: used.id } })).not.toBeNull();
  });

  it("lists tags by name with search and post counts", async () => {
    await makeTag("Zebra crossings");
    const page = await listTagsForAdmin(editor.viewer, { q: "zebra", page: 1 });
    expect(page.items.map((t) => t.name)).toEqual(["Zebra crossings"]);
    expect(page.hasNext).toBe(false);
  });
});

describe("series", () => {
  it("creates a series with its description rendered, renames it with a redirect, and deletes it when empty", async () => {
    const created = await asEditor(() =>
      createSeriesAction({ title: "Winter Ready", description: "Part of **our** plan", language: "en-GB" }),
    );
    expect(created).toMatchObject({ ok: true, data: { slug: "winter-ready" } });
    if (!created.ok) return;
    expect((await db.series.findUniqueOrThrow({ where: { id: created.data.id } })).descriptionHtml).toContain(
      "<strong>our</strong>",
    );
    const renamed = await asEditor(() =>
      updateSeriesAction({
        id: created.data.id,
        title: "Winter Ready 2027",
        slug: "",
        description: "New text",
        language: "en-GB",
      }),
    );
    expect(renamed).toMatchObject({ ok: true, data: { slug: "winter-ready-2027", description: "New text" } });
    expect(await findPathRedirect("/series/winter-ready")).toBe("/series/winter-ready-2027");
    expect(await asEditor(() => deleteSeriesAction({ id: created.data.id }))).toMatchObject({ ok: true });
    expect(await findPathRedirect("/series/winter-ready")).toBeNull();
  });

  it("refuses to delete a series with posts", async () => {
    const series = await makeSeries("Busy");
    await makePost({ seriesId: series.id, seriesPosition: 1 });
    expect(await asEditor(() => deleteSeriesAction({ id: series.id }))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("1 post") },
    });
    expect(await db.series.findUnique({ where: { id: series.id } })).not.toBeNull();
  });

  it("a title with no letters needs a slug typed by hand", async () => {
    const result = await asEditor(() => createSeriesAction({ title: "!!!" }));
    expect(result).toMatchObject({
      ok: false,
      error: { fieldErrors: { slug: [expect.stringContaining("Enter a slug")] } },
    });
  });
});

describe("who may manage sections, tags and series", () => {
  const refusedRoles: (Role | null)[] = ["AUTHOR", "MODERATOR", "READER", null];

  for (const role of refusedRoles) {
    it(`${role ?? "an anonymous visitor"} can neither create, rename, merge, move nor delete, and nothing changes`, async () => {
      const account = role ? await makeAccount(role) : null;
      const section = await makeSection("Guarded section");
      const tag = await makeTag("Guarded tag");
      const other = await makeTag("Other tag");
      const series = await makeSeries("Guarded series");
      const before = await Promise.all([
        db.section.findUniqueOrThrow({ where: { id: section.id } }),
        db.tag.findMany({ where: { id: { in: [tag.id, other.id] } }, orderBy: { id: "asc" } }),
        db.series.findUniqueOrThrow({ where: { id: series.id } }),
        db.section.count(),
        db.tag.count(),
        db.series.count(),
        db.auditLog.count(),
        db.pathRedirect.count(),
      ]);
      const code = role ? "forbidden" : "unauthenticated";
      const attempts: (() => Promise<unknown>)[] = [
        () => createSectionAction({ name: "Sneaky" }),
        () => updateSectionAction({ id: section.id, name: "Renamed", slug: "renamed-section", description: "" }),
        () => moveSectionAction({ id: section.id, direction: "up" }),
        () => deleteSectionAction({ id: section.id }),
        () => createTagAction({ name: "Sneaky" }),
        () => updateTagAction({ id: tag.id, name: "Renamed", slug: "renamed-tag" }),
        () => mergeTagsAction({ sourceId: tag.id, targetSlug: other.slug }),
        () => deleteTagAction({ id: tag.id }),
        () => createSeriesAction({ title: "Sneaky" }),
        () => updateSeriesAction({ id: series.id, title: "Renamed", slug: "renamed-series", description: "" }),
        () => deleteSeriesAction({ id: series.id }),
      ];
      for (const attempt of attempts) {
        expect(await asViewer(account, attempt)).toMatchObject({ ok: false, error: { code } });
      }
      const after = await Promise.all([
        db.section.findUniqueOrThrow({ where: { id: section.id } }),
        db.tag.findMany({ where: { id: { in: [tag.id, other.id] } }, orderBy: { id: "asc" } }),
        db.series.findUniqueOrThrow({ where: { id: series.id } }),
        db.section.count(),
        db.tag.count(),
        db.series.count(),
        db.auditLog.count(),
        db.pathRedirect.count(),
      ]);
      expect(after).toEqual(before);
    });
  }

  it("an editor may, and so may an admin", async () => {
    const admin = await makeAccount("ADMIN");
    expect(await asViewer(admin, () => createTagAction({ name: "Admin made" }))).toMatchObject({ ok: true });
    expect(await asEditor(() => createTagAction({ name: "Editor made" }))).toMatchObject({ ok: true });
  });
});
