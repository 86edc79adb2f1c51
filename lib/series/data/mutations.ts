import "server-only";
import { recordAudit } from "../../audit/data/record";
import { type Viewer, authorize } from "../../auth/permissions";
import { cacheTags, type Written } from "../../cache-tags";
import { db } from "../../db";
import { NotFound, ValidationError } from "../../errors";
import { renderForField } from "../../markdown/pool";
import { claimPath, forgetPath, redirectPath } from "../../redirects/data/mutations";
import { publicPath } from "../../redirects/paths";
import type { AdminSeries } from "../dto";
import { changesOf } from "../../audit/changes";
import type { SeriesCreateInput, SeriesUpdateInput } from "../schema";
import { assertSlugFree, chooseSlug, withSlugGuard } from "../../taxonomy/data/slugs";
import { plural } from "../../text/plural";

// Managing series. The description is Markdown written by staff, rendered
// with the article profile exactly as imported series are (scripts/lib/content/import.ts).
// Each write returns the public cache tags it touched, for its action to invalidate.

const seriesSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  language: true,
  plannedParts: true,
  _count: { select: { posts: true } },
} as const;

type SeriesRow = {
  id: string;
  slug: string;
  title: string;
  description: string;
  language: string;
  plannedParts: number | null;
  _count: { posts: number };
};

const toAdminSeries = ({ _count, ...s }: SeriesRow): AdminSeries => ({ ...s, postCount: _count.posts });

// Rendered on a worker before the transaction opens (lib/markdown/pool).
const descriptionHtml = async (markdown: string) =>
  (await renderForField("description", markdown, "article", { trustedAuthor: true })).html;

export async function createSeries(viewer: Viewer, input: SeriesCreateInput): Promise<Written<AdminSeries>> {
  authorize(viewer, "taxonomy:manage");
  const chosen = chooseSlug(input.slug, input.title, "title");
  const html = await descriptionHtml(input.description);
  const series = await withSlugGuard(chosen, "series", () =>
    db.$transaction(async (tx) => {
      await assertSlugFree(chosen, "series", null, (slug) =>
        tx.series.findUnique({ where: { slug }, select: { id: true } }),
      );
      const created = await tx.series.create({
        data: {
          title: input.title,
          slug: chosen.slug,
          language: input.language,
          plannedParts: input.plannedParts,
          description: input.description,
          descriptionHtml: html,
        },
        select: seriesSelect,
      });
      await claimPath(tx, publicPath("series", created.slug));
      await recordAudit(tx, {
        actorId: viewer.id,
        action: "taxonomy.create",
        subjectType: "series",
        subjectId: created.id,
        data: { title: created.title, slug: created.slug },
      });
      return created;
    }),
  );
  // An unknown series' 404 is cached under the site-wide list tag.
  return { result: toAdminSeries(series), tags: [cacheTags.postsList, cacheTags.pathRedirects] };
}

export async function updateSeries(viewer: Viewer, input: SeriesUpdateInput): Promise<Written<AdminSeries>> {
  authorize(viewer, "taxonomy:manage");
  const chosen = chooseSlug(input.slug, input.title, "title");
  const html = await descriptionHtml(input.description);
  const series = await withSlugGuard(chosen, "series", () =>
    db.$transaction(async (tx) => {
      const before = await tx.series.findUnique({ where: { id: input.id }, select: seriesSelect });
      if (!before) throw new NotFound("That series no longer exists.");
      await assertSlugFree(chosen, "series", before.id, (slug) =>
        tx.series.findUnique({ where: { slug }, select: { id: true } }),
      );
      const after = await tx.series.update({
        where: { id: before.id },
        data: {
          title: input.title,
          slug: chosen.slug,
          language: input.language,
          plannedParts: input.plannedParts,
          description: input.description,
          descriptionHtml: html,
        },
        select: seriesSelect,
      });
      const fields = (s: SeriesRow) => ({
        title: s.title,
        slug: s.slug,
        description: s.description,
        language: s.language,
        plannedParts: s.plannedParts,
      });
      const changed = changesOf(fields(before), fields(after));
      if (Object.keys(changed).length > 0) {
        await redirectPath(tx, publicPath("series", before.slug), publicPath("series", after.slug));
        // The description can be long: the entry says that it changed, not what it says.
        if (changed.description) changed.description = ["(previous text)", "(new text)"];
        await recordAudit(tx, {
          actorId: viewer.id,
          action: "taxonomy.rename",
          subjectType: "series",
          subjectId: after.id,
          data: changed,
        });
      }
      return after;
    }),
  );
  // Article pages' series boxes carry the series tag; the new slug's earlier 404 carries the list tag.
  return {
    result: toAdminSeries(series),
    tags: [cacheTags.series(series.id), cacheTags.postsList, cacheTags.pathRedirects],
  };
}

export async function deleteSeries(viewer: Viewer, id: string): Promise<Written<void>> {
  authorize(viewer, "taxonomy:manage");
  await db.$transaction(async (tx) => {
    const series = await tx.series.findUnique({ where: { id }, select: seriesSelect });
    if (!series) throw new NotFound("That series no longer exists.");
    if (series._count.posts > 0) {
      throw new ValidationError(
        `“${series.title}” has ${plural(series._count.posts, "post")}. Take them out of the series before deleting it.`,
      );
    }
    await tx.series.delete({ where: { id } });
    await forgetPath(tx, publicPath("series", series.slug));
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "taxonomy.delete",
      subjectType: "series",
      subjectId: id,
      data: { title: series.title, slug: series.slug },
    });
  });
  return { result: undefined, tags: [cacheTags.series(id), cacheTags.pathRedirects] };
}
