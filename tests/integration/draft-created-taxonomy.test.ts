import { describe, expect, it, vi } from "vitest";
import { createContributorAction } from "../../lib/contributors/actions";
import { getContributor, listContributorSlugs } from "../../lib/contributors/data/queries";
import { db } from "../../lib/db";
import { getFeedChannel } from "../../lib/feeds/data/queries";
import { savePostAction } from "../../lib/posts/actions";
import { getTag, listTagSlugs } from "../../lib/taxonomy/data/queries";
import { makeTag } from "../helpers/factories";
import { editorFields, postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount } from "../helpers/sign-in-as";

const unique = () => Math.random().toString(36).slice(2, 10);

// Outside a Next server the cache does nothing.
vi.mock("next/cache", () => ({
  cacheLife: () => {},
  cacheTag: () => {},
  updateTag: () => {},
  revalidateTag: () => {},
}));

describe("tags and contributors made inside a draft", () => {
  it("have no public page, feed or prerender until a post carrying them is published", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const guest = await asViewer(author, () => createContributorAction({ name: `Guest ${unique()}` }));
    if (!guest.ok) throw new Error(guest.error.message);
    const tagName = `Secret merger ${unique()}`;
    const post = await postOwnedBy(author);
    const saved = await asViewer(author, () =>
      savePostAction({
        postId: post.id,
        version: post.version,
        autosave: false,
        fields: editorFields({
          title: "A draft with new names",
          tagNames: [tagName],
          bylines: [{ contributorId: author.viewer.contributorId! }, { contributorId: guest.data.id }],
        }),
      }),
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const tag = await db.tag.findFirstOrThrow({ where: { name: tagName } });
    expect(tag.createdInDraft).toBe(true);

    expect(await getTag(tag.slug)).toBeNull();
    expect(await getContributor(guest.data.slug)).toBeNull();
    expect(await getFeedChannel({ kind: "contributor", slug: guest.data.slug }, { includeContent: false })).toBeNull();
    expect(await listTagSlugs(10_000)).not.toContain(tag.slug);
    expect(await listContributorSlugs(10_000)).not.toContain(guest.data.slug);

    await db.post.update({ where: { id: post.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect(await getTag(tag.slug)).toMatchObject({ id: tag.id, name: tagName });
    expect(await getContributor(guest.data.slug)).toMatchObject({ id: guest.data.id });
    expect(
      await getFeedChannel({ kind: "contributor", slug: guest.data.slug }, { includeContent: false }),
    ).not.toBeNull();
  });

  it("stay private while the only post carrying them is scheduled for later", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    const tagName = `Embargoed ${unique()}`;
    const saved = await asViewer(author, () =>
      savePostAction({
        postId: post.id,
        version: post.version,
        autosave: false,
        fields: editorFields({ title: "Embargoed", tagNames: [tagName] }),
      }),
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    await db.post.update({
      where: { id: post.id },
      data: { status: "PUBLISHED", publishedAt: new Date(Date.now() + 86_400_000) },
    });
    const tag = await db.tag.findFirstOrThrow({ where: { name: tagName } });
    expect(await getTag(tag.slug)).toBeNull();
  });

  it("leave tags an editor made in the admin public even before any post carries them", async () => {
    const tag = await makeTag();
    expect(await getTag(tag.slug)).toMatchObject({ id: tag.id });
  });
});
