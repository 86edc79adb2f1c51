"use client";

import { useState } from "react";
import type { OwnPendingComment } from "@/lib/comments/reader/dto";
import { CommentForm } from "./comment-form";
import { useComments } from "./comments-context";
import { DeleteButton } from "./delete-button";
import { RelativeTime } from "./relative-time";

/** The reader's own comment that only they see until a moderator approves it; editable until then. */
export function PendingComment({ comment }: { comment: OwnPendingComment }) {
  const { t, language, reader, edit } = useComments();
  const [editing, setEditing] = useState(false);

  return (
    <article className="comment comment--pending" id={`comment-${comment.id}`} aria-label={t("comments.awaiting")}>
      <p className="comment-meta">
        <strong className="comment-status">{t("comments.awaiting")}</strong>
        <span aria-hidden="true"> · </span>
        <RelativeTime iso={comment.createdAt} language={language} />
      </p>
      <p className="comment-hint">{t("comments.awaitingNote")}</p>
      {editing ? (
        <CommentForm
          t={t}
          maxLength={reader?.maxLength ?? comment.body.length}
          label={t("comments.yourComment")}
          submitLabel={t("comments.save")}
          initialBody={comment.body}
          autoFocus
          onSubmit={async (body) => {
            const failure = await edit(comment.id, body);
            if (!failure) setEditing(false);
            return failure;
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {/* Only the sanitizing Markdown pipeline's comment-profile output. */}
          <div className="comment-text" dangerouslySetInnerHTML={{ __html: comment.html }} />
          <div className="comment-actions">
            <button type="button" className="button-quiet" onClick={() => setEditing(true)}>
              {t("comments.edit")}
            </button>
            <DeleteButton commentId={comment.id} />
          </div>
        </>
      )}
    </article>
  );
}
