"use client";

import { useState } from "react";
import { useComments, type Failure } from "./comments-context";
import { failureMessage } from "./messages";

/** "Delete", then an explicit confirmation: deleting also removes the replies. */
export function DeleteButton({ commentId }: { commentId: string }) {
  const { t, remove } = useComments();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);

  if (!confirming) {
    return (
      <button type="button" className="button-quiet" onClick={() => setConfirming(true)}>
        {t("comments.delete")}
      </button>
    );
  }
  async function confirm() {
    setBusy(true);
    const failure = await remove(commentId);
    setBusy(false);
    setError(failure);
  }
  return (
    <span className="comment-confirm" role="group" aria-label={t("comments.delete")}>
      <span>{t("comments.deleteConfirm")}</span>{" "}
      <button type="button" onClick={confirm} disabled={busy} autoFocus>
        {busy ? t("comments.working") : t("comments.deleteYes")}
      </button>{" "}
      <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
        {t("comments.cancel")}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {failureMessage(error, t)}
        </span>
      )}
    </span>
  );
}
