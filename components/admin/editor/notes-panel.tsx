"use client";

import { useId, useState } from "react";
import { addEditorialNoteAction, resolveEditorialNoteAction } from "@/lib/editorial-notes/actions";
import type { EditorialNoteView, EditorialThread } from "@/lib/editorial-notes/dto";
import { NOTE_MAX_LENGTH } from "@/lib/editorial-notes/schema";
import { formatInZone } from "@/lib/i18n/zoned-time";

type Answer = Awaited<ReturnType<typeof addEditorialNoteAction>>;

/**
 * Notes on the draft by the people working on it, in threads that can be
 * resolved and reopened. Never shown to readers. Lives inside the editor's
 * form, so it submits with buttons rather than a form of its own.
 */
export function NotesPanel({
  postId,
  initial,
  timeZone,
}: {
  postId: string;
  initial: EditorialThread[];
  timeZone: string;
}) {
  const [threads, setThreads] = useState(initial);
  const [showResolved, setShowResolved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = threads.filter((t) => !t.resolved);
  const resolved = threads.filter((t) => t.resolved);

  /** Runs an action that answers with every thread; true when it worked. */
  async function run(action: () => Promise<Answer>): Promise<boolean> {
    const answer = await action().catch(() => null);
    if (!answer) {
      setError("The note could not be saved. Your text is still in the box; try again.");
      return false;
    }
    if (!answer.ok) {
      setError(answer.error.fieldErrors.body?.[0] ?? answer.error.message);
      return false;
    }
    setError(null);
    setThreads(answer.data);
    return true;
  }

  const shown = showResolved ? threads : open;
  return (
    <section className="notes-panel" aria-labelledby="notes-title">
      <h2 id="notes-title">Editorial notes</h2>
      <p className="form-note">Only people working on this post see these notes; readers never do.</p>
      {threads.length === 0 ? <p className="form-note">No notes yet.</p> : null}
      {open.length === 0 && resolved.length > 0 && !showResolved ? (
        <p className="form-note">Every note is resolved.</p>
      ) : null}
      {shown.length > 0 ? (
        <ol className="note-threads">
          {shown.map((thread) => (
            <li key={thread.id} className={thread.resolved ? "note-thread note-resolved" : "note-thread"}>
              <Note note={thread} timeZone={timeZone} />
              {thread.replies.length > 0 ? (
                <ol className="note-replies" aria-label={`Replies to ${thread.author}`}>
                  {thread.replies.map((reply) => (
                    <li key={reply.id}>
                      <Note note={reply} timeZone={timeZone} />
                    </li>
                  ))}
                </ol>
              ) : null}
              {thread.resolved ? (
                <p className="form-note">
                  Resolved by {thread.resolved.by}, {formatInZone(thread.resolved.at, timeZone)}.
                </p>
              ) : null}
              <NoteWriter
                label={`Reply to ${thread.author}`}
                button="Reply"
                onSend={(body) => run(() => addEditorialNoteAction({ postId, parentId: thread.id, body }))}
              />
              <button
                type="button"
                className="button"
                onClick={() =>
                  void run(() => resolveEditorialNoteAction({ noteId: thread.id, resolved: !thread.resolved }))
                }
              >
                {thread.resolved ? "Reopen" : "Resolve"}
                <span className="visually-hidden"> the note by {thread.author}</span>
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {resolved.length > 0 ? (
        <button
          type="button"
          className="button"
          aria-expanded={showResolved}
          onClick={() => setShowResolved(!showResolved)}
        >
          {showResolved ? "Hide resolved notes" : `Show resolved notes (${resolved.length})`}
        </button>
      ) : null}
      <div role="alert">{error ? <p className="field-error">{error}</p> : null}</div>
      <NoteWriter
        label="New note"
        button="Add note"
        onSend={(body) => run(() => addEditorialNoteAction({ postId, body }))}
      />
    </section>
  );
}

function Note({ note, timeZone }: { note: EditorialNoteView; timeZone: string }) {
  return (
    <article className="note">
      <p className="note-meta">
        <strong>{note.author}</strong>, <time dateTime={note.createdAt}>{formatInZone(note.createdAt, timeZone)}</time>{" "}
        <span className="form-note">(version {note.postVersion})</span>
      </p>
      <p className="note-body">{note.body}</p>
    </article>
  );
}

/** A text box and a button; the text is cleared only once the note is stored. */
function NoteWriter({
  label,
  button,
  onSend,
}: {
  label: string;
  button: string;
  onSend: (body: string) => Promise<boolean>;
}) {
  const id = useId();
  const [body, setBody] = useState("");
  const [sending, setSending] = useState(false);
  return (
    <div className="note-writer">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={NOTE_MAX_LENGTH}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
      />
      <button
        type="button"
        className="button"
        disabled={sending || body.trim() === ""}
        onClick={async () => {
          setSending(true);
          if (await onSend(body)) setBody("");
          setSending(false);
        }}
      >
        {sending ? "Saving…" : button}
      </button>
    </div>
  );
}
