import { randomBytes } from "node:crypto";
import { db, type Prisma } from "../../lib/db";

// Small builders for integration tests: each returns the created row and
// fills in only what a test doesn't care about.

const unique = () => randomBytes(4).toString("hex");
const DAY = 24 * 60 * 60 * 1000;
export const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

export async function makeContributor(data: Partial<Prisma.ContributorUncheckedCreateInput> = {}) {
  const slug = data.slug ?? `contributor-${unique()}`;
  return db.contributor.create({ data: { name: `Writer ${slug}`, ...data, slug } });
}

export async function makePost(
  data: Partial<Prisma.PostUncheckedCreateInput> & { contributorIds?: string[]; tagIds?: string[] } = {},
) {
  const { contributorIds, tagIds, ...rest } = data;
  const slug = rest.slug ?? `post-${unique()}`;
  const authors = contributorIds ?? [(await makeContributor()).id];
  return db.post.create({
    data: {
      title: `Title of ${slug}`,
      status: "PUBLISHED",
      publishedAt: daysAgo(1),
      body: "Body",
      html: "<p>Body</p>",
      ...rest,
      slug,
      bylines: { create: authors.map((contributorId, position) => ({ contributorId, position })) },
      tags: { create: (tagIds ?? []).map((tagId) => ({ tagId })) },
    },
  });
}

export async function makeSection(name = `Section ${unique()}`) {
  return db.section.create({ data: { name, slug: `section-${unique()}` } });
}

export async function makeTag(name = `Tag ${unique()}`) {
  return db.tag.create({ data: { name, slug: `tag-${unique()}` } });
}

export async function makeSeries(title = `Series ${unique()}`) {
  return db.series.create({ data: { title, slug: `series-${unique()}` } });
}
