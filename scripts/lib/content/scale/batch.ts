import { randomUUID } from "node:crypto";
import { MARKDOWN_RENDER_VERSION } from "../../../../lib/markdown";
import type { PostPlan } from "./plan";
import type { Pools } from "./pools";
import type { Sql } from "./sql";
import { generateBody, generateComment, generateStandfirst, generateTitle } from "./text";
import { DUTCH, ENGLISH } from "./vocabulary";

// One batch of scale posts as column arrays, and the four INSERT … SELECT
// FROM unnest(…) statements that write it: one parameter per column instead
// of one per value, so a batch of thousands of posts is four round trips.

const HOUR = 60 * 60 * 1000;

export interface BatchRows {
  posts: {
    id: string[]; slug: string[]; type: string[]; title: string[]; standfirst: string[]; body: string[];
    html: string[]; plainText: string[]; headings: string[]; wordCount: number[]; readingMinutes: number[];
    language: string[]; publishedAt: Date[]; commentsEnabled: boolean[]; sectionId: string[];
    seriesId: (string | null)[]; seriesPosition: (number | null)[];
  };
  bylines: { id: string[]; postId: string[]; contributorId: string[]; position: number[]; jobTitle: (string | null)[]; organisation: (string | null)[] };
  tags: { postId: string[]; tagId: string[] };
  comments: {
    id: string[]; postId: string[]; authorId: string[]; parentId: (string | null)[]; body: string[]; html: string[];
    status: string[]; moderatedAt: (Date | null)[]; createdAt: Date[];
  };
}

function emptyRows(): BatchRows {
  return {
    posts: {
      id: [], slug: [], type: [], title: [], standfirst: [], body: [], html: [], plainText: [], headings: [],
      wordCount: [], readingMinutes: [], language: [], publishedAt: [], commentsEnabled: [], sectionId: [],
      seriesId: [], seriesPosition: [],
    },
    bylines: { id: [], postId: [], contributorId: [], position: [], jobTitle: [], organisation: [] },
    tags: { postId: [], tagId: [] },
    comments: { id: [], postId: [], authorId: [], parentId: [], body: [], html: [], status: [], moderatedAt: [], createdAt: [] },
  };
}

/** About three approved comments per post (0–6), a pending one on roughly every fourth, some replies. */
function addComments(rows: BatchRows, plan: PostPlan, postId: string, pools: Pools, now: Date): void {
  const r = plan.random;
  const vocabulary = plan.language === "nl-NL" ? DUTCH : ENGLISH;
  const approved = r.int(0, 6);
  const pending = r.chance(0.25) ? 1 : 0;
  let at = plan.publishedAt.getTime();
  let previous: string | null = null;
  for (let i = 0; i < approved + pending; i++) {
    at = Math.min(at + r.int(1, 48) * HOUR, now.getTime() - 60_000);
    const status = i < approved ? "APPROVED" : "PENDING";
    const id = randomUUID();
    const { body, html } = generateComment(r, vocabulary);
    const c = rows.comments;
    c.id.push(id);
    c.postId.push(postId);
    c.authorId.push(pools.readers[Math.floor(r.next() * pools.readers.length)]!);
    c.parentId.push(previous && status === "APPROVED" && r.chance(0.2) ? previous : null);
    c.body.push(body);
    c.html.push(html);
    c.status.push(status);
    c.moderatedAt.push(status === "APPROVED" ? new Date(Math.min(at + HOUR, now.getTime())) : null);
    c.createdAt.push(new Date(at));
    if (status === "APPROVED") previous = id;
  }
}

export function buildBatch(plans: PostPlan[], pools: Pools, now: Date): BatchRows {
  const rows = emptyRows();
  for (const plan of plans) {
    const r = plan.random;
    const vocabulary = plan.language === "nl-NL" ? DUTCH : ENGLISH;
    const id = randomUUID();
    const text = generateBody(r, vocabulary);
    const p = rows.posts;
    p.id.push(id);
    p.slug.push(plan.slug);
    p.type.push(plan.type);
    p.title.push(generateTitle(r, vocabulary));
    p.standfirst.push(generateStandfirst(r, vocabulary));
    p.body.push(text.body);
    p.html.push(text.html);
    p.plainText.push(text.plainText);
    p.headings.push(JSON.stringify(text.headings));
    p.wordCount.push(text.wordCount);
    p.readingMinutes.push(text.readingMinutes);
    p.language.push(plan.language);
    p.publishedAt.push(plan.publishedAt);
    p.commentsEnabled.push(plan.commentsEnabled);
    p.sectionId.push(pools.sections[plan.section]!);
    p.seriesId.push(plan.series ? pools.series.get(plan.series.block)! : null);
    p.seriesPosition.push(plan.series?.position ?? null);

    plan.contributors.forEach((index, position) => {
      const contributor = pools.contributors[index]!;
      const b = rows.bylines;
      b.id.push(randomUUID());
      b.postId.push(id);
      b.contributorId.push(contributor.id);
      b.position.push(position);
      // Frozen at publication, as the importer does.
      b.jobTitle.push(contributor.jobTitle);
      b.organisation.push(contributor.organisation);
    });
    for (const index of plan.tags) {
      rows.tags.postId.push(id);
      rows.tags.tagId.push(pools.tags[index]!);
    }
    if (plan.commentsEnabled) addComments(rows, plan, id, pools, now);
  }
  return rows;
}

/**
 * Writes a batch in one transaction, so a failure never leaves a post without
 * its bylines, tags or comments (a re-run then redoes exactly that batch).
 */
export async function insertBatch(sql: Sql, rows: BatchRows, editorId: string | null, now: Date): Promise<void> {
  const { posts: p, bylines: b, tags: t, comments: c } = rows;
  await sql.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO "Post" (id, slug, type, title, standfirst, body, html, "plainText", headings, "renderVersion",
         "wordCount", "readingMinutes", language, status, "publishedAt", "commentsEnabled", "sectionId", "seriesId",
         "seriesPosition", "createdById", "publishedById", "createdAt", "updatedAt")
       SELECT id, slug, type::"PostType", title, standfirst, body, html, plain, headings::jsonb, $18,
         words, minutes, language, 'PUBLISHED', published, comments, section, series,
         part, $19, $19, published, $20
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
         $9::text[], $10::int[], $11::int[], $12::text[], $13::timestamptz[], $14::boolean[], $15::text[], $16::text[],
         $17::int[])
         AS t(id, slug, type, title, standfirst, body, html, plain, headings, words, minutes, language, published,
           comments, section, series, part)`,
      [
        p.id, p.slug, p.type, p.title, p.standfirst, p.body, p.html, p.plainText, p.headings, p.wordCount,
        p.readingMinutes, p.language, p.publishedAt, p.commentsEnabled, p.sectionId, p.seriesId, p.seriesPosition,
        MARKDOWN_RENDER_VERSION, editorId, now,
      ],
    );
    await tx.query(
      `INSERT INTO "Byline" (id, "postId", "contributorId", position, "jobTitle", organisation)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[])`,
      [b.id, b.postId, b.contributorId, b.position, b.jobTitle, b.organisation],
    );
    await tx.query(
      `INSERT INTO "PostTag" ("postId", "tagId") SELECT * FROM unnest($1::text[], $2::text[])`,
      [t.postId, t.tagId],
    );
    await tx.query(
      `INSERT INTO "Comment" (id, "postId", "authorId", "parentId", body, html, status, "moderatedAt", "createdAt", "updatedAt")
       SELECT id, post, author, parent, body, html, status::"CommentStatus", moderated, created, coalesce(moderated, created)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::timestamptz[], $9::timestamptz[]) AS t(id, post, author, parent, body, html, status, moderated, created)`,
      [c.id, c.postId, c.authorId, c.parentId, c.body, c.html, c.status, c.moderatedAt, c.createdAt],
    );
  });
}
