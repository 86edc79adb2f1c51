import { randomUUID } from "node:crypto";
import { progressBar } from "../../cli/progress";
import { slugify } from "../../../../lib/text/slug";
import { contributorCount, readerCount, seriesOfBlock, seriesSlug, TAG_POOL_SIZE } from "./plan";
import { random, seedOf } from "../../random";
import type { Sql } from "./sql";
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

/** Inserts in chunks with a progress bar; returns how many rows were new. */
async function insertInChunks<T>(
  items: T[],
  label: string,
  quiet: boolean,
  insert: (chunk: T[]) => Promise<{ id: string }[]>,
  chunkSize = 2000,
): Promise<number> {
  const progress = quiet || items.length === 0 ? undefined : progressBar(label, items.length);
  let inserted = 0;
  for (let start = 0; start < items.length; start += chunkSize) {
    const chunk = items.slice(start, start + chunkSize);
    inserted += (await insert(chunk)).length;
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

async function ensureContributors(sql: Sql, posts: number, now: Date, quiet: boolean) {
  const slugs = range(contributorCount(posts)).map((n) => `scale-writer-${padded(n)}`);
  const inserted = await insertInChunks(slugs, "Contributors", quiet, (chunk) => {
    const rows = chunk.map((slug) => {
      const r = random(seedOf(Number(slug.slice(-5)), 0xc0));
      const name = `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
      const organisation = r.pick(ORGANISATIONS);
      const bio = `${name} writes about ${r.pick(ENGLISH.titleTopics)} for ${organisation}.`;
      return { slug, name, jobTitle: r.pick(JOB_TITLES), organisation, bio };
    });
    return sql.query<{ id: string }>(
      `INSERT INTO "Contributor" (id, slug, name, "jobTitle", organisation, bio, "bioHtml", "createdAt", "updatedAt")
       SELECT * , $8, $8 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [
        rows.map(() => randomUUID()), rows.map((r) => r.slug), rows.map((r) => r.name), rows.map((r) => r.jobTitle),
        rows.map((r) => r.organisation), rows.map((r) => r.bio), rows.map((r) => `<p>${escapeHtml(r.bio)}</p>`), now,
      ],
    );
  });
  const found = await sql.query<Pools["contributors"][number]>(
    `SELECT id, "jobTitle", organisation FROM "Contributor" WHERE slug = ANY($1::text[]) ORDER BY slug`,
    [slugs],
  );
  return { inserted, rows: found };
}

async function ensureReaders(sql: Sql, posts: number, now: Date, quiet: boolean) {
  const emails = range(readerCount(posts)).map((n) => `scale-reader-${padded(n)}@masthead.local`);
  const inserted = await insertInChunks(emails, "Reader accounts", quiet, (chunk) => {
    const names = chunk.map((email) => {
      const r = random(seedOf(Number(email.slice(13, 18)), 0x2ead));
      return `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES).charAt(0)}.`;
    });
    // READER role and no password: these accounts only exist to own comments.
    return sql.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, role, "createdAt", "updatedAt")
       SELECT id, email, name, 'READER', $4, $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, email, name)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [chunk.map(() => randomUUID()), chunk, names, now],
    );
  });
  const found = await sql.query<{ id: string }>(`SELECT id FROM "User" WHERE email = ANY($1::text[]) ORDER BY email`, [emails]);
  return { inserted, ids: found.map((u) => u.id) };
}

async function ensureTags(sql: Sql, now: Date, quiet: boolean) {
  const names = scaleTagNames();
  const slugs = names.map(slugify);
  const inserted = await insertInChunks(names, "Tags", quiet, (chunk) =>
    sql.query<{ id: string }>(
      `INSERT INTO "Tag" (id, slug, name, "createdAt") SELECT *, $4 FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [chunk.map(() => randomUUID()), chunk.map(slugify), chunk, now],
    ),
  );
  // Tags the demo content already has (say "Retrofit") are shared, not duplicated.
  const found = await sql.query<{ id: string; slug: string }>(`SELECT id, slug FROM "Tag" WHERE slug = ANY($1::text[])`, [slugs]);
  const bySlug = new Map(found.map((t) => [t.slug, t.id]));
  return { inserted, ids: slugs.map((slug) => bySlug.get(slug)!) };
}

async function ensureSections(sql: Sql, now: Date) {
  const existing = await sql.query<{ id: string }>(`SELECT id FROM "Section" ORDER BY position, slug`);
  if (existing.length) return { inserted: 0, ids: existing.map((s) => s.id) };
  const created = await sql.query<{ id: string }>(
    `INSERT INTO "Section" (id, slug, name, position, "createdAt")
     SELECT id, slug, name, position - 1, $4 FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(id, slug, name, position)
     ON CONFLICT (slug) DO NOTHING RETURNING id`,
    [SECTION_NAMES.map(() => randomUUID()), SECTION_NAMES.map(slugify), [...SECTION_NAMES], now],
  );
  const ids = await sql.query<{ id: string }>(`SELECT id FROM "Section" ORDER BY position, slug`);
  return { inserted: created.length, ids: ids.map((s) => s.id) };
}

async function ensureSeries(sql: Sql, blocks: number[], now: Date, quiet: boolean) {
  const rows = blocks.map((block) => {
    const plan = seriesOfBlock(block);
    const r = random(seedOf(block, 0x7171e));
    const vocabulary = plan.language === "nl-NL" ? DUTCH : ENGLISH;
    const description = `${generateTitle(r, vocabulary)}, in ${plan.length} parts.`;
    return { slug: seriesSlug(block), title: generateTitle(r, vocabulary), language: plan.language, description };
  });
  const inserted = await insertInChunks(rows, "Series", quiet, (chunk) =>
    sql.query<{ id: string }>(
      `INSERT INTO "Series" (id, slug, title, description, "descriptionHtml", language, "createdAt", "updatedAt")
       SELECT *, $7, $7 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
       ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [
        chunk.map(() => randomUUID()), chunk.map((s) => s.slug), chunk.map((s) => s.title), chunk.map((s) => s.description),
        chunk.map((s) => `<p>${escapeHtml(s.description)}</p>`), chunk.map((s) => s.language), now,
      ],
    ),
  );
  const found = await sql.query<{ id: string; slug: string }>(
    `SELECT id, slug FROM "Series" WHERE slug = ANY($1::text[])`,
    [rows.map((s) => s.slug)],
  );
  const bySlug = new Map(found.map((s) => [s.slug, s.id]));
  return { inserted, ids: new Map(blocks.map((block) => [block, bySlug.get(seriesSlug(block))!])) };
}

/** Makes sure every row the planned posts refer to exists; returns them in pool order. */
export async function ensurePools(
  sql: Sql,
  options: { posts: number; seriesBlocks: number[]; now: Date; quiet: boolean },
): Promise<{ pools: Pools; counts: PoolCounts }> {
  const { posts, now, quiet } = options;
  const contributors = await ensureContributors(sql, posts, now, quiet);
  const readers = await ensureReaders(sql, posts, now, quiet);
  const tags = await ensureTags(sql, now, quiet);
  const sections = await ensureSections(sql, now);
  const series = await ensureSeries(sql, options.seriesBlocks, now, quiet);
  const [editor] = await sql.query<{ id: string }>(
    `SELECT id FROM "User" WHERE role = 'EDITOR' ORDER BY "createdAt", id LIMIT 1`,
  );
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
