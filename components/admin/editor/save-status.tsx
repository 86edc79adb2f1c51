import { formatClockTime } from "@/lib/i18n/zoned-time";
import type { SaveStatus } from "./use-post-draft";

function describe(status: SaveStatus): string {
  switch (status.kind) {
    case "saved":
      return status.at ? `Saved at ${formatClockTime(status.at)}` : "All changes saved";
    case "dirty":
      return "Unsaved changes";
    case "saving":
      return "Saving…";
    case "retrying":
      return "Not saved — retrying";
    case "invalid":
      return "Not saved — check the highlighted fields";
    case "refused":
      return `Not saved — ${status.message}`;
    case "conflict":
      return "Not saved — someone else saved this post";
  }
}

/** The save state, announced politely to screen readers as it changes. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  const problem =
    status.kind === "retrying" || status.kind === "invalid" || status.kind === "refused" || status.kind === "conflict";
  return (
    <p role="status" aria-live="polite" className={problem ? "save-status save-status-problem" : "save-status"}>
      {describe(status)}
    </p>
  );
}
