"use client";

import type { AccessibilityCheck, AccessibilityFlag } from "@/lib/markdown";

const CHECK_NAMES: Record<AccessibilityCheck, string> = {
  "image-alt": "Image without a description",
  "heading-level": "Skipped heading level",
  "vague-link": "Link text that says nothing on its own",
  "all-caps": "Paragraph in capitals",
  "long-paragraph": "Very long paragraph",
};

/**
 * The accessibility checks of the body as last previewed. Each flag says why
 * it matters and can select the flagged text in the body, so the writer
 * fixes it in place; none of them stops publishing.
 */
export function AccessibilityReport({
  flags,
  stale,
  onShow,
}: {
  flags: readonly AccessibilityFlag[] | null;
  stale: boolean;
  onShow: (flag: AccessibilityFlag) => void;
}) {
  if (flags === null) return null;
  return (
    <section className="a11y-report" aria-labelledby="a11y-report-title">
      <h2 id="a11y-report-title" className="body-preview-title">
        Accessibility checks{stale ? <span className="form-note"> (updating…)</span> : null}
      </h2>
      <p className="form-note" aria-live="polite">
        {flags.length === 0
          ? "Nothing to look at: images are described, headings follow in order, links say where they go, and paragraphs are easy to read."
          : `${flags.length === 1 ? "One thing" : `${flags.length} things`} to look at. You can still publish; what is flagged then is recorded with the publication.`}
      </p>
      {flags.length > 0 ? (
        <ol className="a11y-flags">
          {flags.map((flag) => (
            <li key={`${flag.check}:${flag.start}`}>
              <p>
                <strong>{CHECK_NAMES[flag.check]}</strong>, line {flag.line}
                {flag.excerpt ? <>: “{flag.excerpt}”</> : null}
              </p>
              <p className="form-note">{flag.message}</p>
              <button
                type="button"
                className="button"
                aria-label={`Show in the text, line ${flag.line}`}
                onClick={() => onShow(flag)}
              >
                Show in the text
              </button>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
