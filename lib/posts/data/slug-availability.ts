import "server-only";
import { randomBytes } from "node:crypto";
import type { Viewer } from "../../auth/permissions";
import { db, type Prisma } from "../../db";
import { readablePostsWhere } from "../read-scope";
import { publiclyVisible } from "../visibility";
import type { Tx } from "./access";
import { SLUG_MAX } from "../editor-schema";
import { SLUG_PATTERN, slugify } from "../../text/slug";
import { isReservedPageSlug } from "../../pages/reserved-slugs";

// Which article URLs are free. A slug is taken when another post uses it now
// or used it before (its old URL still redirects there).

type Client = Pick<Tx, "post" | "slugRedirect">;

/** A new post's slug until it has a title: never shown to readers, replaced on the first titled save. */
export function placeholderSlug(): string {
  return `draft-${randomBytes(5).toString("hex")}`;
}

const PLACEHOLDER = /^draft-[0-9a-f]{10}$/;

/**
 * Whether the slug was made by the editor rather than typed: the placeholder,
 * or the title's slug (with a -N suffix added to make it unique). Such a slug
 * follows the title until the post is first published.
 */
export function slugFollowsTitle(slug: string, title: string): boolean {
  if (PLACEHOLDER.test(slug)) return true;
  const base = slugify(title);
  return base !== "" && new RegExp(`^${base}(?:-\\d+)?$`).test(slug);
}

export async function isSlugTaken(slug: string, postId: string, client: Client = db): Promise<boolean> {
  const [post, redirect] = await Promise.all([
    client.post.findFirst({ where: { slug, id: { not: postId } }, select: { id: true } }),
    client.slugRedirect.findFirst({ where: { oldSlug: slug, postId: { not: postId } }, select: { id: true } }),
  ]);
  return post !== null || redirect !== null;
}

/** `base` as a slug, or the first of `base-2`, `base-3`, … that no other post holds. */
export async function freeSlug(
  base: string,
  postId: string,
  client: Client = db,
  avoid: (slug: string) => boolean = () => false,
): Promise<string> {
  const slug = (SLUG_PATTERN.test(base) ? base : slugify(base) || "untitled").slice(0, SLUG_MAX).replace(/-+$/, "");
  const stem = slug.slice(0, SLUG_MAX - 6).replace(/-+$/, "");
  const [posts, redirects] = await Promise.all([
    client.post.findMany({ where: { slug: { startsWith: stem }, id: { not: postId } }, select: { slug: true } }),
    client.slugRedirect.findMany({
      where: { oldSlug: { startsWith: stem }, postId: { not: postId } },
      select: { oldSlug: true },
    }),
  ]);
  const taken = new Set([...posts.map((p) => p.slug), ...redirects.map((r) => r.oldSlug)]);
  if (!taken.has(slug) && !avoid(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate) && !avoid(candidate)) return candidate;
  }
}

/**
 * The editor's live check. About a post the viewer may not read it says
 * "taken" and nothing more: the suggestion counts up past the slugs of posts
 * the viewer can see (theirs, or published), and where a hidden post holds
 * the next one it turns random, so a writer cannot list other writers'
 * unpublished slugs (which spell out their titles) by asking.
 */
export async function checkSlug(
  viewer: Viewer,
  slug: string,
  post: { id: string; kind: "ARTICLE" | "PAGE" },
): Promise<{ available: boolean; reserved: boolean; suggestion: string }> {
  const valid = SLUG_PATTERN.test(slug) && slug.length <= SLUG_MAX;
  const reserved = post.kind === "PAGE" && isReservedPageSlug(slug);
  const available = valid && !reserved && !(await isSlugTaken(slug, post.id));
  return { available, reserved, suggestion: available ? slug : await suggestSlug(viewer, slug, post.id) };
}

async function suggestSlug(viewer: Viewer, wanted: string, postId: string): Promise<string> {
  const seen: Prisma.PostWhereInput = { OR: [readablePostsWhere(viewer), publiclyVisible()] };
  const stem = (SLUG_PATTERN.test(wanted) ? wanted : slugify(wanted) || "untitled")
    .slice(0, SLUG_MAX - 6)
    .replace(/-+$/, "");
  const [posts, redirects] = await Promise.all([
    db.post.findMany({ where: { slug: { startsWith: stem }, id: { not: postId }, ...seen }, select: { slug: true } }),
    db.slugRedirect.findMany({
      where: { oldSlug: { startsWith: stem }, postId: { not: postId }, post: seen },
      select: { oldSlug: true },
    }),
  ]);
  const visible = new Set([...posts.map((p) => p.slug), ...redirects.map((r) => r.oldSlug)]);
  let n = 2;
  while (visible.has(`${stem}-${n}`)) n++;
  let candidate = `${stem}-${n}`;
  while (await isSlugTaken(candidate, postId)) candidate = `${stem}-${randomBytes(2).toString("hex")}`;
  return candidate;
}
