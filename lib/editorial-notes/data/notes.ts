import "server-only";
import { authorize, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import { NotFound } from "../../errors";
import { requireReadable } from "../../posts/data/access";
import type { EditorialNoteView, EditorialThread } from "../dto";
import type { NoteAddInput, NoteResolveInput } from "../schema";

// Notes on a post by the people working on it: its writers and editors
// (post:note). They are kept for good, resolved or not, and are read only
// here and by the revision history; nothing public selects them.

const noteSelect = {
  id: true,
  body: true,
  createdAt: true,
  postVersion: true,
  author: { select: { name: true, email: true } },
} as const;

type NoteRow = {
  id: string;
  body: string;
  createdAt: Date;
  postVersion: number;
  author: { name: string | null; email: string } | null;
};

const nameOf = (user: { name: string | null; email: string } | null) =>
  user ? (user.name ?? user.email.split("@")[0]!) : "A former member of staff";

const viewOf = (row: NoteRow): EditorialNoteView => ({
  id: row.id,
  author: nameOf(row.author),
  body: row.body,
  createdAt: row.createdAt.toISOString(),
  postVersion: row.postVersion,
});

async function requireNoteable(viewer: Viewer, postId: string) {
  const subject = await requireReadable(viewer, postId);
  authorize(viewer, "post:note", subject);
  return subject;
}

/** Every thread on the post, oldest first, with its replies. */
export async function listEditorialNotes(viewer: Viewer, postId: string): Promise<EditorialThread[]> {
  await requireNoteable(viewer, postId);
  const threads = await db.editorialNote.findMany({
    where: { postId, parentId: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      ...noteSelect,
      resolvedAt: true,
      resolvedBy: { select: { name: true, email: true } },
      replies: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: noteSelect },
    },
  });
  return threads.map((t) => ({
    ...viewOf(t),
    replies: t.replies.map(viewOf),
    resolved: t.resolvedAt ? { at: t.resolvedAt.toISOString(), by: nameOf(t.resolvedBy) } : null,
  }));
}

/** A new thread, or a reply in the thread of `parentId` (which reopens it). */
export async function addEditorialNote(viewer: Viewer, input: NoteAddInput): Promise<EditorialThread[]> {
  const subject = await requireNoteable(viewer, input.postId);
  await db.$transaction(async (tx) => {
    let threadId: string | null = null;
    if (input.parentId) {
      const parent = await tx.editorialNote.findFirst({
        where: { id: input.parentId, postId: input.postId },
        select: { id: true, parentId: true },
      });
      if (!parent) throw new NotFound("That note no longer exists.");
      threadId = parent.parentId ?? parent.id;
      // A reply means the conversation goes on.
      await tx.editorialNote.update({ where: { id: threadId }, data: { resolvedAt: null, resolvedById: null } });
    }
    await tx.editorialNote.create({
      data: {
        postId: input.postId,
        parentId: threadId,
        authorId: viewer.id,
        body: input.body,
        postVersion: subject.version,
      },
    });
  });
  return listEditorialNotes(viewer, input.postId);
}

/** Marks a thread resolved, or open again. */
export async function resolveEditorialNote(viewer: Viewer, input: NoteResolveInput): Promise<EditorialThread[]> {
  const note = await db.editorialNote.findUnique({
    where: { id: input.noteId },
    select: { id: true, postId: true, parentId: true },
  });
  if (!note) throw new NotFound("That note no longer exists.");
  await requireNoteable(viewer, note.postId);
  await db.editorialNote.update({
    where: { id: note.parentId ?? note.id },
    data: input.resolved
      ? { resolvedAt: new Date(), resolvedById: viewer.id }
      : { resolvedAt: null, resolvedById: null },
  });
  return listEditorialNotes(viewer, note.postId);
}
