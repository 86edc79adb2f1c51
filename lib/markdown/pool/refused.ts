/**
 * A render the pool would not finish: "too-complex" when it ran past its
 * time budget (or memory) and its worker was stopped, "busy" when too many
 * renders were already waiting. Callers turn it into a message for the
 * field that held the text.
 */
export class MarkdownRenderRefused extends Error {
  constructor(readonly reason: "too-complex" | "busy") {
    super(
      reason === "too-complex"
        ? "Rendering this Markdown took longer than its time budget and was stopped."
        : "Too many Markdown renders are waiting; try again in a moment.",
    );
    this.name = "MarkdownRenderRefused";
  }
}

/** The editor's wording for a refused render, in the admin's language (English). */
export function refusedRenderMessage(error: MarkdownRenderRefused): string {
  return error.reason === "too-complex"
    ? "This text is too complex to render in time; split it into shorter pieces (fewer headings, lists or links per section) and save again. Your text is kept."
    : "The server is busy rendering other texts; save again in a moment. Your text is kept.";
}
