import "server-only";
import { recordAudit } from "../../audit/data/record";
import { authorize, authorizeAttempt, type Viewer } from "../../auth/permissions";
import { cacheTags, type Written } from "../../cache-tags";
import { db } from "../../db";
import { ValidationError, type FieldErrors } from "../../errors";
import { translator } from "../../i18n";
import { publishedPage } from "../../posts/visibility";
import { getSiteSettings } from "../../settings/data/queries";
import { publicTagWhere } from "../../taxonomy/visibility";
import { pagePath } from "../../urls";
import { defaultMenuItems } from "../defaults";
import type { EditableMenu, MenuTargets, PublicMenuLink, PublicMenus } from "../dto";
import { MENU_NAMES, type MenuItemValue, type MenuNameValue, type MenuSaveInput } from "../schema";

// The header and footer menus: stored items (or the default), resolved to
// what readers can follow now. A target that is gone or not public is left
// out rather than linked to a 404.

const MAX_TARGETS = 500;

async function menuItems(): Promise<{
  stored: Map<MenuNameValue, MenuItemValue[]>;
  homeLabel: string;
  sections: { id: string; name: string }[];
}> {
  const [menus, settings, sections] = await Promise.all([
    db.menu.findMany({
      select: {
        name: true,
        items: { orderBy: { position: "asc" }, select: { kind: true, label: true, targetId: true, url: true } },
      },
    }),
    getSiteSettings(),
    db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  return {
    stored: new Map(menus.map((m) => [m.name, m.items])),
    homeLabel: translator(settings.language)("nav.home"),
    sections,
  };
}

function itemsOf(source: Awaited<ReturnType<typeof menuItems>>, name: MenuNameValue): MenuItemValue[] {
  return source.stored.get(name) ?? defaultMenuItems(name, source.sections, source.homeLabel);
}

/** Both menus as readers see them, with the ids of everything they link to (for cache tags). */
export async function getPublicMenus(): Promise<PublicMenus> {
  const source = await menuItems();
  const all = MENU_NAMES.flatMap((name) => itemsOf(source, name));
  const ids = (kind: MenuItemValue["kind"]) => all.filter((i) => i.kind === kind).map((i) => i.targetId!);
  const [sections, pages, series, tags] = await Promise.all([
    db.section.findMany({ where: { id: { in: ids("SECTION") } }, select: { id: true, slug: true } }),
    db.post.findMany({ where: { id: { in: ids("PAGE") }, ...publishedPage() }, select: { id: true, slug: true } }),
    db.series.findMany({ where: { id: { in: ids("SERIES") } }, select: { id: true, slug: true } }),
    db.tag.findMany({ where: { id: { in: ids("TAG") }, ...publicTagWhere() }, select: { id: true, slug: true } }),
  ]);
  const hrefs = new Map<string, string>([
    ...sections.map((s) => [`SECTION:${s.id}`, `/sections/${s.slug}`] as const),
    ...pages.map((p) => [`PAGE:${p.id}`, pagePath(p.slug)] as const),
    ...series.map((s) => [`SERIES:${s.id}`, `/series/${s.slug}`] as const),
    ...tags.map((t) => [`TAG:${t.id}`, `/tags/${t.slug}`] as const),
  ]);
  const resolve = (items: MenuItemValue[]): PublicMenuLink[] =>
    items.flatMap((item): PublicMenuLink[] => {
      if (item.kind === "HOME") return [{ label: item.label, href: "/", external: false }];
      if (item.kind === "LINK") return [{ label: item.label, href: item.url!, external: true }];
      const href = hrefs.get(`${item.kind}:${item.targetId}`);
      return href ? [{ label: item.label, href, external: false }] : [];
    });
  return {
    header: resolve(itemsOf(source, "HEADER")),
    footer: resolve(itemsOf(source, "FOOTER")),
    // Every target named, shown or not: publishing a page must reach the menu. Sections are
    // left to the `sections` tag the cached reader carries (renames and deletions touch it):
    // a section's own tag also changes whenever a post in it is published, and every public
    // page shows the menus, so it would re-render the whole site on each publication.
    shows: { posts: ids("PAGE"), series: ids("SERIES"), tags: ids("TAG") },
  };
}

/** Both menus as the editor starts from them, and what their links may point to. */
export async function getEditableMenus(
  viewer: Viewer | null,
): Promise<{ menus: EditableMenu[]; targets: MenuTargets }> {
  authorizeAttempt(viewer, "menu:update");
  const source = await menuItems();
  const menus = MENU_NAMES.map((name) => ({
    name,
    saved: source.stored.has(name),
    items: itemsOf(source, name).map((i) => ({
      kind: i.kind,
      label: i.label,
      targetId: i.targetId ?? "",
      url: i.url ?? "",
    })),
  }));
  const [sections, pages, series, tags] = await Promise.all([
    db.section.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true, slug: true },
    }),
    db.post.findMany({
      where: { kind: "PAGE" },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      take: MAX_TARGETS,
      select: { id: true, title: true, slug: true, status: true },
    }),
    db.series.findMany({ orderBy: { title: "asc" }, take: MAX_TARGETS, select: { id: true, title: true, slug: true } }),
    db.tag.findMany({
      where: publicTagWhere(),
      orderBy: { name: "asc" },
      take: MAX_TARGETS,
      select: { id: true, name: true, slug: true },
    }),
  ]);
  return {
    menus,
    targets: {
      SECTION: sections.map((s) => ({ id: s.id, name: s.name, href: `/sections/${s.slug}` })),
      PAGE: pages.map((p) => ({
        id: p.id,
        // Readers see a page in the menu only once it is published.
        name: p.status === "PUBLISHED" ? p.title : `${p.title} (not published)`,
        href: pagePath(p.slug),
      })),
      SERIES: series.map((s) => ({ id: s.id, name: s.title, href: `/series/${s.slug}` })),
      TAG: tags.map((t) => ({ id: t.id, name: t.name, href: `/tags/${t.slug}` })),
    },
  };
}

/** Replaces one menu's items in one transaction, audited; every public page shows the menus. */
export async function saveMenu(viewer: Viewer, input: MenuSaveInput): Promise<Written<EditableMenu>> {
  authorize(viewer, "menu:update");
  await requireTargets(input.items);
  await db.$transaction(async (tx) => {
    // The upsert locks the menu's row, so two saves of one menu run one after the other.
    await tx.menu.upsert({
      where: { name: input.menu },
      create: { name: input.menu },
      update: { updatedAt: new Date() },
    });
    await tx.menuItem.deleteMany({ where: { menu: input.menu } });
    await tx.menuItem.createMany({
      data: input.items.map((item, position) => ({ ...item, menu: input.menu, position })),
    });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "menu.update",
      subjectType: "menu",
      subjectId: input.menu,
      data: { items: input.items.map((i) => ({ kind: i.kind, label: i.label })) },
    });
  });
  return {
    result: {
      name: input.menu,
      saved: true,
      items: input.items.map((i) => ({ kind: i.kind, label: i.label, targetId: i.targetId ?? "", url: i.url ?? "" })),
    },
    tags: [cacheTags.menus],
  };
}

/** Refuses, item by item, a link to a section, page, series or tag that does not exist. */
async function requireTargets(items: readonly MenuItemValue[]): Promise<void> {
  const ids = (kind: MenuItemValue["kind"]) => items.filter((i) => i.kind === kind).map((i) => i.targetId!);
  const [sections, pages, series, tags] = await Promise.all([
    db.section.findMany({ where: { id: { in: ids("SECTION") } }, select: { id: true } }),
    db.post.findMany({ where: { id: { in: ids("PAGE") }, kind: "PAGE" }, select: { id: true } }),
    db.series.findMany({ where: { id: { in: ids("SERIES") } }, select: { id: true } }),
    db.tag.findMany({ where: { id: { in: ids("TAG") } }, select: { id: true } }),
  ]);
  const found = new Set([...sections, ...pages, ...series, ...tags].map((r) => r.id));
  const errors: FieldErrors = {};
  items.forEach((item, i) => {
    if (item.targetId !== null && !found.has(item.targetId)) {
      errors[`items.${i}.targetId`] = ["That no longer exists. Choose another or remove the link."];
    }
  });
  if (Object.keys(errors).length) throw new ValidationError("Some links need attention.", errors);
}
