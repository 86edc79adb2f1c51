import { describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import { createPreviewLinkAction, revokePreviewLinksAction, unpublishPostAction } from "../../lib/posts/actions";
import { getTokenPreview } from "../../lib/posts/data/preview";
import { daysAgo } from "../helpers/factories";
import { postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

// Outside a Next server the cache does nothing.
vi.mock("next/cache", () => ({
  cacheLife: () => {},
  cacheTag: () => {},
  updateTag: () => {},
  revalidateTag: () => {},
}));

async function previewToken(account: TestAccount, postId: string): Promise<string> {
  const link = await asViewer(account, () => createPreviewLinkAction({ postId }));
  if (!link.ok) throw new Error(link.error.message);
  return link.data.url.split("/preview/")[1]!;
}

describe("preview links", () => {
  it("stop working when the writer revokes them, which is audited, and a new link works again", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author, { title: "Revocable draft" });
    const before = await previewToken(author, post.id);
    await expect(getTokenPreview(before)).resolves.toMatchObject({ post: { title: "Revocable draft" } });

    expect(await asViewer(author, () => revokePreviewLinksAction({ postId: post.id }))).toEqual({
      ok: true,
      data: { revoked: true },
    });
    await expect(getTokenPreview(before)).resolves.toBeNull();
    const audit = await db.auditLog.findMany({ where: { subjectId: post.id } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["post.revoke-preview-links", author.viewer.id]]);

    const after = await previewToken(author, post.id);
    await expect(getTokenPreview(after)).resolves.toMatchObject({ post: { title: "Revocable draft" } });
  });

  it("cannot be revoked by a writer who may not read the post, and nothing changes", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const stranger = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    const token = await previewToken(author, post.id);
    const result = await asViewer(stranger, () => revokePreviewLinksAction({ postId: post.id }));
    expect(result).toMatchObject({ ok: false, error: { code: "not-found" } });
    expect(await asViewer(null, () => revokePreviewLinksAction({ postId: post.id }))).toMatchObject({ ok: false });
    expect((await db.post.findUniqueOrThrow({ where: { id: post.id } })).previewNonce).toBe(0);
    await expect(getTokenPreview(token)).resolves.not.toBeNull();
  });

  it("stop working when the post is unpublished, and never open an archived post", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const unpublished = await postOwnedBy(editor, { status: "PUBLISHED", publishedAt: daysAgo(1) });
    const first = await previewToken(editor, unpublished.id);
    await asViewer(editor, () => unpublishPostAction({ postId: unpublished.id }));
    await expect(getTokenPreview(first)).resolves.toBeNull();

    const archived = await postOwnedBy(editor, { status: "PUBLISHED", publishedAt: daysAgo(1) });
    const second = await previewToken(editor, archived.id);
    await asViewer(editor, () => unpublishPostAction({ postId: archived.id, archive: true }));
    await expect(getTokenPreview(second)).resolves.toBeNull();
    // Even a link signed with the archived post's current nonce opens nothing.
    await expect(getTokenPreview(await previewToken(editor, archived.id))).resolves.toBeNull();
  });
});
