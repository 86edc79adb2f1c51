"use client";

import { useState } from "react";
import { CommentForm } from "./comment-form";
import { useComments } from "./comments-context";
import { DeleteButton } from "./delete-button";
import { PendingComment } from "./pending-comment";
import { ReportDialog } from "./report-dialog";

/**
 * The buttons under one approved comment, for a signed-in reader: reply (to
 * top-level comments only), report (someone else's), delete (their own).
 * Their own pending replies to it show here too.
 */
export function CommentActions({ commentId, canReply }: { commentId: string; canReply: boolean }) {
  const { t, reader, replyingTo, setReplyingTo, create } = useComments();
  const [reporting, setReporting] = useState(false);
  if (!reader?.signedIn) return null;

  const own = reader.ownApproved.includes(commentId);
  const reported = reader.reported.includes(commentId);
  const mayWrite = reader.open && !reader.banned && !reader.needsName;
  const replying = replyingTo === commentId;
  const pendingReplies = canReply ? reader.pending.filter((c) => c.parentId === commentId) : [];

  return (
    <>
      <div className="comment-actions">
        {canReply && mayWrite && !replying && (
          <button type="button" className="button-quiet" onClick={() => setReplyingTo(commentId)}>
            {t("comments.reply")}
          </button>
        )}
        {own && <DeleteButton commentId={commentId} />}
        {!own &&
          !reader.banned &&
          (reported ? (
            <span className="comment-reported">{t("comments.reported")}</span>
          ) : (
            <button type="button" className="button-quiet" onClick={() => setReporting(true)}>
              {t("comments.report")}
            </button>
          ))}
      </div>
      {reporting && <ReportDialog commentId={commentId} onClose={() => setReporting(false)} />}
      {replying && (
        <CommentForm
          t={t}
          maxLength={reader.maxLength}
          label={t("comments.yourReply")}
          submitLabel={t("comments.postReply")}
          autoFocus
          withHoneypot
          onSubmit={(body, honeypot) => create(body, { parentId: commentId, honeypot })}
          onCancel={() => setReplyingTo(null)}
        />
      )}
      {pendingReplies.map((comment) => (
        <PendingComment key={comment.id} comment={comment} />
      ))}
    </>
  );
}
