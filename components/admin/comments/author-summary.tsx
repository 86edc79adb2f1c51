"use client";

import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import { banReaderAction, unbanReaderAction } from "@/lib/comments/moderation/actions";
import type { ModerationAuthor } from "@/lib/comments/moderation/dto";
import { commentsWord } from "./decision-wording";

export type Notice = { tone: "success" | "error"; text: string; undoable?: boolean };

type Props<A> = { author: A; onDone: (notice: Notice, refresh: boolean) => void };

/** Who wrote the comment, how their earlier comments fared, and the ban switch. */
export function AuthorSummary({ author, onDone }: Props<ModerationAuthor>) {
  const { id } = author;
  if (id === null) return <ImportedAuthor author={author} />;
  return <AccountAuthorSummary author={{ ...author, id }} onDone={onDone} />;
}

/** An imported comment's writer has no account here: nothing to count and no one to ban. */
function ImportedAuthor({ author }: { author: ModerationAuthor }) {
  return (
    <div className="moderation-author">
      <p className="moderation-author-name">
        <strong>{author.name}</strong> <span className="moderation-author-email">{author.email}</span>
      </p>
      <p className="moderation-author-history">Imported comment: the writer has no account on this site.</p>
    </div>
  );
}

function AccountAuthorSummary({ author, onDone }: Props<ModerationAuthor & { id: string }>) {
  const [pending, startTransition] = useTransition();
  const [reasonError, setReasonError] = useState<string | null>(null);
  const reasonId = useId();
  const { approved, rejected, spam, pending: waiting } = author.history;

  function run<T>(action: () => Promise<ActionResult<T>>, success: (data: T) => string) {
    startTransition(async () => {
      const result = await action().catch(() => null);
      if (!result)
        return onDone({ tone: "error", text: "Could not reach the server. Nothing changed; please try again." }, false);
      if (!result.ok) {
        setReasonError(result.error.fieldErrors.reason?.join(" ") ?? null);
        return onDone({ tone: "error", text: result.error.message }, false);
      }
      setReasonError(null);
      onDone({ tone: "success", text: success(result.data) }, true);
    });
  }

  function ban(form: FormData) {
    form.set("userId", author.id);
    run(
      () => banReaderAction(form),
      ({ rejected: n }) =>
        `Banned ${author.name}.` +
        (n > 0 ? ` ${commentsWord(n)} waiting for moderation ${n === 1 ? "was" : "were"} rejected.` : ""),
    );
  }

  return (
    <div className="moderation-author">
      <p className="moderation-author-name">
        <strong>{author.name}</strong> <span className="moderation-author-email">{author.email}</span>
        {author.trusted ? (
          <span className="badge badge-trusted" title="Their new comments are published without moderation">
            Trusted
          </span>
        ) : null}
        {author.banned ? <span className="badge badge-banned">Banned</span> : null}
      </p>
      <p className="moderation-author-history">
        History: {approved} approved · {rejected} rejected · {spam} spam · {waiting} pending
      </p>
      {author.banned ? (
        <button
          type="button"
          className="button button-small"
          disabled={pending}
          onClick={() =>
            run(
              () => unbanReaderAction({ userId: author.id }),
              () => `${author.name} may comment again. Comments rejected during the ban stay rejected.`,
            )
          }
        >
          {pending ? "Unbanning…" : `Unban ${author.name}`}
        </button>
      ) : (
        <details className="moderation-ban">
          <summary>Ban from commenting…</summary>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              ban(new FormData(event.currentTarget));
            }}
          >
            <label htmlFor={reasonId}>Reason (kept in the audit log)</label>
            <input
              id={reasonId}
              name="reason"
              type="text"
              maxLength={500}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${reasonId}-error` : undefined}
            />
            {reasonError ? (
              <p id={`${reasonId}-error`} className="field-error">
                {reasonError}
              </p>
            ) : null}
            <p className="field-hint">
              Their pending comments are rejected; approved ones stay. Unbanning does not bring rejected comments back.
            </p>
            <button type="submit" className="button button-danger button-small" disabled={pending}>
              {pending ? "Banning…" : `Ban ${author.name}`}
            </button>
          </form>
        </details>
      )}
    </div>
  );
}
