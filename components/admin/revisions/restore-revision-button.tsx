"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { restoreRevisionAction } from "@/lib/posts/actions";

/** Saves the revision's text and fields as the post's newest version, then opens the editor. */
export function RestoreRevisionButton({
  postId,
  revisionId,
  version,
}: {
  postId: string;
  revisionId: string;
  version: number;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore() {
    setPending(true);
    setError(null);
    const result = await restoreRevisionAction({ postId, revisionId, version }).catch(() => null);
    setPending(false);
    if (result?.ok) {
      router.push(`/admin/posts/${postId}`);
      router.refresh();
      return;
    }
    setError(
      result?.error.code === "conflict"
        ? "The post was saved again since this page opened. Reload the page to compare with the newest version, then restore."
        : (result?.error.message ?? "Could not reach the server. Nothing was changed; please try again."),
    );
  }

  return (
    <div className="restore-revision">
      <button type="button" className="button button-primary" disabled={pending} onClick={() => void restore()}>
        {pending ? "Restoring…" : "Restore this revision"}
      </button>
      <p role="status" className={error ? "field-error" : "form-note"}>
        {error ?? "Restoring saves this revision as the newest version; the current text stays in the history."}
      </p>
    </div>
  );
}
