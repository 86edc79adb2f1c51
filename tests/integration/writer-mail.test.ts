import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import { publishDuePosts } from "../../lib/jobs/publish-due-posts";
import { readOutbox } from "../../lib/mail/outbox-reader";
import {
  publishPostAction,
  returnToDraftAction,
  schedulePostAction,
  submitForReviewAction,
} from "../../lib/posts/actions";
import { postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

// The outbox is a scratch folder, set before the environment is first read.
const scratch = await vi.hoisted(async () =>
  (await import("../helpers/scratch-data-dir")).scratchDataDir("masthead-writer-mail-"),
);
afterAll(scratch.restore);

vi.mock("next/cache", () => ({
  cacheLife: () => {},
  cacheTag: () => {},
  updateTag: () => {},
  revalidateTag: () => {},
}));
vi.spyOn(process.stdout, "write").mockImplementation(() => true);

const mailTo = async (account: TestAccount) =>
  (await readOutbox()).filter((m) => m.to === account.viewer.email).map(({ subject, text }) => ({ subject, text }));

async function inReview(title: string) {
  const author = await makeAccount("AUTHOR", { withContributor: true, name: "Ana Author" });
  const editor = await makeAccount("EDITOR", { name: "Ed Itor" });
  const draft = await postOwnedBy(author, { title });
  const submitted = await asViewer(author, () => submitForReviewAction({ postId: draft.id, version: draft.version }));
  if (!submitted.ok) throw new Error(submitted.error.message);
  return { author, editor, post: { postId: draft.id, version: submitted.data.version } };
}

describe("the writer hears what an editor decided", () => {
  it("is emailed the editor's note when their post is sent back", async () => {
    const { author, editor, post } = await inReview("Estate walkabouts");
    await asViewer(editor, () =>
      returnToDraftAction({ postId: post.postId, note: "Add the tenants' own words, please." }),
    );
    const [mail, ...more] = await mailTo(author);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe("Sent back: Estate walkabouts");
    expect(mail!.text).toContain("Ed Itor has sent “Estate walkabouts” back to you.");
    expect(mail!.text).toContain("Add the tenants' own words, please.");
    expect(mail!.text).toContain(`/admin/posts/${post.postId}`);
  });

  it("is emailed the link to the article when it is published", async () => {
    const { author, editor, post } = await inReview("Repairs week");
    const published = await asViewer(editor, () => publishPostAction(post));
    expect(published).toMatchObject({ ok: true });
    const slug = (await db.post.findUniqueOrThrow({ where: { id: post.postId } })).slug;
    expect(await mailTo(author)).toEqual([
      { subject: "Published: Repairs week", text: expect.stringContaining(`/articles/${slug}`) },
    ]);
  });

  it("is emailed the time, in the site's time zone, when it is scheduled, and again when it goes live", async () => {
    const { author, editor, post } = await inReview("Winter checks");
    const at = new Date("2031-01-15T09:30:00Z");
    await asViewer(editor, () => schedulePostAction({ ...post, scheduledAt: at.toISOString() }));
    const [scheduled] = await mailTo(author);
    expect(scheduled).toEqual({
      subject: "Scheduled: Winter checks",
      text: expect.stringContaining("15 January 2031 at 09:30"),
    });

    const run = await publishDuePosts({ now: new Date("2031-01-15T09:31:00Z") });
    expect(run.published).toContain(post.postId);
    const [, live] = await mailTo(author);
    expect(live).toEqual({
      subject: "Published: Winter checks",
      text: expect.stringContaining("“Winter checks” is now published on Riverside Voices, as Ed Itor scheduled it."),
    });
  });

  it("tells every account behind a byline, and not the editor who decided", async () => {
    const { author, editor, post } = await inReview("Joint piece");
    const coWriter = await makeAccount("AUTHOR", { withContributor: true });
    await db.byline.create({
      data: { postId: post.postId, contributorId: coWriter.viewer.contributorId!, position: 1 },
    });
    await db.byline.create({
      data: {
        postId: post.postId,
        contributorId: editor.viewer.contributorId ?? (await editorByline(editor)),
        position: 2,
      },
    });
    await asViewer(editor, () => returnToDraftAction({ postId: post.postId, note: "" }));
    expect((await mailTo(author)).map((m) => m.subject)).toEqual(["Sent back: Joint piece"]);
    expect((await mailTo(coWriter)).map((m) => m.subject)).toEqual(["Sent back: Joint piece"]);
    expect((await mailTo(editor)).map((m) => m.subject)).toEqual(["For review: Joint piece"]);
  });

  it("sends nothing when the site has writer emails turned off", async () => {
    await db.siteSetting.create({ data: { key: "notifyWritersOfDecisions", value: false } });
    try {
      const { author, editor, post } = await inReview("Quiet decisions");
      await asViewer(editor, () => publishPostAction(post));
      expect((await db.post.findUniqueOrThrow({ where: { id: post.postId } })).status).toBe("PUBLISHED");
      expect(await mailTo(author)).toEqual([]);
    } finally {
      await db.siteSetting.delete({ where: { key: "notifyWritersOfDecisions" } });
    }
  });
});

async function editorByline(editor: TestAccount): Promise<string> {
  const profile = await db.contributor.create({
    data: { name: "Ed Itor", slug: `ed-${editor.viewer.id}`, userId: editor.viewer.id },
  });
  return profile.id;
}
