import type { PublicComment, PublicThreadItem } from "@/lib/comments/reader/dto";
import type { Translate } from "@/lib/i18n";
import { CommentActions } from "./comment-actions";
import { RelativeTime } from "./relative-time";

// The approved thread. Rendered on the server for the first page and by the
// island for "Show more", from the same DTOs, so both look the same.

function CommentBody({ comment, language, t }: { comment: PublicComment; language: string; t: Translate }) {
  if (comment.removed) {
    return (
      <p className="comment-meta comment-removed">
        <span>{t("comments.removed")}</span>
        <span aria-hidden="true"> · </span>
        <RelativeTime iso={comment.createdAt} language={language} />
      </p>
    );
  }
  return (
    <>
      <p className="comment-meta">
        <span className="comment-author">{comment.authorName ?? t("comments.anonymous")}</span>
        <span aria-hidden="true"> · </span>
        <RelativeTime iso={comment.createdAt} language={language} />
        {comment.edited && <span className="comment-edited"> ({t("comments.edited")})</span>}
      </p>
      {/* Only the sanitizing Markdown pipeline's comment-profile output, rendered when the comment was saved. */}
      <div className="comment-text" dangerouslySetInnerHTML={{ __html: comment.html }} />
    </>
  );
}

export function CommentList({ items, language, t }: { items: PublicThreadItem[]; language: string; t: Translate }) {
  return (
    <ol className="comment-list">
      {items.map((item) => {
        const name = item.removed ? t("comments.removed") : (item.authorName ?? t("comments.anonymous"));
        return (
          <li key={item.id}>
            <article className="comment" id={`comment-${item.id}`} aria-label={name}>
              <CommentBody comment={item} language={language} t={t} />
              {!item.removed && <CommentActions commentId={item.id} canReply />}
            </article>
            {item.replies.length > 0 && (
              <ol className="comment-replies" aria-label={t("comments.replies", { name })}>
                {item.replies.map((reply) => (
                  <li key={reply.id}>
                    <article
                      className="comment"
                      id={`comment-${reply.id}`}
                      aria-label={reply.authorName ?? t("comments.anonymous")}
                    >
                      <CommentBody comment={reply} language={language} t={t} />
                      <CommentActions commentId={reply.id} canReply={false} />
                    </article>
                  </li>
                ))}
              </ol>
            )}
          </li>
        );
      })}
    </ol>
  );
}
