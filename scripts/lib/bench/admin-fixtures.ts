import { randomBytes } from "node:crypto";
import type { Db } from "../../../lib/db";
import { SCALE_SLUG_PREFIX } from "../content/scale/plan";
import { BenchProblem } from "./errors";

// What the admin bench acts on: filters and a search word taken from the
// seeded posts, and fresh drafts made outside the timed part of each sample.

export interface AdminBenchFixtures {
  sectionId: string;
  contributorId: string;
  searchWord: string;
  editorId: string;
}

export async function pickAdminFixtures(db: Db): Promise<AdminBenchFixtures> {
  const [section, byline, sample, editor] = await Promise.all([
    db.section.findFirst({ orderBy: { position: "asc" }, select: { id: true } }),
    db.byline.findFirst({
      where: { post: { slug: { startsWith: SCALE_SLUG_PREFIX } } },
      select: { contributorId: true },
    }),
    db.post.findFirst({
      where: { slug: { startsWith: SCALE_SLUG_PREFIX } },
      orderBy: { publishedAt: "desc" },
      select: { title: true },
    }),
    db.user.findUnique({ where: { email: "editor@masthead.local" }, select: { id: true } }),
  ]);
  const searchWord = sample?.title.split(/\W+/).find((word) => word.length >= 5);
  if (!section || !byline || !searchWord || !editor) {
    throw new BenchProblem(
      "The bench database lacks a section, a scale post with a byline, or the demo editor account.",
    );
  }
  return {
    sectionId: section.id,
    contributorId: byline.contributorId,
    searchWord: searchWord.toLowerCase(),
    editorId: editor.id,
  };
}

/** A complete draft (title, body, one byline) ready to publish; returns its id and version. */
export async function makeBenchDraft(
  db: Db,
  fixtures: AdminBenchFixtures,
  label: string,
): Promise<{ id: string; version: number }> {
  const suffix = randomBytes(5).toString("hex");
  const post = await db.post.create({
    data: {
      slug: `bench-admin-${suffix}`,
      title: `Bench ${label} ${suffix}`,
      body: "A paragraph written for the admin bench.",
      html: "<p>A paragraph written for the admin bench.</p>",
      plainText: "A paragraph written for the admin bench.",
      sectionId: fixtures.sectionId,
      createdById: fixtures.editorId,
      bylines: { create: [{ contributorId: fixtures.contributorId, position: 0 }] },
    },
    select: { id: true, version: true },
  });
  return post;
}

/** The fields the editor sends with an autosave, for a draft made by makeBenchDraft. */
export function autosaveFields(
  fixtures: Pick<AdminBenchFixtures, "sectionId" | "contributorId">,
  title: string,
  body: string,
) {
  return {
    title,
    slug: "",
    type: "BLOG",
    standfirst: "",
    body,
    language: "en-GB",
    sectionId: fixtures.sectionId,
    seriesId: null,
    seriesPosition: null,
    tagNames: [],
    bylines: [{ contributorId: fixtures.contributorId }],
    hero: null,
    seoTitle: "",
    seoDescription: "",
    hashtag: null,
    commentsEnabled: true,
    signOff: false,
  };
}
