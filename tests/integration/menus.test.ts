import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import { saveMenuAction } from "../../lib/menus/actions";
import { getEditableMenus, getPublicMenus } from "../../lib/menus/data/menus";
import type { MenuItemInput } from "../../lib/menus/schema";
import { daysAgo, makePost, makeSection, makeSeries, makeTag } from "../helpers/factories";
import { asViewer, makeAccount } from "../helpers/sign-in-as";

// The header and footer menus: admins save them through the real action;
// readers get them resolved to what they can follow now.

// Next's cache, outside a Next server, only records which tags were expired.
const expired = vi.hoisted(() => ({ tags: [] as string[] }));
vi.mock("next/cache", () => ({
  cacheLife: () => {},
  cacheTag: () => {},
  updateTag: () => {},
  revalidateTag: (tag: string) => {
    expired.tags.push(tag);
  },
}));

const stored = (menu: "HEADER" | "FOOTER") =>
  db.menuItem.findMany({ where: { menu }, orderBy: { position: "asc" }, select: { kind: true, label: true } });

beforeEach(async () => {
  expired.tags = [];
  await db.menu.deleteMany();
});

describe("the default menus", () => {
  it("are Home and every section in order in the header, and nothing in the footer, until an admin saves", async () => {
    const sections = await db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] });
    const menus = await getPublicMenus();
    expect(menus.header).toEqual([
      { label: "Home", href: "/", external: false },
      ...sections.map((s) => ({ label: s.name, href: `/sections/${s.slug}`, external: false })),
    ]);
    expect(menus.footer).toEqual([]);
    const admin = await makeAccount("ADMIN");
    const editable = await getEditableMenus(admin.viewer);
    expect(editable.menus.map((m) => [m.name, m.saved, m.items.length])).toEqual([
      ["HEADER", false, sections.length + 1],
      ["FOOTER", false, 0],
    ]);
  });
});

describe("saving a menu", () => {
  it("stores the links in order, audits it, expires the menus' cache and shows readers what they can follow", async () => {
    const admin = await makeAccount("ADMIN");
    const about = await makePost({ kind: "PAGE", slug: "about-menu", contributorIds: [] });
    const draft = await makePost({
      kind: "PAGE",
      slug: "draft-menu",
      status: "DRAFT",
      publishedAt: null,
      contributorIds: [],
    });
    const series = await makeSeries("Retrofit diary");
    const tag = await makeTag("Repairs");
    await makePost({ tagIds: [tag.id], publishedAt: daysAgo(2) });
    const items: MenuItemInput[] = [
      { kind: "PAGE", label: "About us", targetId: about.id },
      { kind: "PAGE", label: "Coming soon", targetId: draft.id },
      { kind: "SERIES", label: "The diary", targetId: series.id },
      { kind: "TAG", label: "Repairs", targetId: tag.id },
      { kind: "LINK", label: "Tenants' union", url: "https://union.example/" },
    ];
    const result = await asViewer(admin, () => saveMenuAction({ menu: "FOOTER", items }));
    expect(result.ok).toBe(true);
    expect(await stored("FOOTER")).toEqual(items.map(({ kind, label }) => ({ kind, label })));
    const audit = await db.auditLog.findMany({ where: { action: "menu.update", subjectId: "FOOTER" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(admin.viewer.id);
    expect(expired.tags).toEqual(["menus"]);

    const { footer, header } = await getPublicMenus();
    expect(footer).toEqual([
      { label: "About us", href: "/about-menu", external: false },
      { label: "The diary", href: `/series/${series.slug}`, external: false },
      { label: "Repairs", href: `/tags/${tag.slug}`, external: false },
      { label: "Tenants' union", href: "https://union.example/", external: true },
    ]);
    expect(header[0]).toEqual({ label: "Home", href: "/", external: false });
  });

  it("leaves out a link whose section was deleted rather than pointing readers at a 404", async () => {
    const admin = await makeAccount("ADMIN");
    const section = await makeSection("Short-lived");
    await asViewer(admin, () =>
      saveMenuAction({
        menu: "HEADER",
        items: [
          { kind: "HOME", label: "Start" },
          { kind: "SECTION", label: "Short-lived", targetId: section.id },
        ],
      }),
    );
    expect((await getPublicMenus()).header.map((l) => l.label)).toEqual(["Start", "Short-lived"]);
    await db.section.delete({ where: { id: section.id } });
    expect((await getPublicMenus()).header.map((l) => l.label)).toEqual(["Start"]);
  });

  it("refuses links that need attention, naming each field, and keeps the stored menu", async () => {
    const admin = await makeAccount("ADMIN");
    await asViewer(admin, () => saveMenuAction({ menu: "FOOTER", items: [{ kind: "HOME", label: "Home" }] }));
    const invalid = await asViewer(admin, () =>
      saveMenuAction({
        menu: "FOOTER",
        items: [
          { kind: "LINK", label: "", url: "http://insecure.example" },
          { kind: "SECTION", label: "Gone", targetId: "no-such-section" },
        ],
      }),
    );
    expect(invalid).toMatchObject({ ok: false, error: { code: "validation" } });
    if (!invalid.ok) expect(Object.keys(invalid.error.fieldErrors).sort()).toEqual(["items.0.label", "items.0.url"]);
    const missing = await asViewer(admin, () =>
      saveMenuAction({ menu: "FOOTER", items: [{ kind: "SECTION", label: "Gone", targetId: "no-such-section" }] }),
    );
    if (!missing.ok) expect(Object.keys(missing.error.fieldErrors)).toEqual(["items.0.targetId"]);
    expect(missing.ok).toBe(false);
    expect(await stored("FOOTER")).toEqual([{ kind: "HOME", label: "Home" }]);
  });

  it("is for admins only: an editor, a moderator and a visitor are refused and nothing is stored", async () => {
    const items: MenuItemInput[] = [{ kind: "HOME", label: "Hijacked" }];
    const start = new Date();
    for (const role of ["EDITOR", "MODERATOR", "AUTHOR"] as const) {
      const account = await makeAccount(role);
      const refused = await asViewer(account, () => saveMenuAction({ menu: "HEADER", items }));
      expect(refused, role).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect(await asViewer(null, () => saveMenuAction({ menu: "HEADER", items }))).toMatchObject({
      ok: false,
      error: { code: "unauthenticated" },
    });
    expect(await db.menu.count()).toBe(0);
    expect(await db.menuItem.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "menu.update", createdAt: { gte: start } } })).toBe(0);
  });

  it("saves a menu as a whole: two saves at once leave one of them complete, never a mix", async () => {
    const admin = await makeAccount("ADMIN");
    const first = Array.from({ length: 6 }, (_, i) => ({ kind: "HOME" as const, label: `First ${i}` }));
    const second = Array.from({ length: 4 }, (_, i) => ({ kind: "HOME" as const, label: `Second ${i}` }));
    const results = await Promise.all([
      asViewer(admin, () => saveMenuAction({ menu: "FOOTER", items: first })),
      asViewer(admin, () => saveMenuAction({ menu: "FOOTER", items: second })),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    const labels = (await stored("FOOTER")).map((i) => i.label);
    expect([first.map((i) => i.label), second.map((i) => i.label)]).toContainEqual(labels);
  });
});
