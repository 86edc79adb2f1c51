"use client";

import { signOut } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import type {
  CommentThreadPage,
  OwnPendingComment,
  PublicThreadItem,
  ReaderCommentState,
} from "@/lib/comments/reader/dto";
import {
  createCommentAction,
  deleteOwnCommentAction,
  editOwnCommentAction,
  reportCommentAction,
} from "@/lib/comments/reader/actions";
import { HONEYPOT_FIELD } from "@/lib/comments/spam/honeypot";
import { translator, type Translate } from "@/lib/i18n";
import { inInterface } from "@/lib/i18n/interface";
import { useSiteInterface } from "@/components/site/interface-context";
import { CommentForm } from "./comment-form";
import { CommentsContext, type CommentsContextValue } from "./comments-context";
import { CommentList } from "./comment-list";
import { PendingComment } from "./pending-comment";

// The signed-in half of the comments section. The article page is cached
// for everyone, so who is reading, their pending comments and whether the
// thread is still open are asked for here, at runtime.

// In the page's interface: signing in from /nl/articles/x stays in Dutch.
const readerHref = (page: "/signin" | "/welcome", path: string, prefix = "") =>
  inInterface({ prefix }, `${page}?callbackUrl=${encodeURIComponent(`${path}#comments`)}`);

export function CommentsIsland({
  postId,
  path,
  language,
  enabled,
  hasMore,
  children,
}: {
  postId: string;
  path: string;
  language: string;
  /** False when the post itself has comments switched off. */
  enabled: boolean;
  /** Whether the server-rendered first page has a next one. */
  hasMore: boolean;
  children: React.ReactNode;
}) {
  const t = useMemo(() => translator(language), [language]);
  const router = useRouter();
  const [reader, setReader] = useState<ReaderCommentState | null>(null);
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const [more, setMore] = useState<{ items: PublicThreadItem[]; page: number; hasNext: boolean; loading: boolean }>({
    items: [],
    page: 1,
    hasNext: hasMore,
    loading: false,
  });

  const loadState = useCallback(
    () =>
      fetch(`/api/comments?postId=${encodeURIComponent(postId)}`, { cache: "no-store" })
        .then((response) => (response.ok ? (response.json() as Promise<ReaderCommentState>) : null))
        .catch(() => null),
    [postId],
  );

  useEffect(() => {
    let live = true;
    void loadState().then((state) => {
      if (live) setReader(state);
    });
    return () => {
      live = false;
    };
  }, [loadState]);

  const update = useCallback((change: (state: ReaderCommentState) => ReaderCommentState) => {
    setReader((state) => (state ? change(state) : state));
  }, []);

  const context = useMemo<CommentsContextValue>(
    () => ({
      t,
      language,
      reader,
      replyingTo,
      setReplyingTo,
      async create(body, { parentId, honeypot }) {
        const result = await createCommentAction({
          postId,
          body,
          formStamp: reader?.formStamp,
          [HONEYPOT_FIELD]: honeypot,
          ...(parentId ? { parentId } : {}),
        });
        if (!result.ok) {
          // A form open for over a day: a fresh stamp lets the reader simply post again.
          if (result.error.message === "comments.error.staleForm") {
            const fresh = await loadState();
            if (fresh) update((s) => ({ ...s, formStamp: fresh.formStamp }));
          }
          return result.error;
        }
        setReplyingTo(null);
        if (result.data.status === "PENDING") {
          const pending: OwnPendingComment = result.data.comment;
          update((s) => ({ ...s, pending: [...s.pending, pending] }));
          setNotice(t("comments.postedPending"));
        } else {
          const id = result.data.comment.id;
          update((s) => ({ ...s, ownApproved: [...s.ownApproved, id] }));
          setNotice(t("comments.postedApproved"));
          router.refresh();
        }
        return null;
      },
      async edit(id, body) {
        const result = await editOwnCommentAction({ id, body });
        if (!result.ok) return result.error;
        update((s) => ({ ...s, pending: s.pending.map((c) => (c.id === id ? result.data : c)) }));
        return null;
      },
      async remove(id) {
        const result = await deleteOwnCommentAction({ id });
        if (!result.ok) return result.error;
        const wasPublic = reader?.ownApproved.includes(id) ?? false;
        update((s) => ({
          ...s,
          pending: s.pending.filter((c) => c.id !== id && c.parentId !== id),
          ownApproved: s.ownApproved.filter((c) => c !== id),
        }));
        setNotice(t("comments.deleted"));
        if (wasPublic) router.refresh();
        return null;
      },
      async report(commentId, reason, note) {
        const result = await reportCommentAction({ commentId, reason, note });
        if (!result.ok && result.error.message !== "comments.error.alreadyReported") return result.error;
        update((s) => ({ ...s, reported: [...s.reported, commentId] }));
        return null;
      },
    }),
    [t, language, reader, replyingTo, postId, update, router, loadState],
  );

  async function showMore() {
    setMore((m) => ({ ...m, loading: true }));
    const next = more.page + 1;
    const response = await fetch(`/api/comments/thread?postId=${encodeURIComponent(postId)}&page=${next}`).catch(
      () => null,
    );
    const page = response?.ok ? ((await response.json()) as CommentThreadPage) : null;
    setMore((m) =>
      page
        ? { items: [...m.items, ...page.items], page: next, hasNext: page.hasNext, loading: false }
        : { ...m, loading: false },
    );
  }

  const topLevelPending = reader?.pending.filter((c) => c.parentId === null) ?? [];
  return (
    <CommentsContext.Provider value={context}>
      {children}
      {more.items.length > 0 && <CommentList items={more.items} language={language} t={t} />}
      {more.hasNext && (
        <p className="comments-more">
          <button type="button" onClick={showMore} disabled={more.loading}>
            {more.loading ? t("comments.loading") : t("comments.showMore")}
          </button>
        </p>
      )}

      <div id="comment-form" className="comment-composer">
        <p className="comment-notice" role="status">
          {notice}
        </p>
        {topLevelPending.length > 0 && (
          <div className="comment-pending-list">
            <h3 className="comment-pending-title">{t("comments.yourPending")}</h3>
            {topLevelPending.map((comment) => (
              <PendingComment key={comment.id} comment={comment} />
            ))}
          </div>
        )}
        <Composer enabled={enabled} reader={reader} path={path} create={context.create} t={t} />
      </div>
    </CommentsContext.Provider>
  );
}

function Composer({
  enabled,
  reader,
  path,
  create,
  t,
}: {
  enabled: boolean;
  reader: ReaderCommentState | null;
  path: string;
  create: CommentsContextValue["create"];
  t: Translate;
}) {
  const prefix = useSiteInterface()?.prefix;
  // The server already says so when the post has comments switched off.
  if (!enabled || !reader) return null;
  if (!reader.open) return <p className="empty">{t("comments.closed")}</p>;
  if (!reader.signedIn) {
    return (
      <p className="comment-sign-in">
        {t("comments.signInPrompt")} <Link href={readerHref("/signin", path, prefix)}>{t("comments.signInLink")}</Link>
      </p>
    );
  }
  const signedInAs = (
    <p className="comment-signed-in">
      {reader.name ? `${t("comments.signedInAs", { name: reader.name })} ` : null}
      <button type="button" className="button-quiet" onClick={() => void signOut({ callbackUrl: `${path}#comments` })}>
        {t("comments.signOut")}
      </button>
    </p>
  );
  if (reader.banned)
    return (
      <>
        {signedInAs}
        <p className="empty">{t("comments.banned")}</p>
      </>
    );
  if (reader.needsName) {
    return (
      <>
        {signedInAs}
        <p className="comment-sign-in">
          {t("comments.chooseName")}{" "}
          <Link href={readerHref("/welcome", path, prefix)}>{t("comments.chooseNameLink")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h3 className="comment-form-title">{t("comments.formTitle")}</h3>
      {signedInAs}
      <CommentForm
        t={t}
        maxLength={reader.maxLength}
        label={t("comments.yourComment")}
        submitLabel={t("comments.post")}
        withHoneypot
        onSubmit={(body, honeypot) => create(body, { honeypot })}
      />
    </>
  );
}
