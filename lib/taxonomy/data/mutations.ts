import "server-only";
import { changesOf } from "../../audit/changes";
import { recordAudit } from "../../audit/data/record";
import { type Viewer, authorize } from "../../auth/permissions";
import { cacheTags, type Written } from "../../cache-tags";
import { db } from "../../db";
import { NotFound, ValidationError } from "../../errors";
import { claimPath, forgetPath, redirectPath } from "../../redirects/data/mutations";
import { publicPath } from "../../redirects/paths";
import type { AdminSection, AdminTag } from "../dto";
import type {
  SectionCreateInput,
  SectionMoveInput,
  SectionUpdateInput,
  TagCreateInput,
  TagMergeInput,
  TagUpdateInput,
} from "../schema";
import { assertSlugFree, chooseSlug, withSlugGuard } from "./slugs";
import { plural } from "../../text/plural";

// Managing sections and tags. Each write is one transaction with its audit
// entry and redirect rows, and returns the tags of the public pages that
// showed the old name or address, for its action to invalidate. Series live
// in lib/series/data/mutations.ts.

const sectionSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  position: true,
  _count: { select: { posts: true } },
} as const;
const tagSelect = { id: true, slug: true, name: true, _count: { select: { posts: true } } } as const;

type SectionRow = {
  id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  _count: { posts: number };
};
type TagRow = { id: string; slug: string; name: string; _count: { posts: number } };

const toAdminSection = ({ _count, ...s }: SectionRow): AdminSection => ({ ...s, postCount: _count.posts });
const toAdminTag = ({ _count, ...t }: TagRow): AdminTag => ({ ...t, postCount: _count.posts });

export async function createSection(viewer: Viewer, input: SectionCreateInput): Promise<Written<AdminSection>> {
  authorize(viewer, "taxonomy:manage");
  const chosen = chooseSlug(input.slug, input.name);
  const section = await withSlugGuard(chosen, "section", () =>
    db.$transaction(async (tx) => {
      await assertSlugFree(chosen, "section", null, (slug) =>
        tx.section.findUnique({ where: { slug }, select: { id: true } }),
      );
      const last = await tx.section.aggregate({ _max: { position: true } });
      const created = await tx.section.create({
        data: {
          name: input.name,
          slug: chosen.slug,
          description: input.description,
          position: (last._max.position ?? -1) + 1,
        },
        select: sectionSelect,
      });
      await claimPath(tx, publicPath("section", created.slug));
      await recordAudit(tx, {
        actorId: viewer.id,
        action: "taxonomy.create",
        subjectType: "section",
        subjectId: created.id,
        data: { name: created.name, slug: created.slug },
      });
      return created;
    }),
  );
  return { result: toAdminSection(section), tags: [cacheTags.sections, cacheTags.pathRedirects] };
}

export async function updateSection(viewer: Viewer, input: SectionUpdateInput): Promise<Written<AdminSection>> {
  authorize(viewer, "taxonomy:manage");
  const chosen = chooseSlug(input.slug, input.name);
  const { section, postIds } = await withSlugGuard(chosen, "section", () =>
    db.$transaction(async (tx) => {
      const before = await tx.section.findUnique({ where: { id: input.id }, select: sectionSelect });
      if (!before) throw new NotFound("That section no longer exists.");
      await assertSlugFree(chosen, "section", before.id, (slug) =>
        tx.section.findUnique({ where: { slug }, select: { id: true } }),
      );
      const after = await tx.section.update({
        where: { id: before.id },
        data: { name: input.name, slug: chosen.slug, description: input.description },
        select: sectionSelect,
      });
      const changed = changesOf(
        { name: before.name, slug: before.slug, description: before.description },
        { name: after.name, slug: after.slug, description: after.description },
      );
      if (Object.keys(changed).length > 0) {
        await redirectPath(tx, publicPath("section", before.slug), publicPath("section", after.slug));
        await recordAudit(tx, {
          actorId: viewer.id,
          action: "taxonomy.rename",
          subjectType: "section",
          subjectId: after.id,
          data: changed,
        });
      }
      const posts = await tx.post.findMany({ where: { sectionId: after.id }, select: { id: true } });
      return { section: after, postIds: posts.map((p) => p.id) };
    }),
  );
  // Listing cards everywhere show the section's name and link.
  return {
    result: toAdminSection(section),
    tags: [cacheTags.sections, cacheTags.section(section.id), cacheTags.pathRedirects, ...postIds.map(cacheTags.post)],
  };
}

/** Swaps a section with its neighbour in navigation order, renumbering 0…n-1 on the way. */
export async function moveSection(viewer: Viewer, input: SectionMoveInput): Promise<Written<void>> {
  authorize(viewer, "taxonomy:manage");
  await db.$transaction(async (tx) => {
    const order = await tx.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true } });
    const from = order.findIndex((s) => s.id === input.id);
    if (from === -1) throw new NotFound("That section no longer exists.");
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [position, s] of order.entries()) await tx.section.update({ where: { id: s.id }, data: { position } });
  });
  return { result: undefined, tags: [cacheTags.sections] };
}

export async function deleteSection(viewer: Viewer, id: string): Promise<Written<void>> {
  authorize(viewer, "taxonomy:manage");
  await db.$transaction(async (tx) => {
    const section = await tx.section.findUnique({ where: { id }, select: sectionSelect });
    if (!section) throw new NotFound("That section no longer exists.");
    if (section._count.posts > 0) {
      throw new ValidationError(
        `“${section.name}” is used by ${plural(section._count.posts, "post")}. Move them to another section before deleting it.`,
      );
    }
    await tx.section.delete({ where: { id } });
    await forgetPath(tx, publicPath("section", section.slug));
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "taxonomy.delete",
      subjectType: "section",
      subjectId: id,
      data: { name: section.name, slug: section.slug },
    });
  });
  return { result: undefined, tags: [cacheTags.sections, cacheTags.section(id), cacheTags.pathRedirects] };
}

export async function createTag(viewer: Viewer, input: TagCreateInput): Promise<Written<AdminTag>> {
  authorize(viewer, "taxonomy:manage");
  const chosen = chooseSlug(input.slug, input.name);
  const tag = await withSlugGuard(chosen, "tag", () =>
    db.$transaction(async (tx) => {
      await assertSlugFree(chosen, "tag", null, (slug) => tx.tag.findUnique({ where: { slug }, select: { id: true } }));
      const created = await tx.tag.create({ data: { name: input.name, slug: chosen.slug }, select: tagSelect });
      await claimPath(tx, publicPath("tag", created.slug));
      await recordAudit(tx, {
        actorId: viewer.id,
        action: "taxonomy.create",
        subjectType: "tag",
        subjectId: created.id,
        data: { name: created.name, slug: created.slug },
      });
      return created;
    }),
  );
  // An unknown tag's 404 is cached under the site-wide list tag.
  return { result: toAdminTag(tag), tags: [cacheTags.postsList, cacheTags.pathRedirects] };
}

export async function updateTag(viewer: Viewer, input: TagUpdateInput): Promise<Written<AdminTag>> {
  authorize(viewer, "taxonomy:manage");
  const chosen = chooseSlug(input.slug, input.name);
  const tag = await withSlugGuard(chosen, "tag", () =>
    db.$transaction(async (tx) => {
      const before = await tx.tag.findUnique({ where: { id: input.id }, select: tagSelect });
      if (!before) throw new NotFound("That tag no longer exists.");
      await assertSlugFree(chosen, "tag", before.id, (slug) =>
        tx.tag.findUnique({ where: { slug }, select: { id: true } }),
      );
      const after = await tx.tag.update({
        where: { id: before.id },
        data: { name: input.name, slug: chosen.slug },
        select: tagSelect,
      });
      const changed = changesOf({ name: before.name, slug: before.slug }, { name: after.name, slug: after.slug });
      if (Object.keys(changed).length > 0) {
        await redirectPath(tx, publicPath("tag", before.slug), publicPath("tag", after.slug));
        await recordAudit(tx, {
          actorId: viewer.id,
          action: "taxonomy.rename",
          subjectType: "tag",
          subjectId: after.id,
          data: changed,
        });
      }
      return after;
    }),
  );
  // Article pages carry their tags' cache tags; the new slug's earlier 404 carries the list tag.
  return { result: toAdminTag(tag), tags: [cacheTags.tag(tag.id), cacheTags.postsList, cacheTags.pathRedirects] };
}

/** Moves every post of the source tag to the target (no duplicates), deletes the source and redirects its page. */
export async function mergeTags(viewer: Viewer, input: TagMergeInput): Promise<Written<AdminTag>> {
  authorize(viewer, "taxonomy:manage");
  const { source, target, merged, moved } = await db.$transaction(async (tx) => {
    const source = await tx.tag.findUnique({ where: { id: input.sourceId }, select: tagSelect });
    if (!source) throw new NotFound("That tag no longer exists.");
    const target = await tx.tag.findUnique({
      where: { slug: input.targetSlug },
      select: { id: true, slug: true, name: true },
    });
    if (!target)
      throw new ValidationError("Some fields need attention.", {
        targetSlug: [`No tag has the slug “${input.targetSlug}”`],
      });
    if (target.id === source.id)
      throw new ValidationError("Some fields need attention.", {
        targetSlug: ["Choose a different tag: a tag cannot be merged into itself"],
      });
    const links = await tx.postTag.findMany({ where: { tagId: source.id }, select: { postId: true } });
    await tx.postTag.createMany({
      data: links.map((l) => ({ postId: l.postId, tagId: target.id })),
      skipDuplicates: true,
    });
    await tx.tag.delete({ where: { id: source.id } });
    await redirectPath(tx, publicPath("tag", source.slug), publicPath("tag", target.slug));
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "taxonomy.merge",
      subjectType: "tag",
      subjectId: target.id,
      data: {
        merged: { id: source.id, name: source.name, slug: source.slug },
        into: { name: target.name, slug: target.slug },
        posts: links.length,
      },
    });
    // Read inside the transaction: a read after the commit could fail and lose the tags the merge touched.
    const merged = await tx.tag.findUniqueOrThrow({ where: { id: target.id }, select: tagSelect });
    return { source, target, merged, moved: links.map((l) => l.postId) };
  });
  return {
    result: toAdminTag(merged),
    tags: [
      cacheTags.tag(source.id),
      cacheTags.tag(target.id),
      cacheTags.postsList,
      cacheTags.pathRedirects,
      ...moved.map(cacheTags.post),
    ],
  };
}

export async function deleteTag(viewer: Viewer, id: string): Promise<Written<void>> {
  authorize(viewer, "taxonomy:manage");
  await db.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id }, select: tagSelect });
    if (!tag) throw new NotFound("That tag no longer exists.");
    if (tag._count.posts > 0) {
      throw new ValidationError(
        `“${tag.name}” is used by ${plural(tag._count.posts, "post")}. Remove it from them, or merge it into another tag, before deleting it.`,
      );
    }
    await tx.tag.delete({ where: { id } });
    await forgetPath(tx, publicPath("tag", tag.slug));
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "taxonomy.delete",
      subjectType: "tag",
      subjectId: id,
      data: { name: tag.name, slug: tag.slug },
    });
  });
  return { result: undefined, tags: [cacheTags.tag(id), cacheTags.pathRedirects] };
}
