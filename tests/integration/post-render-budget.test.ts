import { describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import { renderPreviewAction, savePostAction } from "../../lib/posts/actions";
import { editorFields, postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount } from "../helpers/sign-in-as";

// The editor's save and preview with a body the Markdown pool refuses. The
// body costs 4 s of one core on a quiet 2-core Xeon and over 13 s on a busy
// one, which is close to the default budget (5 s): this file's server gets a
// 1 s budget, so the outcome never depends on how fast the machine is. Set
// before any import reads the environment.
vi.hoisted(() => {
  process.env.MARKDOWN_RENDER_BUDGET_MS = "1000";
});

const PATHOLOGICAL = "# a\n".repeat(25_000);

describe("a body too complex to render in time", () => {
  it("is refused on the body field, leaves the post as it was and keeps the text as the writer's autosave", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    const before = await db.post.findUniqueOrThrow({ where: { id: post.id } });

    const result = await asViewer(author, () =>
      savePostAction({
        postId: post.id,
        version: before.version,
        autosave: false,
        fields: editorFields({ title: "Too much", body: PATHOLOGICAL }),
      }),
    );

    expect(result).toMatchObject({ ok: false, error: { code: "validation" } });
    if (result.ok) return;
    expect(result.error.fieldErrors["fields.body"]?.[0]).toMatch(/too complex to render in time; split it/);
    const after = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(after).toMatchObject({ version: before.version, body: before.body, html: before.html });
    const kept = await db.revision.findFirst({
      where: { postId: post.id, authorId: author.viewer.id, kind: "AUTOSAVE" },
    });
    expect(kept?.body).toBe(PATHOLOGICAL);

    const normal = await asViewer(author, () =>
      savePostAction({
        postId: post.id,
        version: before.version,
        autosave: false,
        fields: editorFields({ title: "Shorter", body: "## Better\n\nA body that renders." }),
      }),
    );
    expect(normal.ok).toBe(true);
    expect((await db.post.findUniqueOrThrow({ where: { id: post.id } })).html).toContain("A body that renders.");
  });

  it("answers the live preview with the same message on the body", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const result = await asViewer(author, () => renderPreviewAction({ body: PATHOLOGICAL, language: "en" }));
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.error.fieldErrors.body?.[0]).toMatch(/too complex to render in time/);
  });
});
