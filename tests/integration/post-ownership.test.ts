import { beforeAll, describe, expect, it } from "vitest";
import { can, type PostSubject, type Role } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { ownedContributorsWhere, ownsContributor } from "../../lib/contributors/ownership";
import { ownedPostsWhere, ownsPost } from "../../lib/posts/ownership";
import { readablePostsWhere } from "../../lib/posts/read-scope";
import { makeContributor, makePost } from "../helpers/factories";
import { makeAccount, type TestAccount } from "../helpers/sign-in-as";

// Ownership is written twice on purpose, as a predicate on a loaded post and
// as a Prisma filter for lists; this table of real rows keeps them saying
// the same thing, for every kind of viewer.

type Who = "author with a profile" | "author without a profile" | "editor" | "admin" | "moderator";
const WHO: Record<Who, { role: Role; withContributor: boolean }> = {
  "author with a profile": { role: "AUTHOR", withContributor: true },
  "author without a profile": { role: "AUTHOR", withContributor: false },
  editor: { role: "EDITOR", withContributor: true },
  admin: { role: "ADMIN", withContributor: false },
  moderator: { role: "MODERATOR", withContributor: false },
};

const accounts = {} as Record<Who, TestAccount>;
const postIds: string[] = [];

beforeAll(async () => {
  for (const [who, { role, withContributor }] of Object.entries(WHO) as [Who, (typeof WHO)[Who]][]) {
    accounts[who] = await makeAccount(role, { withContributor });
  }
  const stranger = await makeAccount("AUTHOR", { withContributor: true });
  const guest = await makeContributor();
  const statuses = ["DRAFT", "IN_REVIEW", "PUBLISHED"] as const;
  for (const { viewer } of Object.values(accounts)) {
    const own = viewer.contributorId;
    const rows = [
      // Created by them, credited to someone else.
      { createdById: viewer.id, contributorIds: [guest.id] },
      // Credited to them (second on the byline), created by someone else.
      ...(own ? [{ createdById: stranger.viewer.id, contributorIds: [guest.id, own] }] : []),
      // Both.
      ...(own ? [{ createdById: viewer.id, contributorIds: [own] }] : []),
    ];
    for (const [i, row] of rows.entries())
      postIds.push((await makePost({ ...row, status: statuses[i % statuses.length] })).id);
  }
  // Neither theirs nor anyone's above: created by a stranger, or by nobody (imported).
  postIds.push(
    (
      await makePost({
        createdById: stranger.viewer.id,
        contributorIds: [stranger.viewer.contributorId!],
        status: "DRAFT",
      })
    ).id,
  );
  postIds.push((await makePost({ createdById: null, contributorIds: [guest.id] })).id);
});

async function subjects(): Promise<(PostSubject & { id: string })[]> {
  const rows = await db.post.findMany({
    where: { id: { in: postIds } },
    select: { id: true, createdById: true, status: true, bylines: { select: { contributorId: true } } },
  });
  return rows.map(({ bylines, ...row }) => ({ ...row, contributorIds: bylines.map((b) => b.contributorId) }));
}

async function idsMatching(where: object): Promise<string[]> {
  const rows = await db.post.findMany({ where: { AND: [where, { id: { in: postIds } }] }, select: { id: true } });
  return rows.map((r) => r.id).sort();
}

describe("post ownership as a predicate and as a filter", () => {
  for (const who of Object.keys(WHO) as Who[]) {
    it(`lists for ${who === "admin" ? "an" : "a"} ${who} exactly the posts the matrix lets them read`, async () => {
      const { viewer } = accounts[who];
      const readable = (await subjects())
        .filter((post) => can(viewer, "post:read", post))
        .map((p) => p.id)
        .sort();
      expect(await idsMatching(readablePostsWhere(viewer))).toEqual(readable);
    });

    it(`finds for ${who === "admin" ? "an" : "a"} ${who} exactly the posts they created or are credited on`, async () => {
      const { viewer } = accounts[who];
      const owned = (await subjects())
        .filter((post) => ownsPost(viewer, post))
        .map((p) => p.id)
        .sort();
      expect(owned.length).toBeGreaterThan(0);
      expect(await idsMatching(ownedPostsWhere(viewer))).toEqual(owned);
    });
  }

  it("covers every case the table means to: some posts readable to authors, all to editors, none to moderators", async () => {
    const all = postIds.length;
    expect((await idsMatching(readablePostsWhere(accounts.editor.viewer))).length).toBe(all);
    expect((await idsMatching(readablePostsWhere(accounts.admin.viewer))).length).toBe(all);
    expect(await idsMatching(readablePostsWhere(accounts.moderator.viewer))).toEqual([]);
    const author = await idsMatching(readablePostsWhere(accounts["author with a profile"].viewer));
    expect(author.length).toBe(3);
  });
});

describe("contributor ownership as a predicate and as a filter", () => {
  it("finds for each viewer exactly the profiles the matrix lets them update as their own", async () => {
    const ids = await db.contributor.findMany({ select: { id: true, userId: true } });
    for (const { viewer } of Object.values(accounts)) {
      const own = ids
        .filter((c) => ownsContributor(viewer, c))
        .map((c) => c.id)
        .sort();
      const byFilter = (await db.contributor.findMany({ where: ownedContributorsWhere(viewer), select: { id: true } }))
        .map((c) => c.id)
        .sort();
      expect(byFilter).toEqual(own);
      expect(own).toEqual(viewer.contributorId ? [viewer.contributorId] : []);
      if (viewer.role === "AUTHOR")
        for (const c of ids) expect(can(viewer, "contributor:update", c)).toBe(own.includes(c.id));
    }
  });
});
