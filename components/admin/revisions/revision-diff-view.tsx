import { type DiffSegment, sideBySide } from "@/lib/posts/revision-diff";

function Side({ segments, mark }: { segments: DiffSegment[]; mark: "del" | "ins" }) {
  const Mark = mark;
  return <>{segments.map((s, i) => (s.changed ? <Mark key={i}>{s.text}</Mark> : <span key={i}>{s.text}</span>))}</>;
}

function Row({ label, before, after, by }: { label: string; before: string; after: string; by: "words" | "lines" }) {
  const diff = sideBySide(before, after, by);
  const Text = by === "lines" ? "pre" : "p";
  return (
    <div className="diff-row">
      <h3>
        {label}
        {diff.identical ? <span className="form-note"> (unchanged)</span> : null}
      </h3>
      <div className="diff-sides">
        <div className="diff-side" aria-label={`${label} in this revision`}>
          <Text className="diff-text">
            <Side segments={diff.before} mark="del" />
          </Text>
        </div>
        <div className="diff-side" aria-label={`${label} now`}>
          <Text className="diff-text">
            <Side segments={diff.after} mark="ins" />
          </Text>
        </div>
      </div>
    </div>
  );
}

/** Title, standfirst and body of a revision beside the current post; removed text struck through, added text underlined. */
export function RevisionDiffView({
  revision,
  current,
}: {
  revision: { title: string; standfirst: string; body: string };
  current: { title: string; standfirst: string; body: string };
}) {
  return (
    <div className="revision-diff">
      <div className="diff-sides diff-headings" aria-hidden="true">
        <p>This revision</p>
        <p>Current version</p>
      </div>
      <Row label="Title" before={revision.title} after={current.title} by="words" />
      <Row label="Standfirst" before={revision.standfirst} after={current.standfirst} by="words" />
      <Row label="Body" before={revision.body} after={current.body} by="lines" />
    </div>
  );
}
