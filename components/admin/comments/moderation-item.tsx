"use client";

import type { Ref } from "react";
import { formatInZone } from "@/lib/i18n/zoned-time";
import type { ModerationItem as Item } from "@/lib/comments/moderation/dto";
import type { ModerationDecision } from "@/lib/comments/moderation/schema";
import { AuthorSummary, type Notice } from "./author-summary";
import { availableDecisions, DECISION_KEYS, DECISION_VERBS } from "./decision-wording";

const REPORT_REASONS = { SPAM: "Spam", ABUSE: "Abuse", OFF_TOPIC: "Off topic", OTHER: "Other" } as const;

const STATUS_LABELS = { PENDING: "Pending", APPROVED: "Approved", REJECTED: "Rejected", SPAM: "Spam" } as const;

/** An approved comment that was reported is kept, not approved again: the button says what it does. */
const verbFor = (decision: ModerationDecision, item: Item) =>
  decision === "approve" && item.status === "APPROVED" ? "Keep (dismiss reports)" : DECISION_VERBS[decision];

/** One comment in a queue: who, where, in reply to what, the text, open reports and the decisions. */
export function ModerationItem({
  ref,
  item,
  focused,
  selected,
  busy,
  timeZone,
  onFocusItem,
  onSelect,
  onDecide,
  onEdit,
  onNotice,
}: {
  ref: Ref<HTMLElement>;
  item: Item;
  focused: boolean;
  selected: boolean;
  busy: boolean;
  timeZone: string;
  onFocusItem: () => void;
  onSelect: (selected: boolean) => void;
  onDecide: (decision: ModerationDecision) => void;
  onEdit: () => void;
  onNotice: (notice: Notice, refresh: boolean) => void;
}) {
  const titleId = `comment-${item.id}-title`;
  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={`moderation-item${focused ? " is-focused" : ""}${selected ? " is-selected" : ""}`}
      aria-labelledby={titleId}
      onFocusCapture={onFocusItem}
    >
      <header className="moderation-item-header">
        <input
          type="checkbox"
          checked={selected}
          onChange={(e) => onSelect(e.currentTarget.checked)}
          aria-label={`Select the comment by ${item.author.name}`}
        />
        <h2 id={titleId} className="moderation-item-title">
          Comment by {item.author.name} on <a href={item.post.path}>{item.post.title}</a>
          {item.post.published ? null : <span className="badge">Article not published</span>}
        </h2>
        <p className="moderation-item-meta">
          <span className={`badge comment-status-${item.status.toLowerCase()}`}>{STATUS_LABELS[item.status]}</span>{" "}
          <time dateTime={item.createdAt}>{formatInZone(item.createdAt, timeZone)}</time>
          {item.editedAt ? (
            <>
              {" "}
              · edited <time dateTime={item.editedAt}>{formatInZone(item.editedAt, timeZone)}</time>
            </>
          ) : null}
          {item.moderated ? (
            <>
              {" "}
              · last decision by {item.moderated.by ?? "a former moderator"},{" "}
              <time dateTime={item.moderated.at}>{formatInZone(item.moderated.at, timeZone)}</time>
            </>
          ) : null}
        </p>
      </header>

      <AuthorSummary author={item.author} onDone={onNotice} />

      {item.parent ? (
        <blockquote className="moderation-parent">
          <p>
            <span className="moderation-parent-label">In reply to {item.parent.authorName}:</span> {item.parent.excerpt}
          </p>
        </blockquote>
      ) : null}

      {/* The comment pipeline's sanitized output, stored when the comment was written or edited. */}
      <div className="moderation-body comment-body" dangerouslySetInnerHTML={{ __html: item.html }} />

      {item.status === "SPAM" && item.autoSpamReasons ? (
        <p className="moderation-auto-spam">
          <strong>Sent to Spam automatically:</strong> {item.autoSpamReasons}
        </p>
      ) : null}

      {item.reports.length > 0 ? (
        <div className="moderation-reports">
          <h3>Open reports ({item.reports.length})</h3>
          <ul>
            {item.reports.map((report, i) => (
              <li key={i}>
                <strong>{REPORT_REASONS[report.reason]}</strong>
                {report.note ? <>: {report.note}</> : null}{" "}
                <time dateTime={report.createdAt}>({formatInZone(report.createdAt, timeZone)})</time>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="moderation-actions" role="group" aria-label={`Decide on the comment by ${item.author.name}`}>
        {availableDecisions(item).map((decision) => (
          <button
            key={decision}
            type="button"
            className={`button button-small decision-${decision}`}
            disabled={busy}
            onClick={() => onDecide(decision)}
            aria-keyshortcuts={DECISION_KEYS[decision]}
          >
            {verbFor(decision, item)} <kbd aria-hidden="true">{DECISION_KEYS[decision]}</kbd>
          </button>
        ))}
        <button type="button" className="button button-small button-quiet" onClick={onEdit} disabled={busy}>
          Edit text
        </button>
      </div>
    </article>
  );
}
