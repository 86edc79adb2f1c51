import type { EditorForm } from "@/components/admin/editor/editor-form";
import type { EditablePost } from "@/lib/posts/dto";

function Version({
  heading,
  title,
  standfirst,
  body,
}: {
  heading: string;
  title: string;
  standfirst: string;
  body: string;
}) {
  return (
    <section className="conflict-version" aria-label={heading}>
      <h3>{heading}</h3>
      <p className="conflict-title">{title || "Untitled"}</p>
      {standfirst ? <p className="conflict-standfirst">{standfirst}</p> : null}
      <pre className="conflict-body" tabIndex={0}>
        {body || "(no body)"}
      </pre>
    </section>
  );
}

/** Shown when someone else saved first: both texts side by side, and the writer decides. Nothing is overwritten until then. */
export function ConflictPanel({
  theirs,
  mine,
  onKeepMine,
  onUseTheirs,
}: {
  theirs: EditablePost;
  mine: EditorForm;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  return (
    <section className="conflict-panel" aria-labelledby="conflict-title">
      {/* Only the message is announced; the two texts can be long. */}
      <div role="alert">
        <h2 id="conflict-title">Someone else saved this post since you opened it</h2>
        <p>
          Autosave is paused and nothing has been overwritten. Compare the two versions, then keep yours (it replaces
          theirs) or use theirs. Either way, both stay in the post’s revisions.
        </p>
      </div>
      <div className="conflict-versions">
        <Version
          heading="Their version (saved)"
          title={theirs.title}
          standfirst={theirs.standfirst}
          body={theirs.body}
        />
        <Version heading="Your version (not saved)" title={mine.title} standfirst={mine.standfirst} body={mine.body} />
      </div>
      <p className="row-buttons">
        <button type="button" className="button button-primary" onClick={onKeepMine}>
          Keep mine (save over theirs)
        </button>
        <button type="button" className="button" onClick={onUseTheirs}>
          Use theirs
        </button>
      </p>
    </section>
  );
}
