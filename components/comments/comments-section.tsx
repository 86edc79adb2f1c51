import type { CommentThreadPage } from "@/lib/comments/reader/dto";
import { commentCountHeading } from "@/lib/comments/wording";
import { translator } from "@/lib/i18n";
import { CommentList } from "./comment-list";
import { CommentsIsland } from "./comments-island";
import "./comments.css";

/**
 * Comments under an article: the count as the heading, the approved thread
 * (server-rendered, cached with the page) and the reader's island.
 */
export function CommentsSection({
  postId,
  path,
  language,
  enabled,
  thread,
}: {
  postId: string;
  /** The article's own path, where sign-in brings the reader back to. */
  path: string;
  language: string;
  enabled: boolean;
  thread: CommentThreadPage;
}) {
  const t = translator(language);
  return (
    <section id="comments" className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{commentCountHeading(thread.total, t)}</h2>
      {!enabled && <p className="empty">{t("comments.closed")}</p>}
      <CommentsIsland postId={postId} path={path} language={language} enabled={enabled} hasMore={thread.hasNext}>
        {thread.items.length > 0 && <CommentList items={thread.items} language={language} t={t} />}
      </CommentsIsland>
    </section>
  );
}
