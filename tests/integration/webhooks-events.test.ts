import { describe, expect, it } from "vitest";
import { decideComments } from "../../lib/comments/moderation/data/decisions";
import { db } from "../../lib/db";
import { savePostAction } from "../../lib/posts/actions";
import { getEditablePost } from "../../lib/posts/data/editable";
import { deletePost } from "../../lib/posts/data/mutations";
import { unpublishPost } from "../../lib/posts/data/transitions";
import { newWebhookSecret } from "../../lib/webhooks/secret";
import { fieldsOf, postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

// Which changes queue which messages, read straight from the queue (no
// worker runs in this file): only what readers can see is announced, and
// nothing of a draft or an email address is ever in a message.

interface QueuedMessage {
  hookId: string;
  message: { type: string; data: Record<string, unknown> };
}

async function queued(): Promise<QueuedMessage[]> {
  // The engine's public view hides payloads; its table holds them.
  const rows = await db.$queryRaw<{ payload: QueuedMessage }[]>`
    SELECT j.payload FROM graphile_worker._private_jobs j
    JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE t.identifier = 'webhook.deliver' ORDER BY j.id`;
  return rows.map((row) => row.payload);
}

async function newQueued(since: number) {
  return (await queued()).slice(since);
}

async function hook(events: string[], enabled = true) {
  return db.webhook.create({
    data: { name: "Listener", url: "https://hooks.example.org/in", events, enabled, secret: newWebhookSecret() },
  });
}

async function save(account: TestAccount, postId: string, title: string) {
  const editable = (await getEditablePost(account.viewer, postId))!;
  const result = await asViewer(account, () =>
    savePostAction({ postId, version: editable.version, autosave: false, fields: fieldsOf(editable, { title }) }),
  );
  expect(result.ok).toBe(true);
}

describe("the messages domain changes queue", () => {
  it("a deliberate save of a published post queues post.updated with its new title and no body", async () => {
    const editor = await makeAccount("EDITOR");
    const listener = await hook(["post.updated"]);
    const post = await postOwnedBy(editor, { status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000) });
    const before = (await queued()).length;
    await save(editor, post.id, "A sharper headline");
    const messages = await newQueued(before);
    expect(messages).toMatchObject([
      {
        hookId: listener.id,
        message: { type: "post.updated", data: { post: { id: post.id, title: "A sharper headline" } } },
      },
    ]);
    expect(JSON.stringify(messages)).not.toContain("A complete body.");
    await db.webhook.delete({ where: { id: listener.id } });
  });

  it("saving a draft, and a published post's autosave, queue nothing", async () => {
    const editor = await makeAccount("EDITOR");
    const listener = await hook(["post.updated", "post.published"]);
    const draft = await postOwnedBy(editor);
    const published = await postOwnedBy(editor, { status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000) });
    const before = (await queued()).length;
    await save(editor, draft.id, "Still a secret draft");
    const editable = (await getEditablePost(editor.viewer, published.id))!;
    await asViewer(editor, () =>
      savePostAction({
        postId: published.id,
        version: editable.version,
        autosave: true,
        fields: fieldsOf(editable, { title: "Half typed" }),
      }),
    );
    expect(await newQueued(before)).toEqual([]);
    await db.webhook.delete({ where: { id: listener.id } });
  });

  it("an approval of a comment on a post readers cannot see queues nothing, and no message holds an email", async () => {
    const admin = await makeAccount("ADMIN");
    const listener = await hook(["comment.approved"]);
    const draft = await postOwnedBy(admin);
    const hidden = await db.comment.create({
      data: { postId: draft.id, guestName: "Bo", guestEmail: "bo@example.org", body: "Early", html: "<p>Early</p>" },
    });
    const before = (await queued()).length;
    await decideComments(admin.viewer, { commentIds: [hidden.id], decision: "approve" });
    expect(await newQueued(before)).toEqual([]);
    await db.webhook.delete({ where: { id: listener.id } });
  });

  it("only enabled hooks subscribed to the event get a message, one job each", async () => {
    const admin = await makeAccount("ADMIN");
    const [first, second] = [await hook(["post.unpublished"]), await hook(["post.unpublished", "post.updated"])];
    const off = await hook(["post.unpublished"], false);
    const other = await hook(["post.published"]);
    const post = await postOwnedBy(admin, { status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000) });
    const before = (await queued()).length;
    await unpublishPost(admin.viewer, { postId: post.id });
    const messages = await newQueued(before);
    expect(messages.map((m) => m.hookId).sort()).toEqual([first.id, second.id].sort());
    // One message, fanned out: both jobs carry the same message.
    expect(messages[0]!.message).toEqual(messages[1]!.message);
    expect(messages[0]!.message).toMatchObject({
      type: "post.unpublished",
      data: { post: { id: post.id, kind: "article", slug: post.slug } },
    });
    expect(Object.keys((messages[0]!.message.data as { post: object }).post).sort()).toEqual([
      "id",
      "kind",
      "slug",
      "url",
    ]);
    await db.webhook.deleteMany({ where: { id: { in: [first.id, second.id, off.id, other.id] } } });
  });

  it("deleting a published post queues post.unpublished; deleting a draft queues nothing", async () => {
    const admin = await makeAccount("ADMIN");
    const listener = await hook(["post.unpublished"]);
    const published = await postOwnedBy(admin, { status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000) });
    const draft = await postOwnedBy(admin);
    const before = (await queued()).length;
    await deletePost(admin.viewer, { postId: draft.id });
    await deletePost(admin.viewer, { postId: published.id });
    expect((await newQueued(before)).map((m) => m.message.type)).toEqual(["post.unpublished"]);
    await db.webhook.delete({ where: { id: listener.id } });
  });
});
