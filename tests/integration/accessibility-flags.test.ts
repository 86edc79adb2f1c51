import { describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import { publishPostAction, renderPreviewAction, schedulePostAction } from "../../lib/posts/actions";
import { postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount } from "../helpers/sign-in-as";

vi.mock("next/cache", () => ({
  cacheLife: () => {},
  cacheTag: () => {},
  updateTag: () => {},
  revalidateTag: () => {},
}));
vi.spyOn(process.stdout, "write").mockImplementation(() => true);

const FLAWED_BODY = "Our plans.\n\n![](/media/estate.jpg)\n\n#### Costs\n\nSee [click here](/report).";

const auditData = async (postId: string, action: string) =>
  (await db.auditLog.findFirstOrThrow({ where: { subjectId: postId, action } })).data as Record<string, unknown>;

describe("accessibility flags in the editor and on publication", () => {
  it("come back with the live preview, pointing at the flagged text", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const result = await asViewer(author, () => renderPreviewAction({ body: FLAWED_BODY, language: "en-GB" }));
    if (!result.ok) throw new Error(result.error.message);
    const flags = result.data.accessibilityFlags;
    expect(flags.map((f) => f.check)).toEqual(["image-alt", "heading-level", "vague-link"]);
    expect(flags.map((f) => FLAWED_BODY.slice(f.start, f.end))).toEqual([
      "![](/media/estate.jpg)",
      "#### Costs",
      "[click here](/report)",
    ]);
  });

  it("do not stop an editor publishing, and are recorded with the publication", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const post = await postOwnedBy(editor, { body: FLAWED_BODY });
    const result = await asViewer(editor, () => publishPostAction({ postId: post.id, version: post.version }));
    expect(result).toMatchObject({ ok: true, data: { status: "PUBLISHED" } });
    expect((await auditData(post.id, "post.publish")).accessibilityFlags).toEqual([
      "image-alt on line 3: /media/estate.jpg",
      "heading-level on line 5: Costs",
      "vague-link on line 7: click here",
    ]);
  });

  it("are recorded as none when a scheduled post has nothing flagged", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const post = await postOwnedBy(editor, { body: "## Plans\n\nWe will [publish the repairs report](/r) in May." });
    const scheduledAt = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    await asViewer(editor, () => schedulePostAction({ postId: post.id, version: post.version, scheduledAt }));
    expect(await auditData(post.id, "post.schedule")).toMatchObject({ scheduledAt, accessibilityFlags: [] });
  });
});
