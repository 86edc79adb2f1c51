import type { SnippetSegment } from "@/lib/search/dto";

/** A result's snippet with the matched words in <mark>. Plain text throughout: React escapes it. */
export function Snippet({ segments }: { segments: SnippetSegment[] }) {
  return (
    <p className="search-snippet">
      {segments.map((s, i) => (s.highlighted ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </p>
  );
}
