import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "../../lib/action";
import { db, type Prisma } from "../../lib/db";
import {
  bulkArchiveAction,
  checkSlugAction,
  createPostAction,
  createPreviewLinkAction,
  deletePostAction,
  publishPostAction,
  renderPreviewAction,
  restorePostAction,
  restoreRevisionAction,
  returnToDraftAction,
  savePostAction,
  schedulePostAction,
  submitForReviewAction,
  unpublishPostAction,
} from "../../lib/posts/actions";
import { getEditablePost } from "../../lib/posts/data/editable";
import { listRevisions } from "../../lib/posts/data/revisions";
import { editorFields } from "../helpers/post-editor";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";
import { makePost } from "../helpers/factories";

// The full permission matrix of the post editor's actions, called as real
// signed-in accounts. The post always belongs to "the author"; the other
// author is someone else. Every refusal re-reads the post to prove nothing changed.

type Actor =
  "ADMIN" | "EDITOR" | "AUTHOR (own post)" | "AUTHOR (someone else's post)" | "MODERATOR" | "READER" | "anonymous";
type Outcome = "ok" | "forbidden" | "not-found" | "unauthenticated";
type Status = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";

// Review emails from the submit cases go to this file's own outbox.
const dataDir = mkdtempSync(path.join(tmpdir(), "masthead-permissions-"));
process.env.MASTHEAD_DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const ACTORS: Actor[] = [
  "ADMIN",
  "EDITOR",
  "AUTHOR (own post)",
  "AUTHOR (someone else's post)",
  "MODERATOR",
  "READER",
  "anonymous",
];

/** Writers' actions on a post they may work on: someone else's post is invisible to an author. */
const WRITERS_OWN: Record<Actor, Outcome> = {
  ADMIN: "ok",
  EDITOR: "ok",
  "AUTHOR (own post)": "ok",
  "AUTHOR (someone else's post)": "not-found",
  MODERATOR: "forbidden",
  READER: "forbidden",
  anonymous: "unauthenticated",
};
/** Editors' actions: refused by role for everyone else before any post is looked at. */
const EDITORS_ONLY: Record<Actor, Outcome> = {
  ADMIN: "ok",
  EDITOR: "ok",
  "AUTHOR (own post)": "forbidden",
  "AUTHOR (someone else's post)": "forbidden",
  MODERATOR: "forbidden",
  READER: "forbidden",
  anonymous: "unauthenticated",
};
/** Writers' actions on a post past the draft stage: an author may read it but no longer change it. */
const EDITORS_ONCE_SUBMITTED: Record<Actor, Outcome> = { ...WRITERS_OWN, "AUTHOR (own post)": "forbidden" };

const accounts = {} as Record<Exclude<Actor, "anonymous">, TestAccount>;
let author: TestAccount;

beforeAll(async () => {
  author = await makeAccount("AUTHOR", { withContributor: true });
  accounts.ADMIN = await makeAccount("ADMIN");
  accounts.EDITOR = await makeAccount("EDITOR");
  accounts["AUTHOR (own post)"] = author;
  accounts["AUTHOR (someone else's post)"] = await makeAccount("AUTHOR", { withContributor: true });
  accounts.MODERATOR = await makeAccount("MODERATOR");
  accounts.READER = await makeAccount("READER");
});

const accountOf = (actor: Actor) => (actor === "anonymous" ? null : accounts[actor]);

async function authorsPost(status: Status) {
  const post = await makePost({
    status,
    createdById: author.viewer.id,
    contributorIds: [author.viewer.contributorId!],
    title: "The author's piece",
    body: "A complete body.",
    publishedAt: status === "PUBLISHED" || status === "ARCHIVED" ? new Date() : null,
    scheduledAt: status === "SCHEDULED" ? new Date(Date.now() + 3_600_000) : null,
  });
  const { title, standfirst, body, ...fields } = editorFields({
    title: "An older title",
    body: "Older body.",
    bylines: [{ contributorId: author.viewer.contributorId! }],
  });
  const revision = await db.revision.create({
    data: {
      postId: post.id,
      authorId: author.viewer.id,
      kind: "MANUAL",
      version: 1,
      title,
      standfirst,
      body,
      fields: fields as Prisma.InputJsonObject,
    },
  });
  return { post, revisionId: revision.id };
}

/** Everything an action could change about the post, its history and its trail. */
const stateOf = async (id: string) => ({
  post: await db.post.findUnique({ where: { id }, include: { bylines: true, tags: true } }),
  revisions: await db.revision.count({ where: { postId: id } }),
  audit: await db.auditLog.count({ where: { subjectId: id } }),
});

interface Case {
  name: string;
  status: Status;
  expected: Record<Actor, Outcome>;
  run: (input: { postId: string; version: number; revisionId: string }) => Promise<ActionResult<unknown>>;
}

const cases: Case[] = [
  {
    name: "save a draft",
    status: "DRAFT",
    expected: WRITERS_OWN,
    run: ({ postId, version }) =>
      savePostAction({
        postId,
        version,
        autosave: false,
        fields: editorFields({ title: "Changed", bylines: [{ contributorId: author.viewer.contributorId! }] }),
      }),
  },
  {
    name: "autosave a draft",
    status: "DRAFT",
    expected: WRITERS_OWN,
    run: ({ postId, version }) =>
      savePostAction({
        postId,
        version,
        autosave: true,
        fields: editorFields({ title: "Changed", bylines: [{ contributorId: author.viewer.contributorId! }] }),
      }),
  },
  {
    name: "save a post in review",
    status: "IN_REVIEW",
    expected: EDITORS_ONCE_SUBMITTED,
    run: ({ postId, version }) =>
      savePostAction({
        postId,
        version,
        autosave: false,
        fields: editorFields({ title: "Changed", bylines: [{ contributorId: author.viewer.contributorId! }] }),
      }),
  },
  {
    name: "check a slug",
    status: "DRAFT",
    expected: WRITERS_OWN,
    run: ({ postId }) => checkSlugAction({ postId, slug: "some-slug" }),
  },
  {
    name: "submit a draft for review",
    status: "DRAFT",
    expected: WRITERS_OWN,
    run: ({ postId, version }) => submitForReviewAction({ postId, version }),
  },
  {
    name: "return a post in review",
    status: "IN_REVIEW",
    expected: EDITORS_ONLY,
    run: ({ postId }) => returnToDraftAction({ postId, note: "More sources, please." }),
  },
  {
    name: "unschedule a post",
    status: "SCHEDULED",
    expected: EDITORS_ONLY,
    run: ({ postId }) => returnToDraftAction({ postId, note: "" }),
  },
  {
    name: "publish a draft",
    status: "DRAFT",
    expected: EDITORS_ONLY,
    run: ({ postId, version }) => publishPostAction({ postId, version }),
  },
  {
    name: "publish a post in review",
    status: "IN_REVIEW",
    expected: EDITORS_ONLY,
    run: ({ postId, version }) => publishPostAction({ postId, version }),
  },
  {
    name: "schedule a draft",
    status: "DRAFT",
    expected: EDITORS_ONLY,
    run: ({ postId, version }) =>
      schedulePostAction({ postId, version, scheduledAt: new Date(Date.now() + 3_600_000).toISOString() }),
  },
  {
    name: "unpublish a published post",
    status: "PUBLISHED",
    expected: EDITORS_ONLY,
    run: ({ postId }) => unpublishPostAction({ postId }),
  },
  {
    name: "archive a published post",
    status: "PUBLISHED",
    expected: EDITORS_ONLY,
    run: ({ postId }) => unpublishPostAction({ postId, archive: true }),
  },
  {
    name: "bulk-archive a published post",
    status: "PUBLISHED",
    expected: EDITORS_ONLY,
    run: ({ postId }) => bulkArchiveAction({ postIds: [postId] }),
  },
  {
    name: "restore an archived post",
    status: "ARCHIVED",
    expected: EDITORS_ONLY,
    run: ({ postId }) => restorePostAction({ postId }),
  },
  { name: "delete a draft", status: "DRAFT", expected: WRITERS_OWN, run: ({ postId }) => deletePostAction({ postId }) },
  {
    name: "delete a published post",
    status: "PUBLISHED",
    expected: EDITORS_ONCE_SUBMITTED,
    run: ({ postId }) => deletePostAction({ postId }),
  },
  {
    name: "restore a revision of a draft",
    status: "DRAFT",
    expected: WRITERS_OWN,
    run: ({ postId, version, revisionId }) => restoreRevisionAction({ postId, revisionId, version }),
  },
  {
    name: "restore a revision of a post in review",
    status: "IN_REVIEW",
    expected: EDITORS_ONCE_SUBMITTED,
    run: ({ postId, version, revisionId }) => restoreRevisionAction({ postId, revisionId, version }),
  },
  {
    name: "create a preview link",
    status: "DRAFT",
    expected: WRITERS_OWN,
    run: ({ postId }) => createPreviewLinkAction({ postId }),
  },
];

describe("who may do what to a post", () => {
  for (const c of cases) {
    describe(c.name, () => {
      for (const actor of ACTORS) {
        const expected = c.expected[actor];
        it(`${expected === "ok" ? "is allowed" : `is refused (${expected})`} for ${actor}`, async () => {
          const { post, revisionId } = await authorsPost(c.status);
          const before = await stateOf(post.id);
          const result = await asViewer(accountOf(actor), () =>
            c.run({ postId: post.id, version: post.version, revisionId }),
          );
          if (expected === "ok") {
            expect(result.ok, JSON.stringify(result)).toBe(true);
            if (c.name.startsWith("bulk")) expect(result).toMatchObject({ data: { archived: 1, refused: 0 } });
            return;
          }
          expect(result).toMatchObject({ ok: false, error: { code: expected } });
          expect(await stateOf(post.id)).toEqual(before);
        });
      }
    });
  }
});

describe("creating posts and rendering previews", () => {
  const create: Record<Actor, Outcome> = {
    ...EDITORS_ONLY,
    "AUTHOR (own post)": "ok",
    "AUTHOR (someone else's post)": "ok",
  };
  for (const actor of ACTORS) {
    it(`${create[actor] === "ok" ? "lets" : "does not let"} ${actor} start a post or render a preview`, async () => {
      const before = await db.post.count();
      const created = await asViewer(accountOf(actor), () => createPostAction({}));
      const rendered = await asViewer(accountOf(actor), () =>
        renderPreviewAction({ body: "**Hi**", language: "en-GB" }),
      );
      if (create[actor] === "ok") {
        expect(created.ok && rendered.ok).toBe(true);
        expect(await db.post.count()).toBe(before + 1);
      } else {
        expect(created).toMatchObject({ ok: false, error: { code: create[actor] } });
        expect(rendered).toMatchObject({ ok: false, error: { code: create[actor] } });
        expect(await db.post.count()).toBe(before);
      }
    });
  }
});

describe("reading posts in the editor", () => {
  it("hides someone else's post from an author as if it did not exist", async () => {
    const { post } = await authorsPost("DRAFT");
    const other = accounts["AUTHOR (someone else's post)"].viewer;
    expect(await getEditablePost(other, post.id)).toBeNull();
    expect(await getEditablePost(other, "no-such-post")).toBeNull();
    await expect(listRevisions(other, post.id)).rejects.toThrow("does not exist");
    expect(await getEditablePost(accounts.MODERATOR.viewer, post.id)).toBeNull();
    expect(await getEditablePost(null, post.id)).toBeNull();
  });

  it("tells each viewer what they may do with the post", async () => {
    const { post } = await authorsPost("DRAFT");
    const own = await getEditablePost(author.viewer, post.id);
    expect(own?.permissions).toEqual({
      canEdit: true,
      canSubmit: true,
      canReturn: false,
      canPublish: false,
      canSchedule: false,
      canUnpublish: false,
      canArchive: false,
      canBackdate: false,
      canDelete: true,
      canRestore: false,
    });
    const asEditor = await getEditablePost(accounts.EDITOR.viewer, post.id);
    expect(asEditor?.permissions).toMatchObject({
      canEdit: true,
      canSubmit: true,
      canPublish: true,
      canSchedule: true,
      canUnpublish: false,
    });
    const { post: inReview } = await authorsPost("IN_REVIEW");
    expect((await getEditablePost(author.viewer, inReview.id))?.permissions).toMatchObject({
      canEdit: false,
      canSubmit: false,
      canDelete: false,
    });
    expect((await getEditablePost(accounts.EDITOR.viewer, inReview.id))?.permissions).toMatchObject({
      canReturn: true,
      canPublish: true,
    });
  });
});
