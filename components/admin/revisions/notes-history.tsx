import type { EditorialThread } from "@/lib/editorial-notes/dto";
import { formatInZone } from "@/lib/i18n/zoned-time";

/** Every editorial note on the post, resolved ones included, with the version each was written on. */
export function NotesHistory({ threads, timeZone }: { threads: EditorialThread[]; timeZone: string }) {
  return (
    <section aria-labelledby="notes-history-title" className="notes-history">
      <h2 id="notes-history-title">Editorial notes</h2>
      {threads.length === 0 ? (
        <p className="empty-state">No notes on this post.</p>
      ) : (
        <ol className="revision-list">
          {threads
            .flatMap((t) => [t, ...t.replies])
            .map((note) => (
              <li key={note.id}>
                <time dateTime={note.createdAt}>{formatInZone(note.createdAt, timeZone)}</time>
                <span className="form-note">
                  {" "}
                  {note.author} · version {note.postVersion}
                </span>
                <p className="note-body">{note.body}</p>
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}
