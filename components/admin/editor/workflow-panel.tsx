"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatInZone, utcToZonedLocal, zonedLocalToUtc } from "@/lib/i18n/zoned-time";
import type { ActionResult } from "@/lib/action";
import {
  createPreviewLinkAction,
  revokePreviewLinksAction,
  deletePostAction,
  publishPostAction,
  restorePostAction,
  returnToDraftAction,
  schedulePostAction,
  submitForReviewAction,
  unpublishPostAction,
} from "@/lib/posts/actions";
import type { EditablePost } from "@/lib/posts/dto";
import { StatusBadge } from "../posts/status-badge";
import { BackdateForm } from "./backdate-form";
import type { Outcome } from "./outcome";

/** Where the post is in the workflow, what it still lacks, and the moves this viewer may make. */
export function WorkflowPanel({
  post,
  missing,
  timeZone,
  saveFirst,
  currentVersion,
  onDeleted,
  outcome,
  setOutcome,
}: {
  post: EditablePost;
  outcome: Outcome;
  setOutcome: (outcome: Outcome) => void;
  missing: string[];
  timeZone: string;
  /** Saves pending text; false when it could not be saved. */
  saveFirst: () => Promise<boolean>;
  currentVersion: () => number;
  onDeleted: () => void;
}) {
  const router = useRouter();
  const { permissions: may, status } = post;
  const [pending, setPending] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [when, setWhen] = useState(post.scheduledAt ? utcToZonedLocal(post.scheduledAt, timeZone) : "");
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [previewLink, setPreviewLink] = useState<{ url: string; expiresAt: string } | null>(null);

  async function run<T>(
    label: string,
    action: () => Promise<ActionResult<T>>,
    done: string,
    after?: (data: T) => void,
  ) {
    setPending(label);
    setOutcome(null);
    try {
      // Every move but deleting acts on the text as the writer sees it, so that text must be stored first.
      if (label !== "delete" && !(await saveFirst())) {
        setOutcome({
          kind: "error",
          message: "Your latest changes are not saved yet, so nothing else was done. Check the save status above.",
        });
        return;
      }
      const result = await action().catch(() => null);
      if (!result)
        setOutcome({ kind: "error", message: "Could not reach the server. Nothing was changed; please try again." });
      else if (!result.ok)
        setOutcome({
          kind: "error",
          message: [result.error.message, ...(result.error.fieldErrors._form ?? [])]
            .filter((m, i, all) => all.indexOf(m) === i)
            .join(" "),
        });
      else {
        setOutcome({ kind: "done", message: done });
        if (after) after(result.data);
        else router.refresh();
      }
    } finally {
      setPending(null);
    }
  }

  function schedule() {
    const at = zonedLocalToUtc(when, timeZone);
    if (!at) return setOutcome({ kind: "error", message: "Enter the date and time to publish." });
    if (at.getTime() <= Date.now())
      return setOutcome({ kind: "error", message: "Choose a time in the future, or use “Publish now”." });
    void run(
      "schedule",
      () => schedulePostAction({ postId: post.id, version: currentVersion(), scheduledAt: at.toISOString() }),
      `Scheduled for ${formatInZone(at, timeZone)}.`,
    );
  }

  async function copyPreviewLink() {
    setPending("preview-link");
    setOutcome(null);
    const result = await createPreviewLinkAction({ postId: post.id }).catch(() => null);
    setPending(null);
    if (!result?.ok)
      return setOutcome({
        kind: "error",
        message: result?.error.message ?? "Could not reach the server. Please try again.",
      });
    setPreviewLink(result.data);
    const copied = await navigator.clipboard?.writeText(result.data.url).then(
      () => true,
      () => false,
    );
    const until = formatInZone(result.data.expiresAt, timeZone);
    setOutcome({
      kind: "done",
      message: copied
        ? `Preview link copied. It works until ${until}.`
        : `Copy the preview link below. It works until ${until}.`,
    });
  }

  async function revokePreviewLinks() {
    setPending("revoke-preview-links");
    setOutcome(null);
    const result = await revokePreviewLinksAction({ postId: post.id }).catch(() => null);
    setPending(null);
    if (!result?.ok)
      return setOutcome({
        kind: "error",
        message: result?.error.message ?? "Could not reach the server. Nothing was changed; please try again.",
      });
    setPreviewLink(null);
    setOutcome({ kind: "done", message: "Every preview link made so far has stopped working." });
  }

  const busy = pending !== null;
  const publishable = missing.length === 0;
  return (
    <section className="workflow-panel" aria-labelledby="workflow-title">
      <h2 id="workflow-title">Workflow</h2>
      <p>
        Status: <StatusBadge status={status} />
      </p>
      {status === "SCHEDULED" && post.scheduledAt ? <p>Publishes {formatInZone(post.scheduledAt, timeZone)}.</p> : null}
      {post.publishedAt && (status === "PUBLISHED" || status === "ARCHIVED") ? (
        <p>
          Published {formatInZone(post.publishedAt, timeZone)}
          {post.publishedByName ? ` by ${post.publishedByName}` : ""}.
        </p>
      ) : null}
      {may.canBackdate && post.publishedAt ? (
        <BackdateForm
          postId={post.id}
          publishedAt={post.publishedAt}
          timeZone={timeZone}
          disabled={busy}
          saveFirst={saveFirst}
          currentVersion={currentVersion}
          setOutcome={setOutcome}
        />
      ) : null}
      {status === "DRAFT" && post.reviewNote ? (
        <div className="notice">
          <p>
            <strong>Note from the editor:</strong> {post.reviewNote}
          </p>
        </div>
      ) : null}
      {status === "DRAFT" || status === "IN_REVIEW" ? (
        publishable ? (
          <p className="form-note">Ready to publish: nothing is missing.</p>
        ) : (
          <div className="missing-list">
            <p id="missing-title">
              <strong>Before this can be published:</strong>
            </p>
            <ul aria-labelledby="missing-title">
              {missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        )
      ) : null}

      <div className="workflow-actions">
        {may.canSubmit ? (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() =>
              void run(
                "submit",
                () => submitForReviewAction({ postId: post.id, version: currentVersion() }),
                "Submitted for review.",
              )
            }
          >
            {pending === "submit" ? "Submitting…" : "Submit for review"}
          </button>
        ) : null}
        {may.canPublish ? (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() =>
              void run("publish", () => publishPostAction({ postId: post.id, version: currentVersion() }), "Published.")
            }
          >
            {pending === "publish" ? "Publishing…" : "Publish now"}
          </button>
        ) : null}
      </div>

      {may.canSchedule ? (
        <div className="workflow-group">
          <label htmlFor="schedule-at">Publish at ({timeZone.replace(/_/g, " ")} time)</label>
          <input
            id="schedule-at"
            type="datetime-local"
            value={when}
            disabled={busy}
            aria-describedby="schedule-zone"
            onChange={(e) => setWhen(e.currentTarget.value)}
          />
          <p id="schedule-zone" className="field-hint">
            Times are in the site’s time zone, {timeZone}.
          </p>
          <button type="button" className="button" disabled={busy || when === ""} onClick={schedule}>
            {pending === "schedule" ? "Scheduling…" : "Schedule"}
          </button>
        </div>
      ) : null}

      {may.canReturn ? (
        <div className="workflow-group">
          <label htmlFor="return-note">Note to the writer (optional)</label>
          <textarea
            id="return-note"
            rows={3}
            value={note}
            disabled={busy}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run("return", () => returnToDraftAction({ postId: post.id, note }), "Sent back to draft.")
            }
          >
            {pending === "return" ? "Sending back…" : "Send back to draft"}
          </button>
        </div>
      ) : null}

      <div className="workflow-actions">
        {may.canUnpublish ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run(
                "unpublish",
                () => unpublishPostAction({ postId: post.id }),
                "Unpublished: readers no longer see it.",
              )
            }
          >
            {pending === "unpublish" ? "Unpublishing…" : "Unpublish"}
          </button>
        ) : null}
        {may.canArchive ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run("archive", () => unpublishPostAction({ postId: post.id, archive: true }), "Archived.")
            }
          >
            {pending === "archive" ? "Archiving…" : "Archive"}
          </button>
        ) : null}
        {may.canRestore ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run("restore", () => restorePostAction({ postId: post.id }), "Restored as a draft.")}
          >
            {pending === "restore" ? "Restoring…" : "Restore to draft"}
          </button>
        ) : null}
      </div>

      <ul className="workflow-links">
        <li>
          <Link href={`/admin/posts/${post.id}/preview`} target="_blank">
            Preview<span className="visually-hidden"> (opens in a new tab)</span>
          </Link>
        </li>
        <li>
          <button type="button" className="link-button" disabled={busy} onClick={() => void copyPreviewLink()}>
            Copy preview link
          </button>
        </li>
        <li>
          <button type="button" className="link-button" disabled={busy} onClick={() => void revokePreviewLinks()}>
            {pending === "revoke-preview-links" ? "Revoking…" : "Revoke preview links"}
          </button>
        </li>
        <li>
          <Link href={`/admin/posts/${post.id}/revisions`}>Revisions</Link>
        </li>
      </ul>
      {previewLink ? (
        <div className="field">
          <label htmlFor="preview-link">Preview link</label>
          <input id="preview-link" readOnly value={previewLink.url} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}

      {may.canDelete ? (
        confirmingDelete ? (
          <div className="notice notice-danger" role="group" aria-labelledby="delete-question">
            <p id="delete-question">
              <strong>Delete this post for good?</strong> Its revisions go with it. This cannot be undone.
            </p>
            <p className="row-buttons">
              <button
                type="button"
                className="button button-danger"
                disabled={busy}
                onClick={() => void run("delete", () => deletePostAction({ postId: post.id }), "Deleted.", onDeleted)}
              >
                {pending === "delete" ? "Deleting…" : "Yes, delete this post"}
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => setConfirmingDelete(false)}>
                Cancel
              </button>
            </p>
          </div>
        ) : (
          <p>
            <button
              type="button"
              className="button button-danger-outline"
              disabled={busy}
              onClick={() => setConfirmingDelete(true)}
            >
              Delete
            </button>
          </p>
        )
      ) : null}

      <p role="status" aria-live="polite" className={outcome?.kind === "error" ? "field-error" : "form-note"}>
        {outcome?.message}
      </p>
    </section>
  );
}
