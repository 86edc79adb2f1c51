import { randomUUID } from "node:crypto";
import type { Db } from "../../db";
import { progressBar } from "../../cli/progress";
import { slugify } from "../../posts/slug";
import { contributorCount, readerCount, seriesOfBlock, seriesSlug, TAG_POOL_SIZE } from "./plan";
import { random, seedOf } from "./random";
import { escapeHtml, generateTitle } from "./text";
import { DUTCH, ENGLISH, FIRST_NAMES, JOB_TITLES, LAST_NAMES, ORGANISATIONS, SECTION_NAMES, TAG_FACETS, TAG_TOPICS } from "./vocabulary";

// The rows scale posts point at: contributors, reader accounts, tags,
// sections and series. Each is matched by a deterministic slug or e-mail and
// inserted with ON CONFLICT DO NOTHING, so re-runs only add what is missing
// and rows staff have since edited are left alone.

export interface Pools {
  contributors: { id: string; jobTitle: string | null; organisation: string | null }[];
  readers: string[];
  tags: string[];
  sections: string[];
  /** Series id by block number. */
  series: Map<number, string>;
  /** Who the posts say created and published them: the first editor, when there is one. */
  editorId: string | null;
}

export interface PoolCounts {
  contributors: number;
  readers: number;
  tags: number;
  sections: number;
  series: number;
}

/** Inserts in chunks so a parameter array never grows past what a single statement should carry. */
async function insertInChunks<T>(
  items: T[],
  label: string,
  quiet: boolean,
  insert: (chunk: T[]) => Promise<number>,
  chunkSize = 2000,
): Promise<number> {
  const progress = quiet || items.length === 0 ? undefined : progressBar(label, items.length);
  let inserted = 0;
  for (let start = 0; start < items.length; start += chunkSize) {
    const chunk = items.slice(start, start + chunkSize);
    inserted += await insert(chunk);
    progress?.tick(chunk.length);
  }
  progress?.done();
  return inserted;
}

const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
const padded = (n: number) => String(n).padStart(5, "0");

export function scaleTagNames(): string[] {
  const names: string[] = [];
  for (const facet of TAG_FACETS) for (const topic of TAG_TOPICS) names.push(facet ? `${topic} ${facet}` : topic);
  return names.slice(0, TAG_POOL_SIZE);
}

async function ensureContributors(db: Db, posts: number, now: Date, quiet: boolean) {
  const slugs = range(contributorCount(posts)).map((n) => `scale-writer-${padded(n)}`);
  const inserted = await insertInChunks(slugs, "Contributors", quiet, (chunk) => {
    const rows = chunk.map((slug) => {
      const r = random(seedOf(Number(slug.slice(-5)), 0xc0));
      const name = `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
      const organisation = r.pick(ORGANISATIONS);
      const bio = `${name} writes about ${r.pick(ENGLISH.titleTopics)} for ${organisation}.`;
      return { id: randomUUID(), slug, name, jobTitle: r.pick(JOB_TITLES), organisation, bio, bioHtml: `<p>${escapeHtml(bio)}</p>` };
    });
    return db.$executeRawUnsafe(
      `INSERT INTO "Contributor" (id, slug, name, "jobTitle", organisation, bio, "bioHtml", "createdAt", "updatedAt")
       SELECT id, slug, name, job, org, bio, html, $8, $8
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS t(id, slug, name, job, org, bio, html)
       ON CONFLICT (slug) DO NOTHING`,
      rows.map((r) => r.id), rows.map((r) => r.slug), rows.map((r) => r.name), rows.map((r) => r.jobTitle),
      rows.map((r) => r.organisation), rows.map((r) => r.bio), rows.map((r) => r.bioHtml), now,
    );
  });
  const found = await db.contributor.findMany({
    where: { slug: { in: slugs } }, orderBy: { slug: "asc" }, select: { id: true, jobTitle: true, organisation: true },
  });
  return { inserted, rows: found };
}

async function ensureReaders(db: Db, posts: number, now: Date, quiet: boolean) {
  const emails = range(readerCount(posts)).map((n) => `scale-reader-${padded(n)}@masthead.local`);
  const inserted = await insertInChunks(emails, "Reader accounts", quiet, (chunk) => {
    const names = chunk.map((email) => {
      const r = random(seedOf(Number(email.slice(13, 18)), 0x2ead));
      return `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES).charAt(0)}.`;
    });
    // READER role and no password: these accounts only exist to own comments.
    return db.$executeRawUnsafe(
      `INSERT INTO "User" (id, email, name, role, "createdAt", "updatedAt")
       SELECT id, email, name, 'READER', $4, $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, email, name)
       ON CONFLICT (email) DO NOTHING`,
      chunk.map(() => randomUUID()), chunk, names, now,
    );
  });
  const found = await db.user.findMany({ where: { email: { in: emails } }, orderBy: { email: "asc" }, select: { id: true } });
  return { inserted, ids: found.map((u) => u.id) };
}

async function ensureTags(db: Db, now: Date, quiet: boolean) {
  const names = scaleTagNames();
  const slugs = names.map(slugify);
  const inserted = await insertInChunks(names, "Tags", quiet, (chunk) =>
    db.$executeRawUnsafe(
      `INSERT INTO "Tag" (id, slug, name, "createdAt") SELECT id, slug, name, $4
       FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, slug, name) ON CONFLICT (slug) DO NOTHING`,
      chunk.map(() => randomUUID()), chunk.map(slugify), chunk, now,
    ),
  );
  // Tags the demo content already has (say "Retrofit") are shared, not duplicated.
  const found = new Map((await db.tag.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  return { inserted, ids: slugs.map((slug) => found.get(slug)!) };
}

async function ensureSections(db: Db) {
  const existing = await db.section.findMany({ orderBy: [{ position: "asc" }, { slug: "asc" }], select: { id: true } });
  if (existing.length) return { inserted: 0, ids: existing.map((s) => s.id) };
  await db.section.createMany({
    data: SECTION_NAMES.map((name, position) => ({ slug: slugify(name), name, position })),
    skipDuplicates: true,
  });
  const created = await db.section.findMany({ orderBy: { position: "asc" }, select: { id: true } });
  return { inserted: created.length, ids: created.map((s) => s.id) };
}

async function ensureSeries(db: Db, blocks: number[], now: Date, quiet: boolean) {
  const rows = blocks.map((block) => {
    const plan = seriesOfBlock(block);
    const r = random(seedOf(block, 0x7171e));
    const vocabulary = plan.language === "nl-NL" ? DUTCH : ENGLISH;
    const description = `${generateTitle(r, vocabulary)}, in ${plan.length} parts.`;
    return {
      id: randomUUID(), slug: seriesSlug(block), title: generateTitle(r, vocabulary), language: plan.language,
      description, descriptionHtml: `<p>${escapeHtml(description)}</p>`,
    };
  });
  const inserted = await insertInChunks(rows, "Series", quiet, (chunk) =>
    db.$executeRawUnsafe(
      `INSERT INTO "Series" (id, slug, title, description, "descriptionHtml", language, "createdAt", "updatedAt")
       SELECT id, slug, title, description, html, language, $7, $7
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, slug, title, description, html, language)
       ON CONFLICT (slug) DO NOTHING`,
      chunk.map((s) => s.id), chunk.map((s) => s.slug), chunk.map((s) => s.title), chunk.map((s) => s.description),
      chunk.map((s) => s.descriptionHtml), chunk.map((s) => s.language), now,
    ),
  );
  const found = await db.series.findMany({ where: { slug: { in: rows.map((s) => s.slug) } }, select: { id: true, slug: true } });
  const bySlug = new Map(found.map((s) => [s.slug, s.id]));
  return { inserted, ids: new Map(blocks.map((block) => [block, bySlug.get(seriesSlug(block))!])) };
}

/** Makes sure every row the planned posts refer to exists; returns them in pool order. */
export async function ensurePools(
  db: Db,
  options: { posts: number; seriesBlocks: number[]; now: Date; quiet: boolean },
): Promise<{ pools: Pools; counts: PoolCounts }> {
  const { posts, now, quiet } = options;
  const contributors = await ensureContributors(db, posts, now, quiet);
  const readers = await ensureReaders(db, posts, now, quiet);
  const tags = await ensureTags(db, now, quiet);
  const sections = await ensureSections(db);
  const series = await ensureSeries(db, options.seriesBlocks, now, quiet);
  const editor = await db.user.findFirst({ where: { role: "EDITOR" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  return {
    pools: {
      contributors: contributors.rows, readers: readers.ids, tags: tags.ids, sections: sections.ids,
      series: series.ids, editorId: editor?.id ?? null,
    },
    counts: {
      contributors: contributors.inserted, readers: readers.inserted, tags: tags.inserted,
      sections: sections.inserted, series: series.inserted,
    },
  };
}
