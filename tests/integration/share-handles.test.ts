import { describe, expect, it } from "vitest";
import { updateContributorAction } from "../../lib/contributors/actions";
import { db } from "../../lib/db";
import { savePostAction } from "../../lib/posts/actions";
import { getArticlePage } from "../../lib/posts/data/article-page";
import { getEditablePost } from "../../lib/posts/data/editable";
import { daysAgo, makeContributor } from "../helpers/factories";
import { fieldsOf, postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount } from "../helpers/sign-in-as";

const shareTextOf = (html: string) => {
  const href = html.match(/href="(https:\/\/x\.com\/intent\/post\?[^"]+)"/)![1]!.replaceAll("&#x26;", "&");
  return new URL(href).searchParams.get("text");
};

describe("writers' handles in share text", () => {
  it("are stored from the profile form, with or without the @, and a malformed one is refused on its field", async () => {
    const editor = await makeAccount("EDITOR");
    const contributor = await makeContributor({ name: "Helen Marsh" });
    const base = { id: contributor.id, name: "Helen Marsh", slug: contributor.slug };
    const saved = await asViewer(editor, () =>
      updateContributorAction({ ...base, socialHandle: "HelenMarsh", organisationHandle: " @MellsideTrust " }),
    );
    expect(saved.ok).toBe(true);
    expect(await db.contributor.findUniqueOrThrow({ where: { id: contributor.id } })).toMatchObject({
      socialHandle: "@HelenMarsh",
      organisationHandle: "@MellsideTrust",
    });
    const refused = await asViewer(editor, () => updateContributorAction({ ...base, socialHandle: "@helen marsh!" }));
    expect(refused).toMatchObject({
      ok: false,
      error: { fieldErrors: { socialHandle: [expect.stringContaining("@")] } },
    });
    expect((await db.contributor.findUniqueOrThrow({ where: { id: contributor.id } })).socialHandle).toBe(
      "@HelenMarsh",
    );
  });

  it("credit the writers in a saved post's shareline and share links, alongside the site's handle", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    await db.contributor.update({
      where: { id: editor.viewer.contributorId! },
      data: { organisationHandle: "@RiversidePanel" },
    });
    const guest = await makeContributor({ socialHandle: "@CllrDawn", organisationHandle: "@MillbrookCouncil" });
    const post = await postOwnedBy(editor, { status: "PUBLISHED", publishedAt: daysAgo(1) });
    const editable = (await getEditablePost(editor.viewer, post.id))!;
    const fields = fieldsOf(editable, {
      body: ":::shareline\nHomes are built with people.\n:::",
      bylines: [{ contributorId: guest.id }, { contributorId: editor.viewer.contributorId! }],
    });
    const saved = await asViewer(editor, () =>
      savePostAction({ postId: post.id, version: editable.version, autosave: false, fields }),
    );
    expect(saved).toMatchObject({ ok: true });
    const stored = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(shareTextOf(stored.html)).toBe(
      "\u201CHomes are built with people.\u201D by @CllrDawn @MillbrookCouncil @RiversidePanel via @RiversideHomes",
    );
    expect((await getArticlePage(stored.slug))!.post.writerHandles).toEqual([
      "@CllrDawn",
      "@MillbrookCouncil",
      "@RiversidePanel",
    ]);
  });
});
