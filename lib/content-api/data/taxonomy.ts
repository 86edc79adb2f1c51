import "server-only";
import { publicContributorWhere } from "../../contributors/visibility";
import { db } from "../../db";
import { env } from "../../env";
import { publicTagWhere } from "../../taxonomy/visibility";
import { contributorUrl, mediaUrl, seriesUrl } from "../../urls";
import { decodeSlugCursor, encodeSlugCursor } from "../cursor";
import type { ApiContributor, ApiList, ApiSection, ApiSeries, ApiTag } from "../dto";
import type { ListQuery } from "../schema";
import { sectionUrl, tagUrl } from "./post-select";

// Sections, tags, contributors and series as the Content API lists them: what
// the site shows readers (a tag or contributor first typed into a draft stays
// hidden until a post carrying it is public). Lists walk by slug, which each
// table has a unique index on.

function bySlug<R extends { slug: string }, T>(rows: R[], limit: number, map: (row: R) => T): ApiList<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { data: items.map(map), nextCursor: rows.length > limit && last ? encodeSlugCursor(last.slug) : null };
}

const page = (query: ListQuery) => ({ orderBy: { slug: "asc" as const }, take: query.limit + 1 });

/** Every section, in the site's navigation order: a site has a handful. */
export async function listApiSections(): Promise<{ data: ApiSection[] }> {
  const rows = await db.section.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { slug: true, name: true, description: true },
  });
  return { data: rows.map((s) => ({ ...s, url: sectionUrl(s.slug) })) };
}

const afterSlug = (query: ListQuery) => (query.cursor ? { slug: { gt: decodeSlugCursor(query.cursor) } } : {});

export async function listApiTags(query: ListQuery): Promise<ApiList<ApiTag>> {
  const rows = await db.tag.findMany({
    where: { AND: [publicTagWhere(), afterSlug(query)] },
    ...page(query),
    select: { slug: true, name: true },
  });
  return bySlug(rows, query.limit, (t) => ({ ...t, url: tagUrl(t.slug) }));
}

export async function listApiContributors(query: ListQuery): Promise<ApiList<ApiContributor>> {
  const rows = await db.contributor.findMany({
    where: { AND: [publicContributorWhere(), afterSlug(query)] },
    ...page(query),
    select: { slug: true, name: true, jobTitle: true, organisation: true, bioHtml: true, photoUrl: true },
  });
  const site = env().SITE_URL;
  return bySlug(rows, query.limit, (c) => ({
    ...c,
    photoUrl: c.photoUrl ? mediaUrl(site, c.photoUrl) : null,
    url: contributorUrl(site, c.slug),
  }));
}

export async function listApiSeries(query: ListQuery): Promise<ApiList<ApiSeries>> {
  const rows = await db.series.findMany({
    where: afterSlug(query),
    ...page(query),
    select: { slug: true, title: true, descriptionHtml: true, language: true, plannedParts: true },
  });
  return bySlug(rows, query.limit, (s) => ({ ...s, url: seriesUrl(env().SITE_URL, s.slug) }));
}
