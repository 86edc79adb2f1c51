import "server-only";
import { authorize, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import { claimPath } from "../../redirects/data/mutations";
import { publicPath } from "../../redirects/paths";
import { slugify } from "../../text/slug";
import { FEATURED_TAG, decodeSlug } from "../wordpress/map-item";
import type { ImportReport } from "../wordpress/report";
import type { Scan } from "../wordpress/scan";
import { importedTargets, recordImported } from "./imported-items";

// WordPress categories and tags (and Blogger's labels, which are tags) as
// sections and tags. A post's first category is its section; its other
// categories and its tags are tags. A term imported before maps to what it
// became (renamed since or not); one whose slug a section or tag here
// already has joins it; the rest are new.

export interface ImportedTerms {
  /** Section id by WordPress category slug. */
  sections: Map<string, string>;
  /** Tag id and name by scan key (a tag slug, "category:<slug>", or the Featured tag's key). */
  tags: Map<string, { id: string; name: string }>;
  /** Sections and tags that existed before this run: their pages may now list more. */
  touched: { sections: string[]; tags: string[] };
}

const tagSlugOf = (key: string) =>
  key === FEATURED_TAG.key ? FEATURED_TAG.slug : slugify(decodeSlug(key.replace(/^category:/, "")));

/** Every section and tag the export's posts need; in a dry run only counted, and the maps are empty. */
export async function ensureTerms(
  viewer: Viewer,
  scan: Pick<Scan, "source" | "sections" | "tags">,
  dryRun: boolean,
  report: ImportReport,
): Promise<ImportedTerms> {
  authorize(viewer, "site:import");
  const terms: ImportedTerms = { sections: new Map(), tags: new Map(), touched: { sections: [], tags: [] } };

  const sectionSlugs = [...scan.sections.keys()].sort();
  const knownSections = await importedTargets(scan.source, "SECTION", sectionSlugs);
  const last = await db.section.aggregate({ _max: { position: true } });
  let position = (last._max.position ?? -1) + 1;
  for (const wpSlug of sectionSlugs) {
    const { name, description } = scan.sections.get(wpSlug)!;
    const slug = slugify(decodeSlug(wpSlug)) || slugify(name);
    const target = knownSections.get(wpSlug);
    const existing = await db.section.findUnique({ where: target ? { id: target } : { slug }, select: { id: true } });
    if (existing) report.sections.existing++;
    else report.sections.created++;
    if (dryRun || !slug) continue;
    if (existing) terms.touched.sections.push(existing.id);
    if (existing && target) {
      terms.sections.set(wpSlug, existing.id);
      continue;
    }
    const id = await db.$transaction(async (tx) => {
      const section =
        existing ?? (await tx.section.create({ data: { slug, name, description, position: position++ } }));
      if (!existing) await claimPath(tx, publicPath("section", slug));
      await recordImported(tx, scan.source, "SECTION", [
        { sourceId: wpSlug, sourceSlug: wpSlug, targetId: section.id },
      ]);
      return section.id;
    });
    terms.sections.set(wpSlug, id);
  }

  const tagKeys = [...scan.tags.keys()].sort();
  const knownTags = await importedTargets(scan.source, "TAG", tagKeys);
  for (const key of tagKeys) {
    const name = scan.tags.get(key)!.slice(0, 60);
    const slug = tagSlugOf(key) || slugify(name);
    const target = knownTags.get(key);
    const existing = await db.tag.findUnique({
      where: target ? { id: target } : { slug },
      select: { id: true, name: true },
    });
    if (existing) report.tags.existing++;
    else report.tags.created++;
    if (dryRun || !slug) continue;
    if (existing) terms.touched.tags.push(existing.id);
    if (existing && target) {
      terms.tags.set(key, existing);
      continue;
    }
    const tag = await db.$transaction(async (tx) => {
      const row = existing ?? (await tx.tag.create({ data: { slug, name }, select: { id: true, name: true } }));
      if (!existing) await claimPath(tx, publicPath("tag", slug));
      const wpSlug = key.replace(/^category:/, "");
      await recordImported(tx, scan.source, "TAG", [
        { sourceId: key, sourceSlug: decodeSlug(wpSlug), targetId: row.id },
      ]);
      return row;
    });
    terms.tags.set(key, tag);
  }
  return terms;
}
